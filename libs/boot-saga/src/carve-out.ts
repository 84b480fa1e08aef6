import type { PlatformSummary } from './platform-summary';

/** Page-table levels walked by __hyp_pgtable_max_pages since LPA2 (KVM_PGTABLE_FIRST_LEVEL = -1 .. 3). */
export const HYP_PGTABLE_LEVEL_LOOPS = 5;
const PTRS_PER_TABLE = 512;
const PAGE_SHIFT = 12;
const PAGE_SIZE = 1 << PAGE_SHIFT;
const PMD_SIZE = 2 * 1024 * 1024;
const SZ_1G_PAGES = (1024 * 1024 * 1024) >> PAGE_SHIFT;
/** Extra IOMMU pool pages for L2 stream tables, v3 28/29 (v4 uses 500). */
export const IOMMU_L2_STRTAB_EXTRA_PAGES = 100;
/** Selftest pages with CONFIG_NVHE_EL2_DEBUG. */
export const SELFTEST_PAGES = 32;
/** [unconfirmed] hyp_ffa_proxy_pages(): 2 mailbox pages + descriptor buffer; PKVM.md gives no figure. */
export const FFA_PROXY_PAGES = 18;
/** [inferred] hyp_vm_table_pages(): KVM_MAX_PVMS (255) pointers fit in one page. */
export const VM_TABLE_PAGES = 1;
/** [inferred] sizeof(struct hyp_page) in the hyp vmemmap. */
export const HYP_PAGE_STRUCT_SIZE = 4;

/** __hyp_pgtable_max_pages(n): n = ceil(n / 512) once per level, summed (asm/kvm_pkvm.h). */
export function hypPgtableMaxPages(nrPages: number): number {
  let total = 0;
  let n = nrPages;
  for (let i = 0; i < HYP_PGTABLE_LEVEL_LOOPS; i++) {
    n = Math.ceil(n / PTRS_PER_TABLE);
    total += n;
  }
  return total;
}

/** __hyp_pgtable_total_pages(): __hyp_pgtable_max_pages over each memblock region's page count. */
export function hypPgtableTotalPages(ram: PlatformSummary['ram']): number {
  return ram.reduce((sum, r) => sum + hypPgtableMaxPages(Math.floor(r.size / PAGE_SIZE)), 0);
}

/** host_s2_pgtable_pages() = total + 16 (concatenated PGDs) + 1 GiB for MMIO. */
export function hostS2PgtablePages(ram: PlatformSummary['ram']): number {
  return hypPgtableTotalPages(ram) + 16 + hypPgtableMaxPages(SZ_1G_PAGES);
}

/** [inferred from upstream kvm_pkvm.h] hyp_s1_pgtable_pages() = total + 1 GiB for private mappings. */
export function hypS1PgtablePages(ram: PlatformSummary['ram']): number {
  return hypPgtableTotalPages(ram) + hypPgtableMaxPages(SZ_1G_PAGES);
}

/** kvm_iommu_pages() via smmu_hyp_pgt_pages() (v3 28/29): 0 without an "arm,smmu-v3" node. */
export function kvmIommuPages(p: PlatformSummary): number {
  return p.smmus.length === 0 ? 0 : hostS2PgtablePages(p.ram) + IOMMU_L2_STRTAB_EXTRA_PAGES;
}

export interface CarveOut {
  readonly hypS1Pages: number;
  readonly hostS2Pages: number;
  readonly vmTablePages: number;
  readonly vmemmapPages: number;
  readonly selftestPages: number;
  readonly ffaProxyPages: number;
  readonly iommuPages: number;
  /** Sum of the above (hyp_mem_size in pages). */
  readonly totalPages: number;
  /** hyp_mem_base, or 0 when memblock could not place it. */
  readonly base: number;
}

/**
 * kvm_hyp_reserve(): size the EL2 carve-out and place it. memblock allocates top-down, PMD-aligned
 * ([inferred]: the fallback page-aligned allocation is not modelled); base 0 means it did not fit.
 */
export function kvmHypReserve(p: PlatformSummary): CarveOut {
  const vmemmapPages = p.ram.reduce((sum, r) => sum + Math.ceil(((r.size / PAGE_SIZE) * HYP_PAGE_STRUCT_SIZE) / PAGE_SIZE), 0);
  const parts = {
    hypS1Pages: hypS1PgtablePages(p.ram),
    hostS2Pages: hostS2PgtablePages(p.ram),
    vmTablePages: VM_TABLE_PAGES,
    vmemmapPages,
    selftestPages: p.nvheDebug ? SELFTEST_PAGES : 0,
    ffaProxyPages: FFA_PROXY_PAGES,
    iommuPages: kvmIommuPages(p),
  };
  const totalPages = Object.values(parts).reduce((a, b) => a + b, 0);
  const bytes = Math.ceil((totalPages * PAGE_SIZE) / PMD_SIZE) * PMD_SIZE;
  let base = 0;
  for (const r of [...p.ram].sort((a, b) => b.base - a.base)) {
    const top = r.base + r.size;
    const candidate = Math.floor((top - bytes) / PMD_SIZE) * PMD_SIZE;
    if (candidate >= r.base && candidate > 0) {
      base = candidate;
      break;
    }
  }
  return { ...parts, totalPages, base };
}
