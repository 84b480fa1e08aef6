import { PkvmComponentId } from './page-state';

/** Share, unshare or donate: the kind of a pkvm_mem_transition. */
export type TransitionKind = 'share' | 'unshare' | 'donate' | 'reclaim' | 'pin' | 'unpin';

/**
 * A memory transition as a value (struct pkvm_mem_transition + share/donation): who initiates, who completes,
 * how many pages, at which address on each side. Built by each hypercall, checked without side effects,
 * then done. For the host and hyp the address is physical; for a guest it is the IPA.
 */
export interface PkvmMemTransition {
  /** The kernel entry point, e.g. "__pkvm_host_donate_hyp". */
  readonly call: string;
  readonly kind: TransitionKind;
  readonly nrPages: number;
  readonly initiator: { readonly id: PkvmComponentId; readonly addr: number };
  readonly completer: { readonly id: PkvmComponentId; readonly addr: number; readonly vm?: number };
  /** Completer mapping prot (enum kvm_pgtable_prot) for shares and guest maps. */
  readonly completerProt?: number;
}

/** The path a host stage-2 ownership change took, and whether the IOMMU identity map heard of it (§3.5). */
export type OwnerChangePath =
  | 'host_stage2_set_owner_locked'
  | 'host_stage2_set_owner_metadata_locked'
  | 'kvm_pgtable_stage2_set_owner';

export interface HostOwnerChange {
  call: string;
  start: number;
  end: number;
  /** New owner id in the host stage-2 (0 = host). */
  owner: number;
  path: OwnerChangePath;
  /** True when kvm_iommu_host_stage2_idmap was called for this range. */
  iommuNotified: boolean;
}

/**
 * Callbacks fired inside the operation that changes the host stage-2 (with "host_mmu.lock" held).
 * - iommuIdmap: kvm_iommu_host_stage2_idmap(start, end, prot), one call per range, KVM prot: PKVM_HOST_MEM_PROT
 *   when the host becomes owner, 0 (unmap) otherwise. Only host_stage2_set_owner_locked reaches it.
 * - hostAccess: the host CPU's new stage-2 access to [start, end) as a KVM prot (0 = faults), for every
 *   ownership change including MMIO donation.
 * - ownerChange: every host stage-2 ownership change, so an oracle can see the ones the IOMMU never heard of.
 * - transition: a trace of the transitions tried (refusals included).
 */
export interface OwnershipHooks {
  iommuIdmap?(start: number, end: number, kvmProt: number): void;
  hostAccess?(start: number, end: number, kvmProt: number): void;
  ownerChange?(change: HostOwnerChange): void;
  /** Every transition value with its result (0, -errno), after its check (and do, when it passed). */
  transition?(tx: PkvmMemTransition, ret: number): void;
}

/**
 * Which host-ownership paths call the IOMMU hook (PKVM.md §3.5), as data. `false` entries are IOMMU gaps
 * faithful to the kernel; the guest-donation entries are the model's choice (§3.4 [unconfirmed]).
 */
export const IOMMU_HOOK_COVERAGE: Readonly<Record<string, boolean>> = {
  fix_host_ownership: true,
  __pkvm_host_donate_hyp: true,
  __pkvm_hyp_donate_host: true,
  __pkvm_host_donate_guest: true,
  __pkvm_host_reclaim_page_guest: true,
  __pkvm_host_donate_hyp_mmio: false,
  __pkvm_hyp_donate_host_mmio: false,
  // No host stage-2 ownership change at all, hence no IOMMU change:
  __pkvm_host_share_hyp: false,
  __pkvm_host_unshare_hyp: false,
  __pkvm_host_share_ffa: false,
  __pkvm_host_unshare_ffa: false,
  __pkvm_host_share_guest: false,
  __pkvm_host_unshare_guest: false,
  hyp_pin_shared_mem: false,
  hyp_unpin_shared_mem: false,
};
