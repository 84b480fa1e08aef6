import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import { ERRNO } from '@pkvm/errno';
import type { Platform } from '@pkvm/platform';

/** The carve-out slices divide_memory_pool() takes, in the order the bump allocator takes them. */
export interface CarveOutSlices {
  selftest: { base: number; pages: number };
  vmemmap: { base: number; pages: number };
  hypS1: { base: number; pages: number };
  hostS2: { base: number; pages: number };
  vmTable: { base: number; pages: number };
  ffaProxy: { base: number; pages: number };
  /** iommu_base = hyp_early_alloc_contig(hyp_kvm_iommu_pages), last, only when the count is non-zero. */
  iommu: { base: number; pages: number };
}

const PAGE = 4096;

/**
 * divide_memory_pool(): the same formulas the host used in kvm_hyp_reserve (asm/kvm_pkvm.h is shared by EL1
 * and EL2), except the IOMMU slice, whose size EL2 reads from hyp_kvm_iommu_pages. -ENOMEM when a slice does
 * not fit. [unconfirmed] the order of the slices after vmemmap (PKVM.md §2.2).
 */
export function divideMemoryPool(platform: Platform, phys: number, size: number, iommuPages: number): CarveOutSlices | number {
  const r = kvmHypReserve(summarizePlatform(platform));
  const order: [keyof CarveOutSlices, number][] = [
    ['selftest', r.selftestPages],
    ['vmemmap', r.vmemmapPages],
    ['hypS1', r.hypS1Pages],
    ['hostS2', r.hostS2Pages],
    ['vmTable', r.vmTablePages],
    ['ffaProxy', r.ffaProxyPages],
    ['iommu', iommuPages],
  ];
  const limit = phys + size;
  let cur = phys;
  const out = {} as CarveOutSlices;
  for (const [name, pages] of order) {
    if (cur + pages * PAGE > limit) return -ERRNO.ENOMEM; // hyp_early_alloc_contig returned NULL
    out[name] = { base: pages ? cur : 0, pages };
    cur += pages * PAGE;
  }
  return out;
}

/** ID_AA64MMFR0.PARange sizes; the host IPA size is the smallest that covers the platform. */
const PA_RANGES = [32, 36, 40, 42, 44, 48];

export function hostIpaBits(platform: Platform): number {
  let top = 0;
  for (const r of [...platform.ram, ...platform.mmio]) top = Math.max(top, r.base + r.size);
  return PA_RANGES.find((b) => 2 ** b >= top) ?? 48;
}

/** Pages of a host-allocated SMMU queue or table (the v3 driver donates them to EL2). */
export function smmuTablePages(t: { cmdqLog2Entries: number; strtabTwoLevel: boolean; strtabLog2Size: number }): { cmdq: number; strtab: number } {
  const cmdqBytes = 2 ** t.cmdqLog2Entries * 16;
  // 2-level: only the L1 table is donated (8-byte descriptors, SPLIT = 8); linear: 64-byte STEs.
  const strtabBytes = t.strtabTwoLevel ? 2 ** Math.max(0, t.strtabLog2Size - 8) * 8 : 2 ** t.strtabLog2Size * 64;
  return { cmdq: Math.ceil(cmdqBytes / PAGE), strtab: Math.ceil(strtabBytes / PAGE) };
}
