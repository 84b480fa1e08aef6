import { ERRNO } from '@pkvm/errno';
import { IoPgtableArmS2, SZ_4K } from './io-pgtable-arm';
import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_READ, IOMMU_WRITE, pkvmToIommuProt } from './iommu-prot';
import { iommuPgsize } from './iommu-pgsize';

/**
 * SMMU side of kvm_iommu_host_stage2_idmap (pKVM SMMUv3 series v4 27 / v3 24, PKVM.md §3.5), on one identity
 * domain's io-pgtable. `prot` is an IOMMU prot (pkvm_to_iommu_prot already applied).
 * - `end` is clipped to 2^oas; an empty range does nothing;
 * - prot != 0: IOMMU_CACHE is added unless IOMMU_MMIO; IOVA = PA; memory uses 4 KiB pages only (the hyp
 *   io-pgtable cannot split blocks on unmap), MMIO the largest size iommu_pgsize allows; one map_pages call
 *   per (pgsize, count) run; the first failure stops the loop and its errno is returned (upstream: silently);
 * - prot == 0: unmap in 4 KiB steps, stopping at the first step that unmaps nothing; a range left partly
 *   mapped is a WARN upstream and returns -EINVAL here.
 * Returns 0 or a negative errno.
 */
export function hostStage2Idmap(domain: IoPgtableArmS2, start: number, end: number, prot: number): number {
  end = Math.min(end, 2 ** domain.geometry.oas);
  if (start >= end) return 0;
  let size = end - start;
  if (start % SZ_4K !== 0 || size % SZ_4K !== 0) return -ERRNO.EINVAL;
  if (prot) {
    if (!(prot & IOMMU_MMIO)) {
      prot |= IOMMU_CACHE;
      const ret = domain.mapPages(start, start, SZ_4K, size / SZ_4K, prot);
      return ret;
    }
    while (size > 0) {
      const { pgsize, count } = iommuPgsize(domain.pgsizeBitmap, start, start, size);
      const ret = domain.mapPages(start, start, pgsize, count, prot);
      if (ret) return ret;
      start += domain.lastMapped;
      size -= domain.lastMapped;
    }
    return 0;
  }
  const unmapped = domain.unmapPages(start, SZ_4K, size / SZ_4K);
  return unmapped === size ? 0 : -ERRNO.EINVAL;
}

/** One leaf (or run of leaves) of the host stage-2 as kvm_iommu_snapshot_host_stage2 sees it. */
export interface HostStage2Leaf {
  start: number;
  end: number;
  /**
   * 'mapped': valid PTE with `kvmProt` (enum kvm_pgtable_prot);
   * 'annotated': invalid and non-zero (owned by hyp or another owner): not mapped in the IOMMU;
   * 'empty': zero PTE, never faulted in, host-owned by default.
   */
  state: 'mapped' | 'annotated' | 'empty';
  kvmProt?: number;
  /** The address is memory (a memblock), not MMIO. */
  isMemory: boolean;
}

/**
 * kvm_iommu_snapshot_host_stage2 (PKVM.md §3.5): walks the host stage-2 leaves in address order and builds
 * the identity map. Valid -> idmap with pkvm_to_iommu_prot(prot); zero -> READ|WRITE (+MMIO when not memory);
 * annotated -> skipped. Stops at the first failure. The idmap is initialised iff this returns 0.
 */
export function snapshotHostStage2(domain: IoPgtableArmS2, leaves: Iterable<HostStage2Leaf>): number {
  for (const leaf of leaves) {
    let prot: number;
    if (leaf.state === 'annotated') continue;
    if (leaf.state === 'mapped') prot = pkvmToIommuProt(leaf.kvmProt ?? 0);
    else prot = IOMMU_READ | IOMMU_WRITE | (leaf.isMemory ? 0 : IOMMU_MMIO);
    const ret = hostStage2Idmap(domain, leaf.start, leaf.end, prot);
    if (ret) return ret;
  }
  return 0;
}

/**
 * The identity domain with its "initialised" latch: the run-time hook (kvm_iommu_host_stage2_idmap) does
 * nothing until the snapshot succeeded. Initialised iff the walk succeeded (the Android fix of the posted `!!ret`).
 */
export class IdentityDomain {
  initialized = false;

  constructor(readonly pgtable: IoPgtableArmS2) {}

  snapshot(leaves: Iterable<HostStage2Leaf>): number {
    const ret = snapshotHostStage2(this.pgtable, leaves);
    this.initialized = ret === 0;
    return ret;
  }

  /** kvm_iommu_host_stage2_idmap with a KVM prot (host_stage2_set_owner_locked passes PKVM_HOST_MEM_PROT or 0). */
  hostStage2Changed(start: number, end: number, kvmProt: number): number {
    if (!this.initialized) return 0;
    return hostStage2Idmap(this.pgtable, start, end, pkvmToIommuProt(kvmProt));
  }
}
