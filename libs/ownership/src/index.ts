export {
  PKVM_PAGE_OWNED, PKVM_PAGE_SHARED_OWNED, PKVM_PAGE_SHARED_BORROWED, PKVM_NOPAGE,
  PKVM_ID_HOST, PKVM_ID_HYP, PKVM_ID_FFA, PKVM_ID_GUEST, KVM_MAX_OWNER_ID,
  HYP_PAGE_REFCOUNT_MAX, HOST_SHARE_GUEST_COUNT_MAX, pageStateName, componentName,
} from './page-state';
export type { PkvmPageState, PkvmComponentId } from './page-state';
export { OwnershipBugError } from './ownership-bug-error';
export { MemoryRanges } from './memory-ranges';
export type { MemblockSpan, MemoryLayout, KvmMemRange } from './memory-ranges';
export {
  KvmHostStage2, KVM_INVALID_PTE_OWNER_MASK, KVM_INVALID_PTE_LOCKED,
  kvmPteValid, kvmInvalidPteOwner, kvmStage2PteProt, decodeDonationMeta,
} from './host-stage2';
export type { HostStage2Entry, DonationMeta } from './host-stage2';
export { GuestStage2, GUEST_BLOCK_SIZE } from './guest-stage2';
export type { GuestLeaf } from './guest-stage2';
export { IOMMU_HOOK_COVERAGE } from './transition';
export type { PkvmMemTransition, TransitionKind, OwnershipHooks, HostOwnerChange, OwnerChangePath } from './transition';
export { MemProtect, KVM_PGTABLE_PROT_RWX, PAGE_HYP } from './mem-protect';
export type { MemProtectConfig, GuestVmConfig } from './mem-protect';
