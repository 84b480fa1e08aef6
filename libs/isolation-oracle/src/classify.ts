import type { OwnershipRange, OwnershipRegions, PageCategory, PageRange } from './types';

/**
 * The host owns the page (a device may reach it; an identity stream must): owner HOST and, for memory, host
 * state OWNED or SHARED_OWNED. MMIO has no vmemmap page state (PKVM.md §3.1): the stage-2 owner decides
 * (the hypervisor dump reads host MMIO as NOPAGE before __pkvm_init).
 */
export function hostOwns(r: Pick<OwnershipRange, 'owner' | 'hostState'> & { kind?: OwnershipRange['kind'] }): boolean {
  return r.owner === 'HOST' && (r.kind === 'mmio' || r.hostState === 'OWNED' || r.hostState === 'SHARED_OWNED');
}

const inside = (list: PageRange[] | undefined, a: number, b: number) => !!list?.some((r) => a >= r.start && b <= r.end);
const overlaps = (list: PageRange[] | undefined, a: number, b: number) => !!list?.some((r) => a < r.end && b > r.start);

/** The invariant's kind of the pages [a, b) of `r` (the caller splits at region boundaries, see regionCuts). */
export function categorize(r: OwnershipRange, a: number, b: number, regions: OwnershipRegions = {}): PageCategory {
  switch (r.owner) {
    case 'HOST':
      if (r.hostState === 'OWNED' || (r.kind === 'mmio' && r.hostState !== 'SHARED_OWNED')) return 'host-owned';
      if (r.hostState === 'SHARED_OWNED') return 'host-shared';
      return 'other';
    case 'GUEST':
      return 'guest-owned';
    case 'FFA':
      return 'ffa-owned';
    case 'HYP':
      if (inside(regions.iommuPool, a, b) || overlaps(regions.iommuPool, a, b)) return 'iommu-pool';
      if (inside(regions.smmuMmio, a, b) || overlaps(regions.smmuMmio, a, b)) return 'smmu-mmio';
      if (inside(regions.carveOut, a, b) || overlaps(regions.carveOut, a, b)) return 'carve-out';
      return r.kind === 'mmio' ? 'hyp-mmio' : 'hyp-donated';
    default:
      return 'other';
  }
}

/** Every region boundary, so that a sweep never straddles one. */
export function regionCuts(regions: OwnershipRegions = {}): number[] {
  const out: number[] = [];
  for (const list of [regions.carveOut, regions.iommuPool, regions.smmuMmio]) for (const r of list ?? []) out.push(r.start, r.end);
  return out;
}

/**
 * The design gap a bypassing ownership change stands for, by the kernel call that made it (PKVM.md §3.3-3.5):
 * each is a host stage-2 change that reaches no kvm_iommu_host_stage2_idmap call.
 */
export function designGapName(call: string, toHost: boolean): string {
  switch (call) {
    case '__pkvm_host_donate_hyp_mmio':
      return 'mmio-donation-without-idmap-update';
    case '__pkvm_hyp_donate_host_mmio':
      return 'mmio-return-without-idmap-update';
    case '__pkvm_host_donate_guest':
      return 'guest-donation-without-idmap-update';
    case '__pkvm_host_reclaim_page_guest':
    case '__pkvm_host_force_reclaim_page_guest':
      return 'guest-reclaim-without-idmap-update';
    default:
      return `${call.replace(/^_+/, '').replace(/_/g, '-')}-${toHost ? 'return' : 'donation'}-without-idmap-update`;
  }
}
