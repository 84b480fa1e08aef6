export {
  IOMMU_READ, IOMMU_WRITE, IOMMU_CACHE, IOMMU_NOEXEC, IOMMU_MMIO,
  KVM_PGTABLE_PROT_X, KVM_PGTABLE_PROT_W, KVM_PGTABLE_PROT_R, PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT,
  pkvmToIommuProt,
} from './iommu-prot';
export {
  GRANULE_SHIFT, BITS_PER_LEVEL, MAX_LEVELS, S2_MAX_CONCAT_PAGES,
  ioPgtableS2Geometry, kvmHostStage2Geometry, psEncoding, sl0ForStartLevel, levelShift, blockSize,
} from './stage2-geometry';
export type { IoPgtableS2Geometry, KvmStage2Geometry, VtcrFields } from './stage2-geometry';
export {
  protToPteLo, protToPteHi, pteToPaddr, paddrLo, paddrHi, pteIsLeaf, pteIsTable, pteHex, decodeLeaf,
  PTE_TYPE_BLOCK, PTE_TYPE_TABLE, PTE_TYPE_PAGE, PTE_AF, PTE_SH_IS, PTE_SH_OS, PTE_HAP_READ, PTE_HAP_WRITE,
  PTE_MEMATTR_OIWB, PTE_MEMATTR_NC, PTE_MEMATTR_DEV, PTE_XN_HI,
} from './stage2-descriptor';
export type { DecodedLeaf } from './stage2-descriptor';
export { IoPgtableArmS2, SZ_4K, SZ_2M, SZ_1G, PGSIZES_4K_GRANULE } from './io-pgtable-arm';
export type { IoPgtableCfg, IoPgtableFlushOps } from './io-pgtable-arm';
export { iommuPgsize } from './iommu-pgsize';
export { ptdumpRanges, formatPtdump, dumpTablePage } from './ptdump';
export type { PtdumpRange } from './ptdump';
export { hostStage2Idmap, snapshotHostStage2, IdentityDomain } from './identity-domain';
export type { HostStage2Leaf } from './identity-domain';
