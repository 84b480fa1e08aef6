/**
 * The iommu machine's DMA path, in process (no NATS): SMMU translation rate with IOTLB hits and with misses
 * (a stage-2 walk of the real descriptors each time), and whole Machine.dma calls, each beside a flat
 * typed-array lookup over the same addresses measured in the same run. Prints, never asserts.
 *
 * Run by `npm run bench`, which loads scripts/register-paths.js for the `@pkvm/*` aliases.
 */
import { PKVM_HOST_MEM_PROT } from '@pkvm/pgtable';
import { loadShippedPlatform } from '@pkvm/platform';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { deflateSync, inflateSync } from 'node:zlib';
import {
  applyCall, applyMachineEvent, captureImage, decodeImage, encodeImage, encodeMachineEvent, Machine, restoreImage,
} from '../apps/iommu/src/machine';
import { pkvm } from '@pkvm/proto';
import { ratePerSecond, reportFigure } from './bench-report';

const RAM = 0x4000_0000;
const POOL = 0x4380_0000;
const PAGES = (POOL - RAM) / 0x1000; // host RAM pages the idmap maps
const SID = 1;
const progress = (msg: string) => process.stderr.write(`[iommu.bench] ${msg}\n`);

/** small.json booted as the hypervisor would: GBPA abort, kvm_iommu_init, snapshot, enable_dev. */
function bootedMachine(): Machine {
  const m = new Machine(loadShippedPlatform('small'));
  m.mmioWrite(0x0905_0000 + SmmuReg.GBPA, 4, (GBPA.ABORT | GBPA.UPDATE) >>> 0, 0);
  m.initIommu(POOL, 0x40_0000, []);
  m.snapshotHostStage2([{ start: RAM, end: POOL, state: 'mapped', kvmProt: PKVM_HOST_MEM_PROT, isMemory: true }]);
  m.enableDev(0, SID);
  return m;
}

/** Page addresses in a fixed scattered order (a multiplicative permutation), with an in-page offset. */
function addresses(): Float64Array {
  const a = new Float64Array(PAGES);
  for (let i = 0; i < PAGES; i++) a[i] = RAM + ((i * 7919) % PAGES) * 0x1000 + 0x18;
  return a;
}

function main(): void {
  progress('booting small.json');
  const m = bootedMachine();
  const smmu = m.smmus[0];
  const iovas = addresses();
  // Baseline: the same translation from a flat table of page frame numbers (what a direct map costs).
  const flat = new Float64Array(PAGES);
  for (let i = 0; i < PAGES; i++) flat[i] = RAM + i * 0x1000;
  let sink = 0;
  const flatLookup = (i: number) => {
    const iova = iovas[i % PAGES];
    const idx = (iova - RAM) / 0x1000 | 0;
    sink += flat[idx] + (iova % 0x1000);
  };
  const translate = (i: number) => {
    const t = smmu.translate(SID, iovas[i % PAGES], 'read');
    if (t.ok) sink += t.pa;
  };

  progress('warm-up');
  for (let i = 0; i < 4 * PAGES; i++) { flatLookup(i); translate(i); }

  const n = 20 * PAGES;
  const base = ratePerSecond(n, flatLookup);
  const hits = ratePerSecond(n, translate);
  reportFigure({ name: 'SMMU translate, IOTLB hit (4 KiB pages)', value: hits, unit: 'ops/s', baselineName: 'flat Float64Array lookup', baseline: base });

  // Misses: drop the IOTLB before each pass (TLBI_NSNH_ALL's effect) so every translation walks 4 levels.
  const passes = 10;
  let missRate = 0;
  for (let p = 0; p < passes; p++) {
    smmu.iotlb.invalidateAll();
    missRate += ratePerSecond(PAGES, translate) / passes;
  }
  const baseMiss = ratePerSecond(passes * PAGES, flatLookup);
  reportFigure({ name: 'SMMU translate, IOTLB miss (stage-2 walk, L0 start)', value: missRate, unit: 'ops/s', baselineName: 'flat Float64Array lookup', baseline: baseMiss });

  // Whole DMA calls as the dma area runs them (argument checks, translate, copy 64 bytes), IOTLB warm.
  const dmaRate = ratePerSecond(4 * PAGES, (i) => {
    const r = m.dma(0, SID, iovas[i % PAGES], 64, 'read');
    if (r.ok) sink += r.completed;
  });
  const copyBase = ratePerSecond(4 * PAGES, (i) => {
    sink += m.mem.readBytes(iovas[i % PAGES], 64).length;
  });
  reportFigure({ name: 'Machine.dma 64-byte read, IOTLB hit', value: dmaRate, unit: 'ops/s', baselineName: 'PhysicalMemory.readBytes 64 B (no SMMU)', baseline: copyBase });

  // Restart cost: replaying DMA events (decode the request, apply) vs applying the same calls directly.
  const calls = Array.from({ length: 20_000 }, (_, i) => ({
    smmu: 0, sid: SID, iova: iovas[i % PAGES], length: 64, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE, data: new Uint8Array(64).fill(i & 0xff),
  }));
  const events = calls.map((c) => encodeMachineEvent('Dma', c));
  const direct = bootedMachine();
  const directRate = ratePerSecond(calls.length, (i) => applyCall(direct, 'Dma', calls[i] as never));
  const replayed = bootedMachine();
  const replayRate = ratePerSecond(events.length, (i) => applyMachineEvent(replayed, 'Dma', events[i]));
  reportFigure({ name: 'replay of Dma events (decode + apply), restart path', value: replayRate, unit: 'events/s', baselineName: 'the same calls applied directly', baseline: directRate });

  // Restart from a snapshot (inflate, decode, restore, hash check) vs replaying the whole log it stands for.
  const log: { type: string; payload: Uint8Array }[] = [];
  const recorded = new Machine(loadShippedPlatform('small'));
  const record = (type: Parameters<typeof encodeMachineEvent>[0], req: object) => {
    applyCall(recorded, type, req as never);
    log.push({ type, payload: encodeMachineEvent(type, req) });
  };
  record('MmioWrite', { pa: 0x0905_0000 + SmmuReg.GBPA, width: 4, lo: (GBPA.ABORT | GBPA.UPDATE) >>> 0, hi: 0 });
  record('InitIommu', { poolBase: POOL, poolSize: 0x40_0000 });
  record('SnapshotHostStage2', { leaves: [{ start: RAM, end: POOL, state: pkvm.v1.LeafState.LEAF_STATE_EMPTY, isMemory: true }] });
  record('EnableDev', { smmu: 0, sid: SID });
  for (const c of calls) record('Dma', c);
  const blob = deflateSync(encodeImage(captureImage(recorded)!));
  const ms = (f: () => void) => {
    const t0 = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const restoreMs = ms(() => restoreImage(recorded.platform, decodeImage(inflateSync(blob))));
  const replayMs = ms(() => {
    const m2 = new Machine(loadShippedPlatform('small'));
    for (const e of log) applyMachineEvent(m2, e.type, e.payload);
  });
  reportFigure({ name: `restart: restore a ${(blob.length / 1024).toFixed(0)} KiB snapshot (${log.length} events)`, value: restoreMs, unit: 'ms', baselineName: 'full replay of the log', baseline: replayMs });
  if (sink === -1) progress('unreachable');
}

main();
