import type { ReachRange } from './types';

/** What the enumerator reads: the 64-bit descriptors in physical memory (SmmuMemory / PhysicalMemory fit). */
export interface DescriptorMemory {
  read64Lo(pa: number): number;
  read64Hi(pa: number): number;
}

/** The stage-2 walk parameters from an STE (libs/smmuv3 Stage2WalkConfig has these fields). */
export interface Stage2TableConfig {
  readonly inputBits: number;
  readonly startLevel: number;
  readonly outputBits: number;
  readonly ttb: number;
  readonly affd: boolean;
}

export interface Stage2WalkStats {
  /** Descriptors read. */
  descriptors: number;
  /** Leaves that translate (merged into the ranges). */
  leaves: number;
  /** Descriptors the hardware walker would fault on (reserved types, address size, AF = 0, fetch aborts). */
  faults: number;
}

const TWO_32 = 0x1_0000_0000;
const LEAF_SIZE = [2 ** 39, 2 ** 30, 2 ** 21, 2 ** 12];

/**
 * Every translating leaf under `cfg.ttb`, merged into runs, read from the real descriptors the way the SMMU's
 * table walker reads them (libs/smmuv3 walkStage2, PKVM.md §5.1): the start level's concatenated tables
 * indexed by all remaining input bits, then 512 entries per level; table / block / page types; a table or
 * output address beyond the output size, a level-0 block, a level-3 "block" and AF = 0 (without S2AFFD) fault
 * and reach nothing; S2AP [7:6] give read and write. A leaf with neither is left out (it faults F_PERMISSION).
 * Runs merge when contiguous in IOVA with the same IOVA-PA offset, access and MemAttr.
 */
export function walkStage2Ranges(mem: DescriptorMemory, cfg: Stage2TableConfig, stats?: Stage2WalkStats): ReachRange[] {
  const out: ReachRange[] = [];
  const st = stats ?? { descriptors: 0, leaves: 0, faults: 0 };
  const outLimit = 2 ** cfg.outputBits;
  const emit = (iova: number, size: number, pa: number, read: boolean, write: boolean, memAttr: number) => {
    st.leaves++;
    const last = out[out.length - 1];
    if (last && last.end === iova && last.pa - last.start === pa - iova && last.read === read && last.write === write && last.memAttr === memAttr) {
      last.end = iova + size;
    } else {
      out.push({ start: iova, end: iova + size, pa, read, write, memAttr });
    }
  };
  const walk = (table: number, level: number, entries: number, iovaBase: number) => {
    const size = LEAF_SIZE[level];
    for (let i = 0; i < entries; i++) {
      const descAddr = table + i * 8;
      const iova = iovaBase + i * size;
      let lo: number;
      let hi: number;
      try {
        lo = mem.read64Lo(descAddr);
        hi = mem.read64Hi(descAddr);
      } catch {
        st.faults++; // F_WALK_EABT
        continue;
      }
      st.descriptors++;
      if ((lo & 1) === 0) continue; // invalid: F_TRANSLATION
      const isTable = (lo & 2) !== 0;
      const oa = (hi & 0xffff) * TWO_32 + ((lo & 0xffff_f000) >>> 0);
      if (level < 3 && isTable) {
        if (oa >= outLimit) {
          st.faults++; // F_ADDR_SIZE
          continue;
        }
        walk(oa, level + 1, 512, iova);
        continue;
      }
      if (level === 3 ? !isTable : level === 0) {
        st.faults++; // reserved descriptor type: F_TRANSLATION
        continue;
      }
      const paBase = oa - (oa % size);
      if (paBase >= outLimit || ((lo & 0x400) === 0 && !cfg.affd)) {
        st.faults++; // F_ADDR_SIZE / F_ACCESS
        continue;
      }
      const read = (lo & 0x40) !== 0;
      const write = (lo & 0x80) !== 0;
      if (!read && !write) continue;
      emit(iova, size, paBase, read, write, (lo >>> 2) & 0xf);
    }
  };
  const shift = 12 + 9 * (3 - cfg.startLevel);
  walk(cfg.ttb, cfg.startLevel, 2 ** Math.max(0, cfg.inputBits - shift), 0);
  return out;
}
