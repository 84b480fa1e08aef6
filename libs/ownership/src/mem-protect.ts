import { createHash } from 'node:crypto';
import { ERRNO } from '@pkvm/errno';
import {
  HostStage2Leaf, KVM_PGTABLE_PROT_R, KVM_PGTABLE_PROT_W, KVM_PGTABLE_PROT_X, PKVM_HOST_MEM_PROT,
  PKVM_HOST_MMIO_PROT, blockSize, kvmHostStage2Geometry,
} from '@pkvm/pgtable';
import { PAGE_SIZE, PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { GUEST_BLOCK_SIZE, GuestStage2 } from './guest-stage2';
import { DonationMeta, KvmHostStage2, decodeDonationMeta, kvmInvalidPteOwner, kvmPteValid } from './host-stage2';
import { MemoryLayout, MemoryRanges } from './memory-ranges';
import { OwnershipBugError } from './ownership-bug-error';
import {
  HOST_SHARE_GUEST_COUNT_MAX, HYP_PAGE_REFCOUNT_MAX, KVM_MAX_OWNER_ID, PKVM_ID_GUEST, PKVM_ID_HOST, PKVM_ID_HYP,
  PKVM_ID_FFA, PKVM_NOPAGE, PKVM_PAGE_OWNED, PKVM_PAGE_SHARED_BORROWED, PKVM_PAGE_SHARED_OWNED, PkvmPageState,
} from './page-state';
import { HostOwnerChange, OwnerChangePath, OwnershipHooks, PkvmMemTransition } from './transition';

/** KVM_PGTABLE_PROT_RWX */
export const KVM_PGTABLE_PROT_RWX = KVM_PGTABLE_PROT_R | KVM_PGTABLE_PROT_W | KVM_PGTABLE_PROT_X;
/** PAGE_HYP: the EL2 mapping prot of shared and donated memory (R | W). */
export const PAGE_HYP = KVM_PGTABLE_PROT_R | KVM_PGTABLE_PROT_W;

export interface MemProtectConfig {
  /** Memblocks (with NOMAP) and MMIO, or an already built MemoryRanges. */
  layout: MemoryLayout | MemoryRanges;
  /** Backing store of the host stage-2 table pages. */
  mem: PhysicalMemory;
  /** host_s2_pool: the host stage-2 table pages (inside the hyp carve-out). */
  hostS2Pool: PagePool;
  /** Host IPA size from PARange (host_mmu.pgt.ia_bits). */
  ipaBits: number;
  hooks?: OwnershipHooks;
}

export interface GuestVmConfig {
  /** A protected VM (donation) or not (sharing). */
  protected: boolean;
  /** Guest IPA size; the stage-2 levels give kvm_mmu_cache_min_pages. Default 40. */
  ipaBits?: number;
  /** Pages in the vCPU memcache (pkvm_memcache.nr_pages). Default 16. */
  memcachePages?: number;
}

interface GuestVm {
  readonly handle: number;
  readonly protected: boolean;
  readonly ipaLimit: number;
  /** kvm_mmu_cache_min_pages = stage-2 levels - 1. */
  readonly minCachePages: number;
  memcachePages: number;
  readonly s2: GuestStage2;
}

/** Guest handles start here (pKVM's HANDLE_OFFSET), so 0 is never a VM. */
const HANDLE_OFFSET = 0x1000;

/**
 * pKVM memory ownership (arch/arm64/kvm/hyp/nvhe/mem_protect.c, 6.14-6.16, plus the SMMUv3 series' MMIO
 * donation and the newer protected-guest donation), as a pure library.
 *
 * - Page state per page: the host and hyp states, the hyp refcount and host_share_guest_count live in typed
 *   arrays indexed like the vmemmap (memory pages only); each guest's state lives in its stage-2 model.
 * - Each hypercall builds a transition value, checks both sides without side effects, then does it. A refusal
 *   returns -errno and changes nothing; a failure after a passed check throws OwnershipBugError (WARN_ON at EL2).
 * - The host stage-2 is a real KVM-format table; every change through host_stage2_set_owner_locked calls the
 *   IOMMU hook once per range (§3.5).
 * Returns are kernel-style: 0 or a negative errno.
 */
export class MemProtect {
  readonly ranges: MemoryRanges;
  readonly hostS2: KvmHostStage2;
  private readonly mem: PhysicalMemory;
  private readonly hooks: OwnershipHooks;
  /** hyp_page::__host_state */
  private readonly hostState: Uint8Array;
  /** hyp_page::__hyp_state_comp, stored uncomplemented (NOPAGE after init, like a zeroed vmemmap). */
  private readonly hypState: Uint8Array;
  /** hyp_page::refcount (u16): hyp pins. */
  private readonly refcount: Uint16Array;
  /** hyp_page::host_share_guest_count (u32). */
  private readonly shareGuestCount: Uint32Array;
  /** MMIO pages mapped at EL2 by __pkvm_host_donate_hyp_mmio (rare and sparse: one entry per donated page). */
  private readonly hypMmio = new Set<number>();
  private readonly vms = new Map<number, GuestVm>();
  private nextHandle = HANDLE_OFFSET;
  private currentCall = '';

  constructor(cfg: MemProtectConfig) {
    this.ranges = cfg.layout instanceof MemoryRanges ? cfg.layout : new MemoryRanges(cfg.layout);
    this.mem = cfg.mem;
    this.hooks = cfg.hooks ?? {};
    this.hostS2 = new KvmHostStage2(cfg.mem, cfg.hostS2Pool, cfg.ipaBits);
    const n = this.ranges.nrPages;
    this.hostState = new Uint8Array(n); // PKVM_PAGE_OWNED == 0: the host owns all memory at first
    this.hypState = new Uint8Array(n).fill(PKVM_NOPAGE);
    this.refcount = new Uint16Array(n);
    this.shareGuestCount = new Uint32Array(n);
  }

  // ---------------------------------------------------------------- state queries

  /** get_host_state; NOPAGE for a non-memory address (no vmemmap entry). */
  hostStateAt(pa: number): PkvmPageState {
    const i = this.ranges.pageIndex(pa);
    return (i < 0 ? PKVM_NOPAGE : this.hostState[i]) as PkvmPageState;
  }

  /** get_hyp_state; NOPAGE for a non-memory address. */
  hypStateAt(pa: number): PkvmPageState {
    const i = this.ranges.pageIndex(pa);
    return (i < 0 ? PKVM_NOPAGE : this.hypState[i]) as PkvmPageState;
  }

  /** hyp_page_count */
  refcountAt(pa: number): number {
    const i = this.ranges.pageIndex(pa);
    return i < 0 ? 0 : this.refcount[i];
  }

  hostShareGuestCountAt(pa: number): number {
    const i = this.ranges.pageIndex(pa);
    return i < 0 ? 0 : this.shareGuestCount[i];
  }

  /** The owner id the host stage-2 records for `pa`: HOST for a valid or zero PTE, else the annotation's owner. */
  hostS2OwnerAt(pa: number): number {
    const e = this.hostS2.getLeaf(pa);
    return kvmPteValid(e.lo) ? PKVM_ID_HOST : kvmInvalidPteOwner(e.lo);
  }

  /** Donation metadata of an owner-GUEST annotation at `pa`, or null. */
  hostS2DonationAt(pa: number): DonationMeta | null {
    const e = this.hostS2.getLeaf(pa);
    if (kvmPteValid(e.lo) || kvmInvalidPteOwner(e.lo) !== PKVM_ID_GUEST) return null;
    return decodeDonationMeta(e.lo, e.hi);
  }

  /** The host CPU's stage-2 access to `pa` as a KVM prot (0 = the access faults and is refused). */
  hostAccessAt(pa: number): number {
    return this.hostS2.hostAccessProt(pa, this.ranges);
  }

  /**
   * The vmemmap state of the memory pages of [start, end) (inside one memblock) as runs of equal host state,
   * hyp state, refcount and host_share_guest_count: the same values as the per-page queries, read from the
   * arrays in one pass (a dump of a large memblock).
   */
  memoryStateRuns(start: number, end: number): { start: number; end: number; hostState: number; hypState: number; refcount: number; shareGuestCount: number }[] {
    const out: { start: number; end: number; hostState: number; hypState: number; refcount: number; shareGuestCount: number }[] = [];
    if (!(end > start)) return out;
    if (!this.ranges.rangeIsMemory(start, end)) throw new RangeError(`[0x${start.toString(16)}, 0x${end.toString(16)}) is not inside one memblock`);
    const i0 = this.ranges.pageIndex(start);
    const n = Math.ceil((end - start) / PAGE_SIZE);
    let runStart = 0;
    for (let k = 1; k <= n; k++) {
      const a = i0 + runStart;
      const b = i0 + k;
      if (k < n && this.hostState[b] === this.hostState[a] && this.hypState[b] === this.hypState[a] &&
        this.refcount[b] === this.refcount[a] && this.shareGuestCount[b] === this.shareGuestCount[a]) continue;
      out.push({
        start: start + runStart * PAGE_SIZE, end: Math.min(end, start + k * PAGE_SIZE),
        hostState: this.hostState[a], hypState: this.hypState[a], refcount: this.refcount[a], shareGuestCount: this.shareGuestCount[a],
      });
      runStart = k;
    }
    return out;
  }

  /** The state of guest `vm` at `ipa` (NOPAGE when unmapped). */
  guestStateAt(vm: number, ipa: number): PkvmPageState {
    return this.vmOf(vm).s2.getLeaf(ipa).state as PkvmPageState;
  }

  guestStage2(vm: number): GuestStage2 {
    return this.vmOf(vm).s2;
  }

  /** True when EL2 has `pa`'s linear-map VA mapped (hyp-owned memory, pinned shared memory, donated MMIO). */
  hypVaMapped(pa: number): boolean {
    if (this.hypMmio.has(Math.floor(pa / PAGE_SIZE))) return true;
    const i = this.ranges.pageIndex(pa);
    if (i < 0) return false;
    return this.hypState[i] === PKVM_PAGE_OWNED || (this.hypState[i] === PKVM_PAGE_SHARED_BORROWED && this.refcount[i] > 0);
  }

  /** Host stage-2 leaves for kvm_iommu_snapshot_host_stage2 (feed them to IdentityDomain.snapshot). */
  snapshotLeaves(): HostStage2Leaf[] {
    return this.hostS2.snapshotLeaves(this.ranges);
  }

  /** sha256 over every ownership array, the guests, the EL2 MMIO mappings and the host stage-2 entries. */
  stateHash(): string {
    const h = createHash('sha256');
    h.update(this.hostState);
    h.update(this.hypState);
    h.update(new Uint8Array(this.refcount.buffer));
    h.update(new Uint8Array(this.shareGuestCount.buffer));
    h.update(Float64Array.from([...this.hypMmio].sort((a, b) => a - b)));
    for (const handle of [...this.vms.keys()].sort((a, b) => a - b)) {
      const vm = this.vms.get(handle)!;
      h.update(Float64Array.from([handle, vm.memcachePages]));
      vm.s2.digestInto((b) => h.update(b));
    }
    this.hostS2.digestInto((w) => h.update(w));
    return h.digest('hex');
  }

  // ---------------------------------------------------------------- guests

  /** A guest VM (__pkvm_init_vm) with an empty stage-2; returns its handle. */
  createVm(cfg: GuestVmConfig): number {
    const ipaBits = cfg.ipaBits ?? 40;
    const handle = this.nextHandle++;
    this.vms.set(handle, {
      handle,
      protected: cfg.protected,
      ipaLimit: 2 ** ipaBits,
      minCachePages: kvmHostStage2Geometry(ipaBits).levels - 1,
      memcachePages: cfg.memcachePages ?? 16,
      s2: new GuestStage2(),
    });
    return handle;
  }

  /** pkvm_refill_memcache / topup: sets the pages the vCPU memcache holds. */
  setMemcachePages(vm: number, pages: number): void {
    this.vmOf(vm).memcachePages = pages;
  }

  private vmOf(handle: number): GuestVm {
    const vm = this.vms.get(handle);
    if (!vm) throw new RangeError(`no guest VM with handle ${handle}`);
    return vm;
  }

  // ---------------------------------------------------------------- common checks and steps (§3.2)

  private pages(addr: number, size: number, fn: (i: number) => boolean): boolean {
    for (let a = addr; a < addr + size; a += PAGE_SIZE) {
      if (!fn(this.ranges.pageIndex(a))) return false;
    }
    return true;
  }

  /** __host_check_page_state_range: check_range_allowed_memory, then every page in `state`, else -EPERM. */
  private hostCheck(addr: number, size: number, state: number): number {
    const ret = this.ranges.checkRangeAllowedMemory(addr, addr + size);
    if (ret) return ret;
    return this.pages(addr, size, (i) => this.hostState[i] === state) ? 0 : -ERRNO.EPERM;
  }

  /** __hyp_check_page_state_range: every page in `state` (a page outside the vmemmap reads NOPAGE), else -EPERM. */
  private hypCheck(addr: number, size: number, state: number): number {
    return this.pages(addr, size, (i) => (i < 0 ? PKVM_NOPAGE : this.hypState[i]) === state) ? 0 : -ERRNO.EPERM;
  }

  private setHostState(addr: number, size: number, state: number): void {
    this.pages(addr, size, (i) => ((this.hostState[i] = state), true));
  }

  private setHypState(addr: number, size: number, state: number): void {
    this.pages(addr, size, (i) => ((this.hypState[i] = state), true));
  }

  /** host_stage2_try: on -ENOMEM, recycle the non-memory mappings (host_stage2_unmap_dev_all) and retry once. */
  private hostStage2Try(fn: () => number): number {
    let ret = fn();
    if (ret === -ERRNO.ENOMEM) {
      ret = this.hostStage2UnmapDevAll();
      if (!ret) ret = fn();
    }
    return ret;
  }

  /** host_stage2_unmap_dev_all: unmaps every non-memory range (annotated MMIO stops it with -EPERM, patch 02). */
  hostStage2UnmapDevAll(): number {
    let addr = 0;
    for (const reg of this.ranges.memblocks) {
      const ret = this.hostS2.unmap(addr, reg.base);
      if (ret) return ret;
      addr = reg.base + reg.size;
    }
    return this.hostS2.unmap(addr, this.hostS2.iaLimit);
  }

  /** host_stage2_force_pte_cb: blocks only for the default prot of memory (RWX) or MMIO (RW). */
  private forcePte(start: number, end: number, prot: number): boolean {
    return this.ranges.rangeIsMemory(start, end) ? prot !== PKVM_HOST_MEM_PROT : prot !== PKVM_HOST_MMIO_PROT;
  }

  /** host_stage2_idmap_locked */
  private hostStage2IdmapLocked(addr: number, size: number, prot: number): number {
    return this.hostStage2Try(() => this.hostS2.map(addr, size, prot, this.forcePte(addr, addr + size, prot)));
  }

  /**
   * host_stage2_set_owner_locked (+ the IOMMU hook of the SMMUv3 series): -EPERM for a non-memory range with no
   * callback; set the owner in the host stage-2; one IOMMU call for the range (RW when the host becomes owner,
   * 0 = unmap otherwise); then the vmemmap host state (OWNED or NOPAGE). Public like the kernel's (pkvm.c,
   * setup.c use it); it checks nothing about page state, so callers normally go through a transition.
   */
  hostStage2SetOwnerLocked(addr: number, size: number, owner: number, meta?: DonationMeta): number {
    if (!this.ranges.rangeIsMemory(addr, addr + size)) return -ERRNO.EPERM;
    if (owner > KVM_MAX_OWNER_ID) return -ERRNO.EINVAL;
    const ret = this.hostStage2Try(() => this.hostS2.setOwner(addr, size, owner, meta));
    if (ret) return ret;
    const prot = owner === PKVM_ID_HOST ? PKVM_HOST_MEM_PROT : 0;
    this.hooks.iommuIdmap?.(addr, addr + size, prot);
    this.setHostState(addr, size, owner === PKVM_ID_HOST ? PKVM_PAGE_OWNED : PKVM_NOPAGE);
    this.hooks.hostAccess?.(addr, addr + size, prot);
    this.reportOwner(addr, size, owner, meta ? 'host_stage2_set_owner_metadata_locked' : 'host_stage2_set_owner_locked', true);
    return 0;
  }

  private reportOwner(addr: number, size: number, owner: number, path: OwnerChangePath, iommuNotified: boolean): void {
    const change: HostOwnerChange = { call: this.currentCall, start: addr, end: addr + size, owner, path, iommuNotified };
    this.hooks.ownerChange?.(change);
  }

  /** __host_set_page_state_range: a NOPAGE page first gets its idmap back (no IOMMU call), then the state. */
  private hostSetPageStateRange(addr: number, size: number, state: number): number {
    if (this.hostStateAt(addr) === PKVM_NOPAGE) {
      const ret = this.hostStage2IdmapLocked(addr, size, PKVM_HOST_MEM_PROT);
      if (ret) return ret;
    }
    this.setHostState(addr, size, state);
    return 0;
  }

  /**
   * Check, then do. `check` must not change anything; `apply` runs only when it passed, and any failure in it is
   * a kernel WARN_ON: OwnershipBugError named after the call.
   */
  private transition(tx: PkvmMemTransition, check: () => number, apply: () => void): number {
    const prev = this.currentCall;
    this.currentCall = tx.call;
    try {
      const ret = check();
      if (!ret) {
        try {
          apply();
        } catch (e) {
          if (e instanceof OwnershipBugError) throw e;
          throw new OwnershipBugError(tx.call, `step failed after a passed check: ${String(e)}`, { cause: e });
        }
      }
      this.hooks.transition?.(tx, ret);
      return ret;
    } finally {
      this.currentCall = prev;
    }
  }

  /** WARN_ON(ret) for a step after the check. */
  private warnOn(site: string, ret: number): void {
    if (ret) throw new OwnershipBugError(`${this.currentCall}: ${site}`, `returned ${ret}`);
  }

  private static badCount(nr: number): boolean {
    return !Number.isSafeInteger(nr) || nr < 1;
  }

  private static badPfn(pfn: number): boolean {
    return !Number.isSafeInteger(pfn) || pfn < 0 || pfn >= 2 ** 36;
  }

  // ---------------------------------------------------------------- init

  /**
   * fix_host_ownership for the hyp carve-out: host OWNED -> NOPAGE (annotated HYP), hyp NOPAGE -> OWNED, through
   * host_stage2_set_owner_locked (the IOMMU hook ignores it until the snapshot has run).
   */
  fixHostOwnership(base: number, size: number): number {
    const tx: PkvmMemTransition = {
      call: 'fix_host_ownership', kind: 'donate', nrPages: size / PAGE_SIZE,
      initiator: { id: PKVM_ID_HOST, addr: base }, completer: { id: PKVM_ID_HYP, addr: base },
    };
    if (MemProtect.badCount(tx.nrPages)) return -ERRNO.EINVAL;
    return this.transition(tx,
      () => this.hostCheck(base, size, PKVM_PAGE_OWNED) || this.hypCheck(base, size, PKVM_NOPAGE),
      () => {
        this.setHypState(base, size, PKVM_PAGE_OWNED);
        this.warnOn('host_stage2_set_owner_locked', this.hostStage2SetOwnerLocked(base, size, PKVM_ID_HYP));
      });
  }

  // ---------------------------------------------------------------- host <-> hyp (§3.3)

  /** host: OWNED -> SHARED_OWNED; hyp: NOPAGE -> SHARED_BORROWED (mapped at EL2 when pinned). Host stage-2 unchanged: no IOMMU call. */
  hostShareHyp(pfn: number): number {
    if (MemProtect.badPfn(pfn)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_share_hyp', kind: 'share', nrPages: 1,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_HYP, addr: phys }, completerProt: PAGE_HYP,
    };
    return this.transition(tx,
      () => this.hostCheck(phys, PAGE_SIZE, PKVM_PAGE_OWNED) || this.hypCheck(phys, PAGE_SIZE, PKVM_NOPAGE),
      () => {
        this.setHypState(phys, PAGE_SIZE, PKVM_PAGE_SHARED_BORROWED);
        this.warnOn('__host_set_page_state_range', this.hostSetPageStateRange(phys, PAGE_SIZE, PKVM_PAGE_SHARED_OWNED));
      });
  }

  /** host: SHARED_OWNED -> OWNED; hyp: SHARED_BORROWED -> NOPAGE; refused with -EBUSY while pinned. No IOMMU call. */
  hostUnshareHyp(pfn: number): number {
    if (MemProtect.badPfn(pfn)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_unshare_hyp', kind: 'unshare', nrPages: 1,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_HYP, addr: phys },
    };
    return this.transition(tx,
      () => this.hostCheck(phys, PAGE_SIZE, PKVM_PAGE_SHARED_OWNED) ||
        this.hypCheck(phys, PAGE_SIZE, PKVM_PAGE_SHARED_BORROWED) ||
        (this.refcountAt(phys) ? -ERRNO.EBUSY : 0),
      () => {
        this.setHypState(phys, PAGE_SIZE, PKVM_NOPAGE);
        this.warnOn('__host_set_page_state_range', this.hostSetPageStateRange(phys, PAGE_SIZE, PKVM_PAGE_OWNED));
      });
  }

  /**
   * ___pkvm_host_donate_hyp. host: OWNED -> NOPAGE (host stage-2 annotated HYP); hyp: NOPAGE -> OWNED, mapped
   * with `prot`. IOMMU: unmap the range (prot 0).
   */
  hostDonateHyp(pfn: number, nrPages: number, prot = PAGE_HYP): number {
    if (MemProtect.badPfn(pfn) || MemProtect.badCount(nrPages)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const size = nrPages * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_donate_hyp', kind: 'donate', nrPages,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_HYP, addr: phys }, completerProt: prot,
    };
    return this.transition(tx,
      () => this.hostCheck(phys, size, PKVM_PAGE_OWNED) || this.hypCheck(phys, size, PKVM_NOPAGE),
      () => {
        this.setHypState(phys, size, PKVM_PAGE_OWNED); // + pkvm_create_mappings_locked(virt, virt + size, prot)
        this.warnOn('host_stage2_set_owner_locked', this.hostStage2SetOwnerLocked(phys, size, PKVM_ID_HYP));
      });
  }

  /** hyp: OWNED -> NOPAGE (unmapped at EL2); host: NOPAGE -> OWNED (PTE back to zero, faulted in RWX). IOMMU: map RW. */
  hypDonateHost(pfn: number, nrPages: number): number {
    if (MemProtect.badPfn(pfn) || MemProtect.badCount(nrPages)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const size = nrPages * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_hyp_donate_host', kind: 'donate', nrPages,
      initiator: { id: PKVM_ID_HYP, addr: phys }, completer: { id: PKVM_ID_HOST, addr: phys },
    };
    return this.transition(tx,
      () => this.hypCheck(phys, size, PKVM_PAGE_OWNED) || this.hostCheck(phys, size, PKVM_NOPAGE),
      () => {
        this.setHypState(phys, size, PKVM_NOPAGE); // + kvm_pgtable_hyp_unmap(&pkvm_pgtable, virt, size)
        this.warnOn('host_stage2_set_owner_locked', this.hostStage2SetOwnerLocked(phys, size, PKVM_ID_HOST));
      });
  }

  /**
   * hyp_pin_shared_mem over the physical pages of [from, to). host SHARED_OWNED and hyp SHARED_BORROWED stay;
   * refcount + 1 per page (mapped at EL2 on 0 -> 1). -EPERM otherwise.
   */
  hypPinSharedMem(from: number, to: number): number {
    const start = Math.floor(from / PAGE_SIZE) * PAGE_SIZE;
    const end = Math.ceil(to / PAGE_SIZE) * PAGE_SIZE;
    if (!(end > start)) return -ERRNO.EINVAL;
    const tx: PkvmMemTransition = {
      call: 'hyp_pin_shared_mem', kind: 'pin', nrPages: (end - start) / PAGE_SIZE,
      initiator: { id: PKVM_ID_HYP, addr: start }, completer: { id: PKVM_ID_HOST, addr: start },
    };
    return this.transition(tx,
      () => this.hostCheck(start, end - start, PKVM_PAGE_SHARED_OWNED) || this.hypCheck(start, end - start, PKVM_PAGE_SHARED_BORROWED),
      () => {
        this.pages(start, end - start, (i) => {
          if (this.refcount[i] === HYP_PAGE_REFCOUNT_MAX) throw new OwnershipBugError('hyp_page_ref_inc', 'refcount overflow');
          this.refcount[i]++;
          return true;
        });
      });
  }

  /** hyp_unpin_shared_mem: refcount - 1 per page (unmapped at EL2 on 1 -> 0). No checks upstream; an unpinned page BUGs. */
  hypUnpinSharedMem(from: number, to: number): void {
    const start = Math.floor(from / PAGE_SIZE) * PAGE_SIZE;
    const end = Math.ceil(to / PAGE_SIZE) * PAGE_SIZE;
    // hyp_page_ref_dec: BUG_ON(!p->refcount). Checked for every page first so a bad call changes nothing.
    for (let a = start; a < end; a += PAGE_SIZE) {
      const i = this.ranges.pageIndex(a);
      if (i < 0 || this.refcount[i] === 0) throw new OwnershipBugError('hyp_page_ref_dec', `page 0x${a.toString(16)} is not pinned`);
    }
    this.pages(start, end - start, (i) => (this.refcount[i]--, true));
  }

  /** host: OWNED -> SHARED_OWNED with FF-A. Host state only; no IOMMU call. */
  hostShareFfa(pfn: number, nrPages: number): number {
    return this.hostFfa('__pkvm_host_share_ffa', 'share', pfn, nrPages, PKVM_PAGE_OWNED, PKVM_PAGE_SHARED_OWNED);
  }

  /** host: SHARED_OWNED -> OWNED from FF-A. Host state only; no IOMMU call. */
  hostUnshareFfa(pfn: number, nrPages: number): number {
    return this.hostFfa('__pkvm_host_unshare_ffa', 'unshare', pfn, nrPages, PKVM_PAGE_SHARED_OWNED, PKVM_PAGE_OWNED);
  }

  private hostFfa(call: string, kind: 'share' | 'unshare', pfn: number, nrPages: number, from: number, to: number): number {
    if (MemProtect.badPfn(pfn) || MemProtect.badCount(nrPages)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const size = nrPages * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call, kind, nrPages, initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_FFA, addr: phys },
    };
    return this.transition(tx,
      () => this.hostCheck(phys, size, from),
      () => this.warnOn('__host_set_page_state_range', this.hostSetPageStateRange(phys, size, to)));
  }

  /**
   * __pkvm_host_donate_hyp_mmio (SMMUv3 series patch 02), one page. host PTE empty/valid -> invalid annotation
   * HYP, set directly with kvm_pgtable_stage2_set_owner: NO IOMMU call and no vmemmap state (MMIO has none);
   * hyp: mapped PAGE_HYP_DEVICE. -EPERM if the host PTE is already annotated, -EBUSY if the hyp VA is mapped.
   * As posted, the pfn is not checked to be MMIO.
   */
  hostDonateHypMmio(pfn: number): number {
    if (MemProtect.badPfn(pfn)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    if (phys >= this.hostS2.iaLimit) return -ERRNO.ERANGE; // kvm_pgtable_get_leaf beyond ia_bits
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_donate_hyp_mmio', kind: 'donate', nrPages: 1,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_HYP, addr: phys },
    };
    return this.transition(tx,
      () => {
        const e = this.hostS2.getLeaf(phys);
        if ((e.lo !== 0 || e.hi !== 0) && !kvmPteValid(e.lo)) return -ERRNO.EPERM;
        if (this.hypVaMapped(phys)) return -ERRNO.EBUSY;
        return 0;
      },
      () => {
        this.hypMmio.add(pfn); // pkvm_create_mappings_locked(virt, virt + PAGE_SIZE, PAGE_HYP_DEVICE)
        this.warnOn('kvm_pgtable_stage2_set_owner', this.hostStage2Try(() => this.hostS2.setOwner(phys, PAGE_SIZE, PKVM_ID_HYP)));
        this.hooks.hostAccess?.(phys, phys + PAGE_SIZE, 0);
        this.reportOwner(phys, PAGE_SIZE, PKVM_ID_HYP, 'kvm_pgtable_stage2_set_owner', false);
      });
  }

  /**
   * __pkvm_hyp_donate_host_mmio: unmap at EL2, host PTE back to zero (owner HOST, faulted in RW later). No
   * checks (WARNs only) and always 0; no IOMMU call.
   */
  hypDonateHostMmio(pfn: number): number {
    const phys = pfn * PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_hyp_donate_host_mmio', kind: 'donate', nrPages: 1,
      initiator: { id: PKVM_ID_HYP, addr: phys }, completer: { id: PKVM_ID_HOST, addr: phys },
    };
    return this.transition(tx, () => 0, () => {
      // WARN_ON(kvm_pgtable_hyp_unmap(&pkvm_pgtable, virt, size) != size)
      if (!this.hypMmio.delete(pfn)) throw new OwnershipBugError('__pkvm_hyp_donate_host_mmio: kvm_pgtable_hyp_unmap', `pfn 0x${pfn.toString(16)} not mapped at EL2`);
      this.warnOn('kvm_pgtable_stage2_set_owner', this.hostStage2Try(() => this.hostS2.setOwner(phys, PAGE_SIZE, PKVM_ID_HOST)));
      this.hooks.hostAccess?.(phys, phys + PAGE_SIZE, this.ranges.addrIsMemory(phys) ? PKVM_HOST_MEM_PROT : PKVM_HOST_MMIO_PROT);
      this.reportOwner(phys, PAGE_SIZE, PKVM_ID_HOST, 'kvm_pgtable_stage2_set_owner', false);
    });
  }

  // ---------------------------------------------------------------- host <-> guest (§3.4)

  /** __guest_check_transition_size: one page, or one aligned level-2 block (512 pages); -EINVAL otherwise. */
  private static transitionSize(phys: number, ipa: number, nrPages: number): number {
    if (nrPages === 1) return PAGE_SIZE;
    if (nrPages !== GUEST_BLOCK_SIZE / PAGE_SIZE) return -ERRNO.EINVAL;
    if (phys % GUEST_BLOCK_SIZE !== 0 || ipa % GUEST_BLOCK_SIZE !== 0) return -ERRNO.EINVAL;
    return GUEST_BLOCK_SIZE;
  }

  /** __guest_check_pgtable_memcache (2026 fix): -ENOMEM before any change when the memcache is too small. */
  private static memcacheCheck(vm: GuestVm): number {
    return vm.memcachePages < vm.minCachePages ? -ERRNO.ENOMEM : 0;
  }

  /**
   * __pkvm_host_share_guest (np-guests). host: OWNED -> SHARED_OWNED, or SHARED_OWNED (count > 0) stays;
   * count + 1; guest: NOPAGE -> SHARED_BORROWED with `prot`. Host stage-2 unchanged: the IOMMU keeps DMA access.
   */
  hostShareGuest(pfn: number, gfn: number, nrPages: number, vmHandle: number, prot: number): number {
    const vm = this.vmOf(vmHandle);
    if (vm.protected) return -ERRNO.EINVAL; // handle___pkvm_host_share_guest: protected vCPU
    if (prot & ~KVM_PGTABLE_PROT_RWX) return -ERRNO.EINVAL;
    if (MemProtect.badPfn(pfn) || MemProtect.badPfn(gfn)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const ipa = gfn * PAGE_SIZE;
    const size = MemProtect.transitionSize(phys, ipa, nrPages);
    if (size < 0) return size;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_share_guest', kind: 'share', nrPages,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_GUEST, addr: ipa, vm: vmHandle }, completerProt: prot,
    };
    return this.transition(tx,
      () => {
        let ret = this.ranges.checkRangeAllowedMemory(phys, phys + size);
        if (ret) return ret;
        if (ipa + size > vm.ipaLimit) return -ERRNO.ERANGE; // kvm_pgtable_walk beyond ia_bits
        if (!vm.s2.allInState(ipa, size, PKVM_NOPAGE)) return -ERRNO.EPERM;
        ret = 0;
        this.pages(phys, size, (i) => {
          const st = this.hostState[i];
          if (st === PKVM_PAGE_OWNED) return true;
          if (st === PKVM_PAGE_SHARED_OWNED) {
            if (this.shareGuestCount[i] === HOST_SHARE_GUEST_COUNT_MAX) return (ret = -ERRNO.EBUSY), false;
            if (this.shareGuestCount[i]) return true; // only host to np-guest multi-sharing is tolerated
          }
          return (ret = -ERRNO.EPERM), false;
        });
        return ret || MemProtect.memcacheCheck(vm);
      },
      () => {
        this.pages(phys, size, (i) => {
          this.hostState[i] = PKVM_PAGE_SHARED_OWNED;
          this.shareGuestCount[i]++;
          return true;
        });
        vm.s2.map(ipa, size, phys, prot, PKVM_PAGE_SHARED_BORROWED);
      });
  }

  /**
   * __pkvm_host_unshare_guest. guest: SHARED_BORROWED -> NOPAGE; count - 1; host: SHARED_OWNED -> OWNED when
   * the count reaches 0. -ENOENT (no valid leaf), -E2BIG (leaf size differs), -EPERM (states).
   */
  hostUnshareGuest(gfn: number, nrPages: number, vmHandle: number): number {
    const vm = this.vmOf(vmHandle);
    if (vm.protected) return -ERRNO.EINVAL; // get_np_pkvm_hyp_vm
    if (MemProtect.badPfn(gfn)) return -ERRNO.EINVAL;
    const ipa = gfn * PAGE_SIZE;
    const size = MemProtect.transitionSize(0, ipa, nrPages);
    if (size < 0) return size;
    let phys = 0;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_unshare_guest', kind: 'unshare', nrPages,
      initiator: { id: PKVM_ID_HOST, addr: 0 }, completer: { id: PKVM_ID_GUEST, addr: ipa, vm: vmHandle },
    };
    return this.transition(tx,
      () => {
        // __check_host_shared_guest
        const leaf = vm.s2.getLeaf(ipa);
        if (!leaf.valid) return -ERRNO.ENOENT;
        if (leaf.granule !== size) return -ERRNO.E2BIG;
        if (leaf.state !== PKVM_PAGE_SHARED_BORROWED) return -ERRNO.EPERM;
        phys = leaf.phys;
        const ret = this.ranges.checkRangeAllowedMemory(phys, phys + size);
        if (ret) throw new OwnershipBugError('__check_host_shared_guest: check_range_allowed_memory', `returned ${ret}`);
        let err = 0;
        this.pages(phys, size, (i) => {
          if (this.hostState[i] !== PKVM_PAGE_SHARED_OWNED) return (err = -ERRNO.EPERM), false;
          if (!this.shareGuestCount[i]) throw new OwnershipBugError('__check_host_shared_guest: !host_share_guest_count', 'count is 0');
          return true;
        });
        return err;
      },
      () => {
        vm.s2.unmap(ipa, size);
        this.pages(phys, size, (i) => {
          if (--this.shareGuestCount[i] === 0) this.hostState[i] = PKVM_PAGE_OWNED;
          return true;
        });
      });
  }

  /**
   * __pkvm_host_donate_guest (protected guests). host: OWNED -> NOPAGE (annotated GUEST with {vm, gfn});
   * guest: NOPAGE -> OWNED (RWX). The model routes it through the IOMMU hook (unmap), per PKVM.md §3.4.
   */
  hostDonateGuest(pfn: number, gfn: number, vmHandle: number, nrPages = 1): number {
    const vm = this.vmOf(vmHandle);
    if (!vm.protected) return -ERRNO.EINVAL; // handler: not a protected vCPU
    if (MemProtect.badPfn(pfn) || MemProtect.badPfn(gfn)) return -ERRNO.EINVAL;
    const phys = pfn * PAGE_SIZE;
    const ipa = gfn * PAGE_SIZE;
    const size = MemProtect.transitionSize(phys, ipa, nrPages);
    if (size < 0) return size;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_donate_guest', kind: 'donate', nrPages,
      initiator: { id: PKVM_ID_HOST, addr: phys }, completer: { id: PKVM_ID_GUEST, addr: ipa, vm: vmHandle }, completerProt: KVM_PGTABLE_PROT_RWX,
    };
    return this.transition(tx,
      () => {
        const ret = this.hostCheck(phys, size, PKVM_PAGE_OWNED);
        if (ret) return ret;
        if (ipa + size > vm.ipaLimit) return -ERRNO.ERANGE; // kvm_pgtable_walk beyond ia_bits
        if (!vm.s2.allInState(ipa, size, PKVM_NOPAGE)) return -ERRNO.EPERM;
        return MemProtect.memcacheCheck(vm);
      },
      () => {
        this.warnOn('host_stage2_set_owner_metadata_locked',
          this.hostStage2SetOwnerLocked(phys, size, PKVM_ID_GUEST, { vmHandle: vm.handle, gfn }));
        vm.s2.map(ipa, size, phys, KVM_PGTABLE_PROT_RWX, PKVM_PAGE_OWNED);
      });
  }

  /**
   * __pkvm_host_reclaim_page_guest for a page donated to a protected guest. guest: OWNED -> NOPAGE; the page is
   * poisoned (zeroed); host: NOPAGE -> OWNED through host_stage2_set_owner_locked (IOMMU: map RW).
   * -ENOENT when the IPA has no valid leaf, -EPERM when the guest does not own it.
   */
  hostReclaimPageGuest(gfn: number, vmHandle: number): number {
    const vm = this.vmOf(vmHandle);
    if (MemProtect.badPfn(gfn)) return -ERRNO.EINVAL;
    const ipa = gfn * PAGE_SIZE;
    let phys = 0;
    let size = PAGE_SIZE;
    const tx: PkvmMemTransition = {
      call: '__pkvm_host_reclaim_page_guest', kind: 'reclaim', nrPages: 1,
      initiator: { id: PKVM_ID_HOST, addr: 0 }, completer: { id: PKVM_ID_GUEST, addr: ipa, vm: vmHandle },
    };
    return this.transition(tx,
      () => {
        const leaf = vm.s2.getLeaf(ipa);
        if (!leaf.valid) return -ERRNO.ENOENT;
        if (leaf.state !== PKVM_PAGE_OWNED) return -ERRNO.EPERM;
        size = leaf.granule;
        phys = leaf.phys - (ipa % size);
        if (this.hostCheck(phys, size, PKVM_NOPAGE)) {
          throw new OwnershipBugError('__pkvm_host_reclaim_page_guest: __host_check_page_state_range', 'host state is not NOPAGE');
        }
        return 0;
      },
      () => {
        const gipa = ipa - (ipa % size);
        vm.s2.unmap(gipa, size);
        this.mem.zeroPages(phys, size); // hyp_poison_page
        this.warnOn('host_stage2_set_owner_locked', this.hostStage2SetOwnerLocked(phys, size, PKVM_ID_HOST));
      });
  }

  // ---------------------------------------------------------------- host faults

  /**
   * host_stage2_idmap (handle_host_mem_abort): maps the largest block-mappable empty range around `addr` inside
   * its memblock or gap, memory RWX and MMIO RW. -EAGAIN when already mapped (benign), -EPERM when annotated
   * (a BUG upstream). No IOMMU call: the snapshot already mapped it.
   */
  hostMemAbort(addr: number): number {
    const page = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    if (!(page >= 0) || page >= this.hostS2.iaLimit) return -ERRNO.ERANGE;
    const range = this.ranges.findMemRange(page);
    const prot = range.memblock >= 0 ? PKVM_HOST_MEM_PROT : PKVM_HOST_MMIO_PROT;
    const e = this.hostS2.getLeaf(page);
    if (kvmPteValid(e.lo)) return -ERRNO.EAGAIN;
    if (e.lo !== 0 || e.hi !== 0) return -ERRNO.EPERM;
    // host_stage2_adjust_range: the first level (from the leaf's) whose granule fits in the range
    for (let level = e.level; level <= 3; level++) {
      if (level < 1) continue; // kvm_level_supports_block_mapping
      const g = blockSize(level);
      const s = Math.floor(page / g) * g;
      if (s < range.start || s + g > Math.min(range.end, this.hostS2.iaLimit)) continue;
      return this.hostStage2IdmapLocked(s, g, prot);
    }
    throw new OwnershipBugError('host_stage2_adjust_range', 'no granule fits');
  }
}
