import { walkStage2Ranges, type ProbeResult, type ReachRange, type Stage2WalkStats, type StreamReach } from '@pkvm/isolation-oracle';
import {
  CR0, decodeStreamTableConfig, GBPA, getBits, dword, IDR0, IDR5, idr1SidSize, idr5OasBits, L1_DESC_SIZE,
  lookupSte, SmmuReg, SteConfig, stage2WalkConfig, STRTAB_BASE_CFG, walkStage2, type Stage2Features,
} from '@pkvm/smmuv3';
import type { Machine } from './machine';
import { checkInt } from './machine-args';

/** What the isolation oracle's Reachability dump answers (the machine side, no wire types). */
export interface ReachabilityResult {
  streams: (StreamReach & { steAddress: number; config: number })[];
  smmus: { smmu: number; smmuen: boolean; gbpaAbort: boolean; streamsScanned: number; streamsAttached: number; badStes: number }[];
  idmapPgd: number;
  descriptorsRead: number;
  walkerDisagreements: number;
}

/** The stage-2 features an SMMU's ID registers give (as SmmuV3Device computes them). */
function features(idr0: number, idr5: number): Stage2Features {
  const oasBits = idr5OasBits(idr5) ?? 48;
  return { oasBits, iasBits: idr0 & IDR0.S1P ? Math.max(oasBits, 40) : oasBits, gran4k: (idr5 & IDR5.GRAN4K) !== 0 };
}

/** The StreamIDs a stream table can hold an STE for: linear 0..2^n-1; two-level: the spans the L1 descriptors give. */
function* streamIds(m: Machine, st: ReturnType<typeof decodeStreamTableConfig>, sidBits: number): Generator<number> {
  const n = Math.min(st.log2Size, sidBits);
  if (st.fmt !== STRTAB_BASE_CFG.FMT_2LVL) {
    for (let sid = 0; sid < 2 ** n; sid++) yield sid;
    return;
  }
  const l1Entries = 2 ** Math.max(0, n - st.split);
  for (let i = 0; i < l1Entries; i++) {
    let span: number;
    try {
      const a = st.base + i * L1_DESC_SIZE;
      const d = dword(m.mem.read64Lo(a), m.mem.read64Hi(a));
      span = getBits(d, 4, 0);
    } catch {
      continue;
    }
    if (span === 0 || span > st.split + 1) continue;
    for (let j = 0; j < 2 ** (span - 1); j++) yield i * 2 ** st.split + j;
  }
}

/**
 * What every attached stream reaches, as the hardware would find it: each SMMU's CR0 / GBPA / STRTAB_BASE
 * registers, every StreamID's STE read from memory, the STE's stage-2 config checked like the SMMU checks it
 * (stage2WalkConfig), then every leaf under the STE's S2TTB enumerated from the descriptors in memory
 * (walkStage2Ranges). Streams sharing a table are walked once. A sample of IOVAs (each run's first and last
 * page) is re-walked with libs/smmuv3 walkStage2; a disagreement is counted (the enumeration is then wrong).
 * Reads only: nothing is cached, no event is written.
 */
export function reachability(m: Machine): ReachabilityResult {
  const stats: Stage2WalkStats = { descriptors: 0, leaves: 0, faults: 0 };
  const streams: ReachabilityResult['streams'] = [];
  const smmus: ReachabilityResult['smmus'] = [];
  const idmapPgd = m.el2?.pgtable.pgdPa ?? 0;
  const walked = new Map<string, ReachRange[]>();
  let walkerDisagreements = 0;
  m.smmus.forEach((d, i) => {
    const desc = m.platform.smmus[i];
    const f = features(desc.idr.idr0, desc.idr.idr5);
    const full = [{ start: 0, end: 2 ** f.oasBits, pa: 0, read: true, write: true }];
    const smmuen = (d.read32(SmmuReg.CR0) & CR0.SMMUEN) !== 0;
    const gbpaAbort = (d.read32(SmmuReg.GBPA) & GBPA.ABORT) !== 0;
    const gate = { smmu: i, smmuen, gbpaAbort, streamsScanned: 0, streamsAttached: 0, badStes: 0 };
    smmus.push(gate);
    if (!smmuen) {
      if (!gbpaAbort) streams.push({ smmu: i, sid: -1, mode: 'gbpa-bypass', identity: false, ranges: full, steAddress: 0, config: 0 });
      return;
    }
    const st = decodeStreamTableConfig(d.read32(SmmuReg.STRTAB_BASE), d.read32(SmmuReg.STRTAB_BASE + 4), d.read32(SmmuReg.STRTAB_BASE_CFG));
    const sidBits = idr1SidSize(desc.idr.idr1);
    for (const sid of streamIds(m, st, sidBits)) {
      const found = lookupSte(m.mem, st, sidBits, sid);
      gate.streamsScanned++;
      if (!found.ok || !found.ste.valid) continue;
      const ste = found.ste;
      if (ste.config === SteConfig.BYPASS) {
        gate.streamsAttached++;
        streams.push({ smmu: i, sid, mode: 'bypass', identity: false, ranges: full, steAddress: found.address, config: ste.config });
        continue;
      }
      if (ste.config !== SteConfig.S2_TRANS && ste.config !== SteConfig.NESTED) continue; // abort, reserved, S1 only
      const cfg = desc.idr.idr0 & IDR0.S2P ? stage2WalkConfig(ste, f) : undefined;
      if (!cfg) {
        gate.badStes++;
        continue;
      }
      gate.streamsAttached++;
      const key = `${cfg.ttb}:${cfg.inputBits}:${cfg.startLevel}:${cfg.outputBits}:${cfg.affd}`;
      let ranges = walked.get(key);
      if (!ranges) {
        ranges = walkStage2Ranges(m.mem, cfg, stats);
        walked.set(key, ranges);
        for (const r of ranges.slice(0, 256)) {
          for (const iova of [r.start, r.end - 0x1000]) {
            const w = walkStage2(m.mem, cfg, iova);
            if (!w.ok || w.entry.paBase + (iova - w.entry.ipaBase) !== r.pa + (iova - r.start) || w.entry.read !== r.read || w.entry.write !== r.write) {
              walkerDisagreements++;
            }
          }
        }
      }
      streams.push({ smmu: i, sid, mode: 'translate', identity: cfg.ttb === idmapPgd && idmapPgd !== 0, s2ttb: cfg.ttb, ranges, steAddress: found.address, config: ste.config });
    }
  });
  return { streams, smmus, idmapPgd, descriptorsRead: stats.descriptors, walkerDisagreements };
}

/** Most IOVAs one DmaProbe call takes. */
export const MAX_PROBE_IOVAS = 4096;

/**
 * Probe DMAs through the SMMU model: for each IOVA one read and one write translated with probe semantics
 * (SmmuV3Device.translate(.., probe = true): the real config fetch, IOTLB lookup, stage-2 walk and permission
 * check, without an IOTLB fill, a config-cache fill, an event record or a memory access). Nothing changes.
 */
export function dmaProbe(m: Machine, smmu: number, sid: number, iovas: number[]): ProbeResult[] {
  m.checkDma(smmu, sid, 0, 1, 'read');
  checkInt('iovas', iovas.length, 0, MAX_PROBE_IOVAS);
  const d = m.smmus[smmu];
  return iovas.map((iova, k) => {
    checkInt(`iovas[${k}]`, iova, 0, 2 ** 52);
    const one = (dir: 'read' | 'write') => {
      const t = d.translate(sid, iova, dir, true);
      return t.ok ? { ok: true, pa: t.pa } : { ok: false, reason: t.fault.reason };
    };
    return { iova, read: one('read'), write: one('write') };
  });
}
