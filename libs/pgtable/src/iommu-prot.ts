/** IOMMU mapping flags (include/linux/iommu.h). */
export const IOMMU_READ = 1 << 0;
export const IOMMU_WRITE = 1 << 1;
/** DMA cache coherency */
export const IOMMU_CACHE = 1 << 2;
export const IOMMU_NOEXEC = 1 << 3;
/** e.g. things like MSI doorbells */
export const IOMMU_MMIO = 1 << 4;

/** enum kvm_pgtable_prot (arch/arm64/include/asm/kvm_pgtable.h): X = bit 0, W = bit 1, R = bit 2. */
export const KVM_PGTABLE_PROT_X = 1 << 0;
export const KVM_PGTABLE_PROT_W = 1 << 1;
export const KVM_PGTABLE_PROT_R = 1 << 2;
/** PKVM_HOST_MEM_PROT (arch/arm64/kvm/hyp/include/nvhe/mem_protect.h): RWX. */
export const PKVM_HOST_MEM_PROT = KVM_PGTABLE_PROT_R | KVM_PGTABLE_PROT_W | KVM_PGTABLE_PROT_X;
/** PKVM_HOST_MMIO_PROT: RW, no X. */
export const PKVM_HOST_MMIO_PROT = KVM_PGTABLE_PROT_R | KVM_PGTABLE_PROT_W;

/**
 * pkvm_to_iommu_prot (pKVM SMMUv3 series v3 15 / v4 10, PKVM.md §3.5): R -> READ, W -> WRITE,
 * exactly PKVM_HOST_MMIO_PROT adds MMIO, X is dropped, 0 -> 0 (unmap). A bit outside RWX is a WARN
 * upstream; here it throws, since it can only come from a bug in the caller.
 */
export function pkvmToIommuProt(kvmProt: number): number {
  if (kvmProt & ~PKVM_HOST_MEM_PROT) throw new Error(`pkvm_to_iommu_prot: unknown prot bits 0x${kvmProt.toString(16)}`);
  let prot = 0;
  if (kvmProt & KVM_PGTABLE_PROT_R) prot |= IOMMU_READ;
  if (kvmProt & KVM_PGTABLE_PROT_W) prot |= IOMMU_WRITE;
  if (kvmProt === PKVM_HOST_MMIO_PROT) prot |= IOMMU_MMIO;
  return prot;
}
