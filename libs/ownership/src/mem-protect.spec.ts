import { ERRNO } from '@pkvm/errno';
import {
  IdentityDomain, IoPgtableArmS2, PGSIZES_4K_GRANULE, PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT, decodeLeaf,
} from '@pkvm/pgtable';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { kvmInvalidPteOwner, kvmPteValid } from './host-stage2';
import { KVM_PGTABLE_PROT_RWX, MemProtect } from './mem-protect';
import { OwnershipBugError } from './ownership-bug-error';
import {
  PKVM_ID_GUEST, PKVM_ID_HOST, PKVM_ID_HYP, PKVM_NOPAGE, PKVM_PAGE_OWNED, PKVM_PAGE_SHARED_BORROWED, PKVM_PAGE_SHARED_OWNED,
} from './page-state';
import {
  CARVEOUT_SIZE, HOST_BASE, LAYOUT, NOMAP_BASE, RAM_BASE, RAM_SIZE, SMMU_BASE, UART_BASE, makeMemProtect, pfnOf,
} from './test-fixtures';
import { IOMMU_HOOK_COVERAGE } from './transition';

const { EPERM, EBUSY, EINVAL, ENOENT, E2BIG, ENOMEM } = ERRNO;

/** Runs `fn` and asserts it returned `want`; a refusal must leave the state hash and the hook logs untouched. */
function expectResult(mp: MemProtect, log: { iommu: unknown[]; access: unknown[]; owners: unknown[] }, want: number, fn: () => number) {
  const before = mp.stateHash();
  const calls = [log.iommu.length, log.access.length, log.owners.length];
  expect(fn()).toBe(want);
  if (want !== 0) {
    expect(mp.stateHash()).toBe(before);
    expect([log.iommu.length, log.access.length, log.owners.length]).toEqual(calls);
  }
}

describe('MemProtect: init (fix_host_ownership)', () => {
  it('gives the carve-out to hyp and leaves the rest of memory to the host', () => {
    const { mp } = makeMemProtect();
    expect(mp.hostStateAt(RAM_BASE)).toBe(PKVM_NOPAGE);
    expect(mp.hypStateAt(RAM_BASE + CARVEOUT_SIZE - 0x1000)).toBe(PKVM_PAGE_OWNED);
    expect(mp.hostS2OwnerAt(RAM_BASE)).toBe(PKVM_ID_HYP);
    expect(mp.hostStateAt(HOST_BASE)).toBe(PKVM_PAGE_OWNED);
    expect(mp.hypStateAt(HOST_BASE)).toBe(PKVM_NOPAGE);
    expect(mp.hostS2OwnerAt(HOST_BASE)).toBe(PKVM_ID_HOST);
  });
});

/**
 * pkvm_ownership_selftest (mem_protect.c, CONFIG_NVHE_EL2_DEBUG), step for step: a page starts owned by hyp,
 * every transition is tried from every state with the kernel's expected result, and the states of host, hyp
 * and two guest IPAs are asserted after each one.
 */
describe('MemProtect: the kernel ownership selftest', () => {
  it('passes every step', () => {
    const { mp, log } = makeMemProtect();
    const phys = HOST_BASE + 0x10_0000;
    const pfn = pfnOf(phys);
    const prot = KVM_PGTABLE_PROT_RWX;
    const vm = mp.createVm({ protected: false });
    const gfn = 2 ** 27; // selftest_ipa(): BIT(ia_bits - 1)
    const ipa = [gfn * 4096, (gfn + 1) * 4096];
    expect(mp.hostDonateHyp(pfn, 1)).toBe(0);
    const st = { host: PKVM_NOPAGE, hyp: PKVM_PAGE_OWNED, guest: [PKVM_NOPAGE, PKVM_NOPAGE] };
    const assertState = () => {
      expect(mp.hostStateAt(phys)).toBe(st.host);
      expect(mp.hypStateAt(phys)).toBe(st.hyp);
      expect(mp.guestStateAt(vm, ipa[0])).toBe(st.guest[0]);
      expect(mp.guestStateAt(vm, ipa[1])).toBe(st.guest[1]);
    };
    const t = (want: number, fn: () => number) => {
      expectResult(mp, log, want, fn);
      assertState();
    };
    assertState();
    t(-EPERM, () => mp.hostDonateHyp(pfn, 1));
    t(-EPERM, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostUnshareHyp(pfn));
    t(-EPERM, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hostUnshareFfa(pfn, 1));
    t(-EPERM, () => mp.hypPinSharedMem(phys, phys + 4096));
    t(-EPERM, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-ENOENT, () => mp.hostUnshareGuest(gfn, 1, vm));

    st.host = PKVM_PAGE_OWNED;
    st.hyp = PKVM_NOPAGE;
    t(0, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hostUnshareHyp(pfn));
    t(-EPERM, () => mp.hostUnshareFfa(pfn, 1));
    t(-ENOENT, () => mp.hostUnshareGuest(gfn, 1, vm));
    t(-EPERM, () => mp.hypPinSharedMem(phys, phys + 4096));

    st.host = PKVM_PAGE_SHARED_OWNED;
    st.hyp = PKVM_PAGE_SHARED_BORROWED;
    t(0, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostDonateHyp(pfn, 1));
    t(-EPERM, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-ENOENT, () => mp.hostUnshareGuest(gfn, 1, vm));

    t(0, () => mp.hypPinSharedMem(phys, phys + 4096));
    t(0, () => mp.hypPinSharedMem(phys, phys + 4096));
    mp.hypUnpinSharedMem(phys, phys + 4096);
    expect(mp.refcountAt(phys)).toBe(1);
    t(-EBUSY, () => mp.hostUnshareHyp(pfn));
    t(-EPERM, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostDonateHyp(pfn, 1));
    t(-EPERM, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-ENOENT, () => mp.hostUnshareGuest(gfn, 1, vm));
    mp.hypUnpinSharedMem(phys, phys + 4096);
    assertState();
    expect(mp.refcountAt(phys)).toBe(0);

    st.host = PKVM_PAGE_OWNED;
    st.hyp = PKVM_NOPAGE;
    t(0, () => mp.hostUnshareHyp(pfn));

    st.host = PKVM_PAGE_SHARED_OWNED;
    t(0, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hostDonateHyp(pfn, 1));
    t(-EPERM, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostUnshareHyp(pfn));
    t(-EPERM, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-ENOENT, () => mp.hostUnshareGuest(gfn, 1, vm));
    t(-EPERM, () => mp.hypPinSharedMem(phys, phys + 4096));

    st.host = PKVM_PAGE_OWNED;
    t(0, () => mp.hostUnshareFfa(pfn, 1));
    t(-EPERM, () => mp.hostUnshareFfa(pfn, 1));

    st.host = PKVM_PAGE_SHARED_OWNED;
    st.guest[0] = PKVM_PAGE_SHARED_BORROWED;
    t(0, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-EPERM, () => mp.hostShareGuest(pfn, gfn, 1, vm, prot));
    t(-EPERM, () => mp.hostShareFfa(pfn, 1));
    t(-EPERM, () => mp.hostDonateHyp(pfn, 1));
    t(-EPERM, () => mp.hostShareHyp(pfn));
    t(-EPERM, () => mp.hostUnshareHyp(pfn));
    t(-EPERM, () => mp.hypDonateHost(pfn, 1));
    t(-EPERM, () => mp.hypPinSharedMem(phys, phys + 4096));

    st.guest[1] = PKVM_PAGE_SHARED_BORROWED;
    t(0, () => mp.hostShareGuest(pfn, gfn + 1, 1, vm, prot));
    expect(mp.hostShareGuestCountAt(phys)).toBe(2);

    st.guest[0] = PKVM_NOPAGE;
    t(0, () => mp.hostUnshareGuest(gfn, 1, vm));
    st.guest[1] = PKVM_NOPAGE;
    st.host = PKVM_PAGE_OWNED;
    t(0, () => mp.hostUnshareGuest(gfn + 1, 1, vm));

    st.host = PKVM_NOPAGE;
    st.hyp = PKVM_PAGE_OWNED;
    t(0, () => mp.hostDonateHyp(pfn, 1));
  });
});

describe('MemProtect: host <-> hyp and the IOMMU hook (PKVM.md §3.3, §3.5, §7)', () => {
  it('case 10: donate_hyp annotates the host PTE HYP and calls the hook once with prot 0', () => {
    const { mp, log } = makeMemProtect();
    const pa = HOST_BASE + 0x5000;
    expect(mp.hostDonateHyp(pfnOf(pa), 1)).toBe(0);
    expect(mp.hostStateAt(pa)).toBe(PKVM_NOPAGE);
    expect(mp.hypStateAt(pa)).toBe(PKVM_PAGE_OWNED);
    const e = mp.hostS2.getLeaf(pa);
    expect(kvmPteValid(e.lo)).toBe(false);
    expect(kvmInvalidPteOwner(e.lo)).toBe(PKVM_ID_HYP);
    expect(log.iommu).toEqual([[pa, pa + 4096, 0]]);
    expect(log.access).toEqual([[pa, pa + 4096, 0]]);
    expect(log.owners).toEqual([{ call: '__pkvm_host_donate_hyp', start: pa, end: pa + 4096, owner: PKVM_ID_HYP, path: 'host_stage2_set_owner_locked', iommuNotified: true }]);
    expect(mp.hostAccessAt(pa)).toBe(0);
  });

  it('case 11: hyp_donate_host gives the page back with one RW hook call', () => {
    const { mp, log, clear } = makeMemProtect();
    const pa = HOST_BASE + 0x5000;
    mp.hostDonateHyp(pfnOf(pa), 3);
    expect(log.iommu).toEqual([[pa, pa + 3 * 4096, 0]]); // one call per range, not per page
    clear();
    expect(mp.hypDonateHost(pfnOf(pa), 3)).toBe(0);
    expect(log.iommu).toEqual([[pa, pa + 3 * 4096, PKVM_HOST_MEM_PROT]]);
    expect(log.access).toEqual([[pa, pa + 3 * 4096, PKVM_HOST_MEM_PROT]]);
    expect(mp.hostStateAt(pa + 0x2000)).toBe(PKVM_PAGE_OWNED);
    expect(mp.hostS2.getLeaf(pa).lo).toBe(0); // zero PTE: faulted in RWX on the next access
    expect(mp.hostAccessAt(pa)).toBe(PKVM_HOST_MEM_PROT);
  });

  it('cases 8, 10, 11 end to end: the snapshot and the hook drive a real identity domain', () => {
    const mem = new PhysicalMemory({ ram: LAYOUT.ram, mmio: LAYOUT.mmio });
    const hostS2Pool = new PagePool(mem, { base: RAM_BASE, size: 0x10_0000 });
    const iommuPool = new PagePool(mem, { base: RAM_BASE + 0x10_0000, size: 0x10_0000 });
    const idmap = new IdentityDomain(new IoPgtableArmS2(mem, iommuPool, { ias: 40, oas: 40, pgsizeBitmap: PGSIZES_4K_GRANULE }));
    const mp = new MemProtect({
      layout: LAYOUT, mem, hostS2Pool, ipaBits: 40,
      hooks: { iommuIdmap: (s, e, p) => expect(idmap.hostStage2Changed(s, e, p)).toBe(0) },
    });
    expect(mp.fixHostOwnership(RAM_BASE, CARVEOUT_SIZE)).toBe(0); // hook ignored: idmap not initialised yet
    expect(mp.hostDonateHypMmio(pfnOf(SMMU_BASE))).toBe(0);
    expect(idmap.snapshot(mp.snapshotLeaves().filter((l) => l.end <= 2 ** 32))).toBe(0);
    expect(idmap.initialized).toBe(true);
    const pt = idmap.pgtable;
    const leafAt = (iova: number) => {
      const found: { lo: number; hi: number }[] = [];
      pt.forEachLeaf((_i, _l, lo, hi) => found.push({ lo, hi }), undefined, iova, iova + 1);
      return decodeLeaf(found[0].lo, found[0].hi);
    };
    expect(pt.iovaToPhys(RAM_BASE + 0x1000)).toBe(0); // carve-out (and both pools) absent
    expect(pt.iovaToPhys(SMMU_BASE)).toBe(0); // donated SMMU MMIO absent
    expect(pt.iovaToPhys(SMMU_BASE + 0x1000)).toBe(SMMU_BASE + 0x1000);
    expect(leafAt(SMMU_BASE + 0x1000).memAttr).toBe(0x1); // non-memory: RW, MMIO
    const pa = HOST_BASE + 0x7000;
    expect(leafAt(pa)).toMatchObject({ memAttr: 0xf, access: 'RW', af: true });
    expect(mp.hostDonateHyp(pfnOf(pa), 1)).toBe(0);
    expect(pt.iovaToPhys(pa)).toBe(0);
    expect(pt.iovaToPhys(pa + 0x1000)).toBe(pa + 0x1000);
    expect(mp.hypDonateHost(pfnOf(pa), 1)).toBe(0);
    expect(pt.iovaToPhys(pa)).toBe(pa);
    expect(leafAt(pa)).toMatchObject({ memAttr: 0xf, access: 'RW', shareability: 'IS' });
  });

  it('case 12: share_hyp makes no IOMMU call and a second share gives -EPERM', () => {
    const { mp, log } = makeMemProtect();
    const pfn = pfnOf(HOST_BASE);
    const before = mp.hostS2.getLeaf(HOST_BASE);
    expect(mp.hostShareHyp(pfn)).toBe(0);
    expect(mp.hostStateAt(HOST_BASE)).toBe(PKVM_PAGE_SHARED_OWNED);
    expect(mp.hypStateAt(HOST_BASE)).toBe(PKVM_PAGE_SHARED_BORROWED);
    expect(mp.hostS2.getLeaf(HOST_BASE)).toEqual(before);
    expect(log.iommu).toEqual([]);
    expect(log.owners).toEqual([]);
    expectResult(mp, log, -EPERM, () => mp.hostShareHyp(pfn));
  });

  it('case 13: a pinned page cannot be unshared (-EBUSY) until unpinned', () => {
    const { mp, log } = makeMemProtect();
    const pa = HOST_BASE + 0x3000;
    expect(mp.hostShareHyp(pfnOf(pa))).toBe(0);
    expect(mp.hypPinSharedMem(pa + 8, pa + 16)).toBe(0);
    expect(mp.hypVaMapped(pa)).toBe(true);
    expectResult(mp, log, -EBUSY, () => mp.hostUnshareHyp(pfnOf(pa)));
    mp.hypUnpinSharedMem(pa + 8, pa + 16);
    expect(mp.hypVaMapped(pa)).toBe(false);
    expect(mp.hostUnshareHyp(pfnOf(pa))).toBe(0);
    expect(mp.hostStateAt(pa)).toBe(PKVM_PAGE_OWNED);
    expect(log.iommu).toEqual([]);
  });

  it('pin fails with -EPERM on any page of the range not shared, and changes nothing', () => {
    const { mp, log } = makeMemProtect();
    expect(mp.hostShareHyp(pfnOf(HOST_BASE))).toBe(0);
    expectResult(mp, log, -EPERM, () => mp.hypPinSharedMem(HOST_BASE, HOST_BASE + 0x2000));
    expect(mp.refcountAt(HOST_BASE)).toBe(0);
  });

  it('case 14: ranges crossing spans give -EINVAL; MMIO and NOMAP give -EPERM; none calls the hook', () => {
    const { mp, log } = makeMemProtect();
    const vm = mp.createVm({ protected: false });
    const pvm = mp.createVm({ protected: true });
    const lastPfn = pfnOf(RAM_BASE + RAM_SIZE - 0x1000);
    for (const [want, fn] of [
      [-EINVAL, () => mp.hostDonateHyp(lastPfn, 2)],
      [-EINVAL, () => mp.hostShareFfa(lastPfn, 2)],
      [-EPERM, () => mp.hostDonateHyp(pfnOf(SMMU_BASE), 1)],
      [-EPERM, () => mp.hostShareHyp(pfnOf(UART_BASE))],
      [-EPERM, () => mp.hostDonateHyp(pfnOf(NOMAP_BASE), 1)],
      [-EPERM, () => mp.hostShareHyp(pfnOf(NOMAP_BASE))],
      [-EINVAL, () => mp.hostDonateHyp(pfnOf(RAM_BASE - 0x1000), 2)],
      [-EPERM, () => mp.hostShareGuest(pfnOf(NOMAP_BASE), 0, 1, vm, 7)],
      [-EPERM, () => mp.hostDonateGuest(pfnOf(NOMAP_BASE), 0, pvm)],
      [-EPERM, () => mp.hostDonateGuest(pfnOf(RAM_BASE - 0x1000), 0, pvm)],
      [-EPERM, () => mp.hostShareGuest(pfnOf(SMMU_BASE), 0, 1, vm, 7)],
      [-EPERM, () => mp.hostStage2SetOwnerLocked(SMMU_BASE, 0x1000, PKVM_ID_HYP)],
      [-EPERM, () => mp.hostStage2SetOwnerLocked(RAM_BASE + RAM_SIZE - 0x1000, 0x2000, PKVM_ID_HYP)],
    ] as [number, () => number][]) {
      expectResult(mp, log, want, fn);
    }
    expect(log.iommu).toEqual([]);
  });

  it('case 26: a page shared with hyp cannot be donated (-EPERM)', () => {
    const { mp, log } = makeMemProtect();
    mp.hostShareHyp(pfnOf(HOST_BASE));
    mp.hypPinSharedMem(HOST_BASE, HOST_BASE + 4096);
    expectResult(mp, log, -EPERM, () => mp.hostDonateHyp(pfnOf(HOST_BASE), 1));
  });

  it('donation of a multi-page range is all-or-nothing', () => {
    const { mp, log } = makeMemProtect();
    mp.hostShareFfa(pfnOf(HOST_BASE + 0x3000), 1);
    expectResult(mp, log, -EPERM, () => mp.hostDonateHyp(pfnOf(HOST_BASE), 8));
    expect(mp.hostStateAt(HOST_BASE)).toBe(PKVM_PAGE_OWNED);
  });
});

describe('MemProtect: MMIO donation (SMMUv3 series patch 02, §7 cases 15 and 27)', () => {
  it('donates an SMMU page without any IOMMU call, and reports the gap as data', () => {
    const { mp, log } = makeMemProtect();
    expect(mp.hostDonateHypMmio(pfnOf(SMMU_BASE))).toBe(0);
    expect(log.iommu).toEqual([]);
    expect(log.access).toEqual([[SMMU_BASE, SMMU_BASE + 4096, 0]]);
    expect(log.owners).toEqual([{ call: '__pkvm_host_donate_hyp_mmio', start: SMMU_BASE, end: SMMU_BASE + 4096, owner: PKVM_ID_HYP, path: 'kvm_pgtable_stage2_set_owner', iommuNotified: false }]);
    expect(IOMMU_HOOK_COVERAGE.__pkvm_host_donate_hyp_mmio).toBe(false);
    expect(mp.hostS2OwnerAt(SMMU_BASE)).toBe(PKVM_ID_HYP);
    expect(mp.hostAccessAt(SMMU_BASE)).toBe(0); // a host access now faults at stage 2
    expect(mp.hostMemAbort(SMMU_BASE)).toBe(-EPERM);
    expect(mp.hypVaMapped(SMMU_BASE)).toBe(true);
  });

  it('case 15: an annotated page gives -EPERM, a mapped hyp VA -EBUSY', () => {
    const { mp, log } = makeMemProtect();
    mp.hostDonateHypMmio(pfnOf(SMMU_BASE));
    expectResult(mp, log, -EPERM, () => mp.hostDonateHypMmio(pfnOf(SMMU_BASE)));
    expectResult(mp, log, -EPERM, () => mp.hostDonateHypMmio(pfnOf(RAM_BASE))); // carve-out: annotated HYP
    // A memory page shared with and pinned by hyp has its hyp VA mapped (the posted code does not check for MMIO).
    mp.hostShareHyp(pfnOf(HOST_BASE));
    mp.hypPinSharedMem(HOST_BASE, HOST_BASE + 4096);
    expectResult(mp, log, -EBUSY, () => mp.hostDonateHypMmio(pfnOf(HOST_BASE)));
  });

  it('accepts a valid (faulted-in) host PTE', () => {
    const { mp } = makeMemProtect();
    expect(mp.hostMemAbort(SMMU_BASE + 0x1000)).toBe(0);
    expect(mp.hostMemAbort(SMMU_BASE + 0x1000)).toBe(-ERRNO.EAGAIN);
    expect(mp.hostDonateHypMmio(pfnOf(SMMU_BASE + 0x1000))).toBe(0);
  });

  it('case 27: pages go back to the host in reverse order, always 0, never through the IOMMU', () => {
    const { mp, log, clear } = makeMemProtect();
    const pages = [0, 1, 2, 3].map((i) => SMMU_BASE + i * 4096);
    for (const p of pages) expect(mp.hostDonateHypMmio(pfnOf(p))).toBe(0);
    clear();
    for (const p of [...pages].reverse()) expect(mp.hypDonateHostMmio(pfnOf(p))).toBe(0);
    expect(log.iommu).toEqual([]);
    expect(log.owners.map((c) => [c.start, c.owner, c.iommuNotified])).toEqual([...pages].reverse().map((p) => [p, PKVM_ID_HOST, false]));
    expect(log.access.map((a) => a[2])).toEqual([PKVM_HOST_MMIO_PROT, PKVM_HOST_MMIO_PROT, PKVM_HOST_MMIO_PROT, PKVM_HOST_MMIO_PROT]);
    for (const p of pages) {
      expect(mp.hostS2.getLeaf(p).lo).toBe(0);
      expect(mp.hostAccessAt(p)).toBe(PKVM_HOST_MMIO_PROT);
      expect(mp.hypVaMapped(p)).toBe(false);
    }
  });

  it('WARNs (OwnershipBugError) when giving back an MMIO page EL2 never mapped', () => {
    const { mp } = makeMemProtect();
    expect(() => mp.hypDonateHostMmio(pfnOf(UART_BASE))).toThrow(OwnershipBugError);
  });
});

describe('MemProtect: host <-> guest (§3.4)', () => {
  it('shares with several np-guests and counts the shares; the host stage-2 never changes', () => {
    const { mp, log } = makeMemProtect();
    const a = mp.createVm({ protected: false });
    const b = mp.createVm({ protected: false });
    const pfn = pfnOf(HOST_BASE);
    const s2 = mp.hostS2.getLeaf(HOST_BASE);
    expect(mp.hostShareGuest(pfn, 0x100, 1, a, 7)).toBe(0);
    expect(mp.hostShareGuest(pfn, 0x200, 1, b, 5)).toBe(0);
    expect(mp.hostShareGuestCountAt(HOST_BASE)).toBe(2);
    expect(mp.guestStage2(b).getLeaf(0x200 * 4096)).toMatchObject({ valid: true, state: PKVM_PAGE_SHARED_BORROWED, phys: HOST_BASE, prot: 5 });
    expect(mp.hostS2.getLeaf(HOST_BASE)).toEqual(s2);
    expect(log.iommu).toEqual([]);
    expect(mp.hostUnshareGuest(0x100, 1, a)).toBe(0);
    expect(mp.hostStateAt(HOST_BASE)).toBe(PKVM_PAGE_SHARED_OWNED);
    expect(mp.hostUnshareGuest(0x200, 1, b)).toBe(0);
    expect(mp.hostStateAt(HOST_BASE)).toBe(PKVM_PAGE_OWNED);
  });

  it('refuses with the kernel errnos and changes nothing', () => {
    const { mp, log } = makeMemProtect();
    const vm = mp.createVm({ protected: false });
    const pvm = mp.createVm({ protected: true });
    const pfn = pfnOf(HOST_BASE);
    expect(mp.hostShareGuest(pfn, 0x100, 1, vm, 7)).toBe(0);
    expectResult(mp, log, -EINVAL, () => mp.hostShareGuest(pfn, 0x101, 1, vm, 8)); // prot outside RWX
    expectResult(mp, log, -EINVAL, () => mp.hostShareGuest(pfn, 0x101, 2, vm, 7)); // neither a page nor a block
    expectResult(mp, log, -EINVAL, () => mp.hostShareGuest(pfn + 1, 0x200, 512, vm, 7)); // misaligned block
    expectResult(mp, log, -EPERM, () => mp.hostShareGuest(pfn + 1, 0x100, 1, vm, 7)); // IPA not NOPAGE
    expectResult(mp, log, -EINVAL, () => mp.hostShareGuest(pfn, 0x300, 1, pvm, 7)); // protected VM
    mp.hostDonateHyp(pfn + 2, 1);
    expectResult(mp, log, -EPERM, () => mp.hostShareGuest(pfn + 2, 0x300, 1, vm, 7)); // host NOPAGE
    mp.hostShareFfa(pfn + 3, 1);
    expectResult(mp, log, -EPERM, () => mp.hostShareGuest(pfn + 3, 0x300, 1, vm, 7)); // SHARED_OWNED, count 0
    mp.setMemcachePages(vm, 1);
    expectResult(mp, log, -ENOMEM, () => mp.hostShareGuest(pfn + 4, 0x300, 1, vm, 7));
    mp.setMemcachePages(vm, 16);
    expectResult(mp, log, -ENOENT, () => mp.hostUnshareGuest(0x300, 1, vm));
    expectResult(mp, log, -ENOENT, () => mp.hostUnshareGuest(0x200, 512, vm));
    expectResult(mp, log, -EINVAL, () => mp.hostUnshareGuest(0x201, 512, vm)); // misaligned block IPA
    expectResult(mp, log, -EINVAL, () => mp.hostUnshareGuest(0x100, 1, pvm)); // not an np-guest
    mp.hostDonateGuest(pfn + 5, 0x100, pvm);
    expectResult(mp, log, -EPERM, () => mp.hostShareGuest(pfn + 5, 0x500, 1, vm, 7)); // donated
  });

  it('unshare of a block needs the block size (-E2BIG otherwise)', () => {
    const { mp, log } = makeMemProtect();
    const vm = mp.createVm({ protected: false });
    const pfn = pfnOf(HOST_BASE); // 2 MiB aligned
    expect(mp.hostShareGuest(pfn, 0x400, 512, vm, 7)).toBe(0);
    expect(mp.hostStateAt(HOST_BASE + 0x1f_f000)).toBe(PKVM_PAGE_SHARED_OWNED);
    expectResult(mp, log, -E2BIG, () => mp.hostUnshareGuest(0x400, 1, vm));
    expect(mp.hostUnshareGuest(0x400, 512, vm)).toBe(0);
    expect(mp.hostStateAt(HOST_BASE + 0x1f_f000)).toBe(PKVM_PAGE_OWNED);
  });

  it('gives -EBUSY when the share count would overflow u32', () => {
    const { mp, log } = makeMemProtect();
    const vm = mp.createVm({ protected: false });
    expect(mp.hostShareGuest(pfnOf(HOST_BASE), 0x100, 1, vm, 7)).toBe(0);
    const counts = (mp as unknown as { shareGuestCount: Uint32Array }).shareGuestCount;
    counts[mp.ranges.pageIndex(HOST_BASE)] = 0xffffffff;
    expectResult(mp, log, -EBUSY, () => mp.hostShareGuest(pfnOf(HOST_BASE), 0x101, 1, vm, 7));
  });

  it('donates to a protected guest with an owner-GUEST annotation and an IOMMU unmap; reclaim reverses it', () => {
    const { mp, mem, log, clear } = makeMemProtect();
    const pvm = mp.createVm({ protected: true });
    const pa = HOST_BASE + 0x9000;
    mem.write32(pa, 0xdeadbeef);
    expect(mp.hostDonateGuest(pfnOf(pa), 0x42, pvm)).toBe(0);
    expect(mp.hostStateAt(pa)).toBe(PKVM_NOPAGE);
    expect(mp.hostS2OwnerAt(pa)).toBe(PKVM_ID_GUEST);
    expect(mp.hostS2DonationAt(pa)).toEqual({ vmHandle: pvm, gfn: 0x42 });
    expect(mp.guestStateAt(pvm, 0x42 * 4096)).toBe(PKVM_PAGE_OWNED);
    expect(log.iommu).toEqual([[pa, pa + 4096, 0]]);
    expect(log.owners[0]).toMatchObject({ path: 'host_stage2_set_owner_metadata_locked', iommuNotified: true });
    expectResult(mp, log, -EPERM, () => mp.hostDonateGuest(pfnOf(pa), 0x43, pvm));
    expectResult(mp, log, -EPERM, () => mp.hostDonateGuest(pfnOf(pa) + 1, 0x42, pvm));
    const npvm = mp.createVm({ protected: false });
    expectResult(mp, log, -EINVAL, () => mp.hostDonateGuest(pfnOf(pa) + 1, 0x50, npvm));
    expectResult(mp, log, -EPERM, () => mp.hypDonateHost(pfnOf(pa), 1));
    mp.setMemcachePages(pvm, 0);
    expectResult(mp, log, -ENOMEM, () => mp.hostDonateGuest(pfnOf(pa) + 1, 0x50, pvm));
    clear();
    expect(mp.hostReclaimPageGuest(0x42, pvm)).toBe(0);
    expect(mp.hostStateAt(pa)).toBe(PKVM_PAGE_OWNED);
    expect(mp.guestStateAt(pvm, 0x42 * 4096)).toBe(PKVM_NOPAGE);
    expect(mem.read32(pa)).toBe(0); // poisoned
    expect(log.iommu).toEqual([[pa, pa + 4096, PKVM_HOST_MEM_PROT]]);
    expectResult(mp, log, -ENOENT, () => mp.hostReclaimPageGuest(0x42, pvm));
  });

  it('reclaim refuses a shared (not owned) guest page with -EPERM', () => {
    const { mp, log } = makeMemProtect();
    const vm = mp.createVm({ protected: false });
    mp.hostShareGuest(pfnOf(HOST_BASE), 0x10, 1, vm, 7);
    expectResult(mp, log, -EPERM, () => mp.hostReclaimPageGuest(0x10, vm));
  });
});

describe('MemProtect: host stage-2 faults, recycling and bugs', () => {
  it('faults memory in as the largest block inside the memblock and breaks it on donation', () => {
    const { mp } = makeMemProtect();
    const pa = HOST_BASE + 0x20_0000 + 0x5000;
    expect(mp.hostMemAbort(pa)).toBe(0);
    const e = mp.hostS2.getLeaf(pa);
    expect([e.level, kvmPteValid(e.lo), e.addr]).toEqual([2, true, HOST_BASE + 0x20_0000]);
    expect(mp.hostMemAbort(pa)).toBe(-ERRNO.EAGAIN);
    expect(mp.hostMemAbort(RAM_BASE)).toBe(-EPERM); // carve-out
    expect(mp.hostDonateHyp(pfnOf(pa), 1)).toBe(0);
    expect(mp.hostS2.getLeaf(pa).level).toBe(3);
    expect(mp.hostS2.getLeaf(pa + 0x1000).lo).toBe(0); // rest of the block dropped, refaulted lazily
    expect(mp.hostMemAbort(pa + 0x1000)).toBe(0);
    expect(mp.hostS2.getLeaf(pa + 0x1000).level).toBe(3);
  });

  it('recycles MMIO mappings when the host_s2 pool runs dry (host_stage2_try)', () => {
    // A 1 MiB memblock at 1 GiB leaves an unaligned gap, so faulting in 0x4010_0000 costs an L2 and an L3 table.
    const ram = [{ base: 0x4000_0000, size: 0x10_0000 }, { base: RAM_BASE, size: RAM_SIZE }];
    const mem = new PhysicalMemory({ ram });
    const pool = new PagePool(mem, { base: RAM_BASE, size: 8 * 4096 });
    const mp = new MemProtect({ layout: { ram }, mem, hostS2Pool: pool, ipaBits: 40 });
    expect(mp.hostMemAbort(0x4010_0000)).toBe(0);
    expect(mp.hostS2.getLeaf(0x4010_0000).level).toBe(3);
    while (pool.freeCount > 0) pool.donate(0);
    expect(mp.hostDonateHyp(pfnOf(HOST_BASE), 1)).toBe(0); // -ENOMEM, unmap_dev_all frees 2 tables, retry
    expect(mp.hostS2.getLeaf(0x4010_0000).lo).toBe(0);
    expect(mp.hostS2OwnerAt(HOST_BASE)).toBe(PKVM_ID_HYP);
  });

  it('a failure after a passed check is a loud OwnershipBugError (annotated MMIO blocks recycling)', () => {
    const { mp, pool } = makeMemProtect({ poolPages: 8, carveout: false });
    expect(mp.hostDonateHypMmio(pfnOf(UART_BASE))).toBe(0);
    while (pool.freeCount > 0) pool.donate(0);
    let err: unknown;
    try {
      mp.hostDonateHyp(pfnOf(HOST_BASE), 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OwnershipBugError);
    expect((err as OwnershipBugError).site).toBe('__pkvm_host_donate_hyp: host_stage2_set_owner_locked');
  });

  it('unpinning a page that is not pinned BUGs and changes nothing', () => {
    const { mp } = makeMemProtect();
    mp.hostShareHyp(pfnOf(HOST_BASE));
    mp.hypPinSharedMem(HOST_BASE, HOST_BASE + 4096);
    const h = mp.stateHash();
    expect(() => mp.hypUnpinSharedMem(HOST_BASE, HOST_BASE + 0x2000)).toThrow(OwnershipBugError);
    expect(mp.stateHash()).toBe(h);
  });

  it('reports each transition as a value with its result', () => {
    const { mem, pool } = makeMemProtect({ carveout: false });
    const seen: [string, string, number, number][] = [];
    const mp = new MemProtect({ layout: LAYOUT, mem, hostS2Pool: pool, ipaBits: 40, hooks: { transition: (tx, ret) => seen.push([tx.call, tx.kind, tx.nrPages, ret]) } });
    mp.hostDonateHyp(pfnOf(HOST_BASE), 2);
    mp.hostDonateHyp(pfnOf(HOST_BASE), 2);
    expect(seen).toEqual([['__pkvm_host_donate_hyp', 'donate', 2, 0], ['__pkvm_host_donate_hyp', 'donate', 2, -EPERM]]);
  });

  it('scales to 64 GiB of memory (typed arrays, 16M pages)', () => {
    const ram = [{ base: 0x8_0000_0000, size: 64 * 2 ** 30 }];
    const mem = new PhysicalMemory({ ram });
    const mp = new MemProtect({ layout: { ram }, mem, hostS2Pool: new PagePool(mem, { base: 0x8_0000_0000, size: 0x40_0000 }), ipaBits: 44 });
    const top = 0x8_0000_0000 + 64 * 2 ** 30 - 0x1000;
    expect(mp.hostDonateHyp(pfnOf(top), 1)).toBe(0);
    expect(mp.hostStateAt(top)).toBe(PKVM_NOPAGE);
    expect(mp.stateHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stateHash tracks every array', () => {
    const { mp } = makeMemProtect();
    const h0 = mp.stateHash();
    mp.hostShareFfa(pfnOf(HOST_BASE), 1);
    const h1 = mp.stateHash();
    expect(h1).not.toBe(h0);
    mp.hostUnshareFfa(pfnOf(HOST_BASE), 1);
    expect(mp.stateHash()).toBe(h0);
  });
});
