import { SmmuCommand } from '../command';

/** CMDQ_TLBI_RANGE_NUM_MAX: NUM is 5 bits. */
const RANGE_NUM_MAX = 31;

/** Lowest set bit index (__ffs) of a positive integer below 2^53. */
function ffs(n: number): number {
  let i = 0;
  while (n % 2 === 0) {
    n /= 2;
    i++;
  }
  return i;
}

/**
 * TLBI_S2_IPA commands for [iova, iova + size) (arm_smmu_tlb_inv_range_cmd): one per `granule` without range
 * invalidation; with IDR3.RIL, ranges of NUM/SCALE over 4 KiB pages (TG = 1), TTL from the granule for leaf
 * invalidations, and the num_pages bump that avoids NUM = SCALE = 0 for non-leaf ones.
 */
export function tlbiS2RangeCommands(vmid: number, iova: number, size: number, granule: number, leaf: boolean, ril: boolean): SmmuCommand[] {
  const cmds: SmmuCommand[] = [];
  const end = iova + size;
  const tgShift = 12; // __ffs(pgsize_bitmap): the 4 KiB page
  let numPages = 0;
  let ttl = 0;
  let tg = 0;
  if (ril) {
    numPages = Math.floor(size / 2 ** tgShift);
    tg = (tgShift - 10) / 2; // 12 -> 1
    if (leaf) ttl = 4 - Math.floor((Math.log2(granule) - 3) / (tgShift - 3));
    else if ((numPages & RANGE_NUM_MAX) === 1) numPages++;
  }
  let addr = iova;
  while (addr < end) {
    if (ril) {
      if (numPages <= 0) break;
      const scale = ffs(numPages);
      const num = Math.floor(numPages / 2 ** scale) & RANGE_NUM_MAX;
      cmds.push({ op: 'TLBI_S2_IPA', vmid, addr, leaf, ttl, tg, num: num - 1, scale });
      addr += num * 2 ** (scale + tgShift);
      numPages -= num * 2 ** scale;
    } else {
      cmds.push({ op: 'TLBI_S2_IPA', vmid, addr, leaf, ttl: 0, tg: 0, num: 0, scale: 0 });
      addr += granule;
    }
  }
  return cmds;
}
