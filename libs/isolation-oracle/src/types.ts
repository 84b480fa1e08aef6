/**
 * The isolation oracle's inputs and outputs (ARCHITECTURE.md "The isolation invariant"). Pure data: the oracle
 * never talks to a service; callers fill these views from the hypervisor's and the iommu's dump services (the
 * CLI), or construct them (unit tests).
 */

/** A physical (or IOVA) range [start, end), page aligned. */
export interface PageRange {
  start: number;
  end: number;
}

/** Host stage-2 owner names as the hypervisor dump spells them. */
export type OwnerName = 'HOST' | 'HYP' | 'FFA' | 'GUEST' | string;
/** Host page states (PKVM.md §3.1). */
export type HostStateName = 'OWNED' | 'SHARED_OWNED' | 'SHARED_BORROWED' | 'NOPAGE' | string;

/** One run of pages with the same owner and host state. */
export interface OwnershipRange extends PageRange {
  owner: OwnerName;
  hostState: HostStateName;
  kind: 'memory' | 'mmio';
}

/**
 * A host stage-2 ownership change (libs/ownership HostOwnerChange, hypervisor dump OwnerChanges), in order.
 * `iommuNotified: false` with `idmapInitialized: true` is a change the identity map never heard of.
 */
export interface OwnerChangeRecord extends PageRange {
  call: string;
  owner: OwnerName;
  iommuNotified: boolean;
  idmapInitialized: boolean;
  path?: string;
}

/** Labels that split the pages the host does not own into the invariant's kinds (for reports and sampling). */
export interface OwnershipRegions {
  /** The hypervisor carve-out (fix_host_ownership). */
  carveOut?: PageRange[];
  /** The IOMMU page pool (inside the carve-out). */
  iommuPool?: PageRange[];
  /** Every SMMU's register frame. */
  smmuMmio?: PageRange[];
}

/** Who owns what: the hypervisor's view of physical memory and MMIO. Addresses not listed are holes. */
export interface OwnershipView {
  ranges: OwnershipRange[];
  /** Every ownership change kept, oldest first (may be empty when the source keeps none). */
  changes: OwnerChangeRecord[];
  regions?: OwnershipRegions;
}

/** A run of identity-map leaves reached from one STE: IOVA [start, end) -> PA [pa, pa + end - start). */
export interface ReachRange extends PageRange {
  pa: number;
  read: boolean;
  write: boolean;
  /** Stage-2 MemAttr [5:2] of the leaves (0xF normal WB, 0x1 device). */
  memAttr?: number;
}

/**
 * What one attached stream reaches, from a walk of the real descriptors at its STE's S2TTB.
 * mode: 'translate' (S2 or nested STE), 'bypass' (STE Config 4 with SMMUEN), 'gbpa-bypass' (SMMUEN = 0, GBPA
 * not ABORT: every StreamID; sid is then -1).
 */
export interface StreamReach {
  smmu: number;
  sid: number;
  mode: 'translate' | 'bypass' | 'gbpa-bypass';
  /** S2TTB equals the identity domain's root. */
  identity: boolean;
  s2ttb?: number;
  ranges: ReachRange[];
}

export interface ReachabilityView {
  streams: StreamReach[];
}

/** An idmap map that failed for lack of pool pages (the hook's -ENOMEM), or a failed snapshot walk. */
export interface EnomemFailure extends PageRange {
  call: string;
  ret: number;
}

/** The pool-ENOMEM record: every failure; empty when the pool never ran out. */
export interface EnomemRecord {
  failures: EnomemFailure[];
}

/** Page kinds the invariant names (classify.ts). */
export type PageCategory =
  | 'host-owned'
  | 'host-shared'
  | 'hyp-donated'
  | 'guest-owned'
  | 'ffa-owned'
  | 'carve-out'
  | 'iommu-pool'
  | 'smmu-mmio'
  | 'hyp-mmio'
  | 'other';

/**
 * violation: a device reaches a page the host does not own (always a finding).
 * unreachable-after-enomem: a host page left out of the idmap where the pool ran out (allowed, reported).
 * unreachable: a host page left out with no ENOMEM to explain it.
 * design-gap:<name>: the posted design's gap, e.g. design-gap:mmio-donation-without-idmap-update.
 * probe-mismatch: the DMA probe disagrees with the descriptor walk (stale IOTLB or config cache, walker bug).
 * non-identity: an identity stream translating an IOVA to another PA.
 */
export type FindingKind = 'violation' | 'unreachable-after-enomem' | 'unreachable' | `design-gap:${string}` | 'probe-mismatch' | 'non-identity';

export interface Finding {
  kind: FindingKind;
  /** Physical range. */
  start: number;
  end: number;
  owner: OwnerName | 'none';
  hostState?: HostStateName;
  category: PageCategory;
  smmu: number;
  sid: number;
  /** Every stream with the same finding (streams sharing a table share findings). */
  streams: { smmu: number; sid: number }[];
  /** Device access the page has ('R', 'W', 'RW', '' when unmapped). */
  access: string;
  source: 'walk' | 'dma';
  /** The ownership change behind a design gap, or the failed call behind an ENOMEM. */
  call?: string;
  detail: string;
}

/** One direction of a probe DMA. */
export interface ProbeAccess {
  ok: boolean;
  /** The PA the SMMU translated to. */
  pa?: number;
  /** The fault reason (F_TRANSLATION, F_PERMISSION, C_BAD_STE, ...). */
  reason?: string;
}

export interface ProbeResult {
  iova: number;
  read: ProbeAccess;
  write: ProbeAccess;
}

/** Runs probe DMAs (read and write of one page at each IOVA) through one stream. */
export type DmaProbeFn = (smmu: number, sid: number, iovas: number[]) => Promise<ProbeResult[]>;

export interface ProbeRecord extends ProbeResult {
  smmu: number;
  sid: number;
  category: PageCategory | 'hole';
  owner: OwnerName | 'none';
  /** Reachable iff host-owned (owned or shared-owned). */
  expectReachable: boolean;
  /** What the walk predicts for read / write. */
  walkRead: boolean;
  walkWrite: boolean;
  agrees: boolean;
}

export interface IsolationSummary {
  streams: number;
  violations: number;
  designGaps: number;
  unreachable: number;
  unreachableAfterEnomem: number;
  probeMismatches: number;
  probes: number;
  /** Bytes reached per category (first stream of each distinct table). */
  reachedBytes: Partial<Record<PageCategory, number>>;
}

export interface IsolationReport {
  ok: boolean;
  findings: Finding[];
  probes: ProbeRecord[];
  summary: IsolationSummary;
  /** Digests the check ran at. */
  ownershipDigest?: string;
  idmapDigest?: string;
  /** True when the incremental check skipped the walk (both digests unchanged since the last clean check). */
  skipped: boolean;
}
