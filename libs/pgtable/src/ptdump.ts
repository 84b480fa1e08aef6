import { PhysicalMemory } from '@pkvm/phys-mem';
import { IoPgtableArmS2 } from './io-pgtable-arm';
import { PTE_ATTR_HI_MASK, PTE_ATTR_LO_MASK, decodeLeaf, pteHex, pteToPaddr } from './stage2-descriptor';
import { blockSize } from './stage2-geometry';

/** A run of leaves at one level with contiguous iova and phys and identical attributes. */
export interface PtdumpRange {
  iova: number;
  end: number;
  phys: number;
  level: number;
  /** Bytes one leaf maps (4K, 2M, 1G). */
  leafSize: number;
  count: number;
  /** Attribute bits of the leaves: lo & ATTR_LO_MASK, hi & ATTR_HI_MASK. */
  attrLo: number;
  attrHi: number;
  access: string;
  memType: string;
  shareability: string;
  xn: number;
}

/** Walks every leaf and merges runs (ptdump_walk_pgd style). */
export function ptdumpRanges(pgtable: IoPgtableArmS2, start?: number, end?: number): PtdumpRange[] {
  const out: PtdumpRange[] = [];
  let cur: PtdumpRange | null = null;
  pgtable.forEachLeaf(
    (iova, level, lo, hi) => {
      const size = blockSize(level);
      const phys = pteToPaddr(lo, hi);
      const attrLo = lo & PTE_ATTR_LO_MASK;
      const attrHi = hi & PTE_ATTR_HI_MASK;
      if (cur && cur.level === level && cur.end === iova && cur.phys + (iova - cur.iova) === phys && cur.attrLo === attrLo && cur.attrHi === attrHi) {
        cur.end += size;
        cur.count++;
        return;
      }
      const d = decodeLeaf(lo, hi);
      cur = { iova, end: iova + size, phys, level, leafSize: size, count: 1, attrLo, attrHi, access: d.access, memType: d.memType, shareability: d.shareability, xn: d.xn };
      out.push(cur);
    },
    undefined,
    start,
    end,
  );
  return out;
}

const hex = (v: number, digits = 12) => '0x' + v.toString(16).padStart(digits, '0');
const SIZE_NAMES: Record<number, string> = { 4096: '4K', 2097152: '2M', 1073741824: '1G' };

/** One line per merged range: iova range, phys, level, leaf size x count, decoded attributes. */
export function formatPtdump(ranges: readonly PtdumpRange[]): string {
  return ranges
    .map((r) =>
      `${hex(r.iova)}-${hex(r.end)} -> ${hex(r.phys)}  L${r.level} ${SIZE_NAMES[r.leafSize]} x${r.count}  ` +
      `${r.access} ${r.memType} ${r.shareability} AF${r.xn ? ' XN' : ''}`,
    )
    .join('\n');
}

/** One table page as raw hex: `index: descriptor`, four per line; all-zero lines are skipped unless `all`. */
export function dumpTablePage(mem: PhysicalMemory, tablePa: number, all = false): string {
  const lines: string[] = [];
  for (let i = 0; i < 512; i += 4) {
    const words: string[] = [];
    let nonZero = false;
    for (let k = i; k < i + 4; k++) {
      const lo = mem.read64Lo(tablePa + 8 * k);
      const hi = mem.read64Hi(tablePa + 8 * k);
      if (lo || hi) nonZero = true;
      words.push(pteHex(lo, hi));
    }
    if (nonZero || all) lines.push(`${hex(tablePa + 8 * i)} [${i.toString().padStart(3)}]: ${words.join(' ')}`);
  }
  return lines.join('\n');
}
