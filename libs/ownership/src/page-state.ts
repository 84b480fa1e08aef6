/**
 * enum pkvm_page_state (arch/arm64/kvm/hyp/include/nvhe/memory.h, PKVM.md §3.1): two bits, NOPAGE = 3
 * (earlier kernels used BIT(2) with 3 reserved).
 */
export const PKVM_PAGE_OWNED = 0;
export const PKVM_PAGE_SHARED_OWNED = 1;
export const PKVM_PAGE_SHARED_BORROWED = 2;
export const PKVM_NOPAGE = 3;

export type PkvmPageState = 0 | 1 | 2 | 3;

const STATE_NAMES = ['OWNED', 'SHARED_OWNED', 'SHARED_BORROWED', 'NOPAGE'] as const;

export function pageStateName(s: number): string {
  return STATE_NAMES[s] ?? `STATE(${s})`;
}

/** enum pkvm_component_id, which is also the lock order: host_mmu.lock -> pkvm_pgd_lock -> vm->lock. */
export const PKVM_ID_HOST = 0;
export const PKVM_ID_HYP = 1;
export const PKVM_ID_FFA = 2;
/** Newer kernels (protected-guest donation). */
export const PKVM_ID_GUEST = 3;

export type PkvmComponentId = 0 | 1 | 2 | 3;

const OWNER_NAMES = ['HOST', 'HYP', 'FFA', 'GUEST'] as const;

export function componentName(id: number): string {
  return OWNER_NAMES[id] ?? `ID(${id})`;
}

/**
 * Largest owner id kvm_pgtable_stage2_set_owner accepts. Upstream KVM_MAX_OWNER_ID is 1 (HYP); the model
 * raises it to GUEST so FF-A and protected-guest annotations fit the same field (bits [9:2] hold up to 255).
 */
export const KVM_MAX_OWNER_ID = PKVM_ID_GUEST;

/** hyp_page::refcount is a u16; hyp_page_ref_inc BUGs on overflow. */
export const HYP_PAGE_REFCOUNT_MAX = 0xffff;
/** hyp_page::host_share_guest_count is a u32; share gives -EBUSY at U32_MAX. */
export const HOST_SHARE_GUEST_COUNT_MAX = 0xffffffff;
