import { isErrno } from '@pkvm/errno';
import { dword, getAddress, getBits } from '../dword';
import { EventType } from '../event-record';
import { L1_DESC_SIZE } from '../l1-stream-table-descriptor';
import { STRTAB_BASE_CFG } from '../smmu-registers';
import { decodeSte, STE_DWORDS, STE_SIZE, StreamTableEntry } from '../stream-table-entry';
import type { Dword } from '../dword';
import type { SmmuMemory } from './smmu-memory';

/** The stream table as programmed in STRTAB_BASE / STRTAB_BASE_CFG (§5.4). */
export interface StreamTableConfig {
  /** STRTAB_BASE.ADDR [51:6]. */
  readonly base: number;
  /** STRTAB_BASE_CFG.LOG2SIZE [5:0]. */
  readonly log2Size: number;
  /** STRTAB_BASE_CFG.SPLIT [10:6]. */
  readonly split: number;
  /** STRTAB_BASE_CFG.FMT [17:16]: 0 linear, 1 two-level. */
  readonly fmt: number;
}

export function decodeStreamTableConfig(baseLo: number, baseHi: number, cfg: number): StreamTableConfig {
  return {
    base: getAddress(dword(baseLo, baseHi), 51, 6),
    log2Size: cfg & STRTAB_BASE_CFG.LOG2SIZE_MASK,
    split: (cfg >>> STRTAB_BASE_CFG.SPLIT_SHIFT) & 0x1f,
    fmt: (cfg >>> STRTAB_BASE_CFG.FMT_SHIFT) & 0x3,
  };
}

export type SteLookup =
  | { readonly ok: true; readonly ste: StreamTableEntry; readonly address: number }
  | { readonly ok: false; readonly eventType: number; /** FetchAddr of an F_STE_FETCH. */ readonly address?: number };

/** True when `e` is the access fault (EFAULT) a SmmuMemory throws outside RAM and MMIO. */
export function isMemoryFault(e: unknown): boolean {
  return isErrno(e, 'EFAULT');
}

/**
 * Finds the STE of `sid` (arm_smmu_get_step_for_sid, seen from the hardware side):
 * SID beyond SIDSIZE or the table, an L1 descriptor with SPAN 0, or an L2 index beyond SPAN -> C_BAD_STREAMID;
 * an L1 or STE fetch that hits no memory -> F_STE_FETCH.
 */
export function lookupSte(mem: SmmuMemory, st: StreamTableConfig, sidBits: number, sid: number): SteLookup {
  if (sid >= 2 ** sidBits || sid >= 2 ** st.log2Size) return { ok: false, eventType: EventType.C_BAD_STREAMID };
  let steAddr: number;
  if (st.fmt === STRTAB_BASE_CFG.FMT_2LVL) {
    const l1Addr = st.base + Math.floor(sid / 2 ** st.split) * L1_DESC_SIZE;
    let desc: Dword;
    try {
      desc = dword(mem.read64Lo(l1Addr), mem.read64Hi(l1Addr));
    } catch (e) {
      if (isMemoryFault(e)) return { ok: false, eventType: EventType.F_STE_FETCH, address: l1Addr };
      throw e;
    }
    // C_BAD_STREAMID when L1STD.Span [4:0] is 0, above SPLIT + 1, or StreamID[SPLIT-1:0] >= 2^(Span-1).
    const span = getBits(desc, 4, 0);
    const l2Index = sid % 2 ** st.split;
    if (span === 0 || span > st.split + 1 || l2Index >= 2 ** (span - 1)) return { ok: false, eventType: EventType.C_BAD_STREAMID };
    steAddr = getAddress(desc, 51, 6) + l2Index * STE_SIZE;
  } else {
    steAddr = st.base + sid * STE_SIZE;
  }
  const dwords: Dword[] = new Array(STE_DWORDS);
  try {
    for (let i = 0; i < STE_DWORDS; i++) dwords[i] = dword(mem.read64Lo(steAddr + 8 * i), mem.read64Hi(steAddr + 8 * i));
  } catch (e) {
    if (isMemoryFault(e)) return { ok: false, eventType: EventType.F_STE_FETCH, address: steAddr };
    throw e;
  }
  return { ok: true, ste: decodeSte(dwords), address: steAddr };
}
