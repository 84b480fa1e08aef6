import { checkIsolation, checkWalk, IsolationOracle, planProbes, runProbes, type EnomemRecord, type OracleSources } from './index';
import { mapExtra, perfectReach, probeFrom, testOwnership, unmap, V } from './test-views';

const NO_ENOMEM: EnomemRecord = { failures: [] };
const kinds = (fs: { kind: string }[]) => fs.map((f) => f.kind);

describe('checkWalk (constructed views)', () => {
  it('a correct identity map gives no finding, and reaches only host pages', () => {
    const own = testOwnership();
    const r = checkWalk({ ownership: own, reachability: perfectReach(own), enomem: NO_ENOMEM });
    expect(r.findings).toEqual([]);
    expect(Object.keys(r.reachedBytes).sort()).toEqual(['host-owned', 'host-shared']);
    expect(r.reachedBytes['host-shared']).toBe(0x1000);
  });

  it.each([
    ['carve-out', V.carve, 'HYP'],
    ['iommu-pool', V.pool + 0x5000, 'HYP'],
    ['smmu-mmio', V.smmu + 0x1000, 'HYP'],
    ['hyp-donated', V.donated, 'HYP'],
    ['guest-owned', V.guest + 0x1000, 'GUEST'],
  ])('a mapped %s page is a violation on every attached stream', (category, page, owner) => {
    const own = testOwnership();
    const r = checkWalk({ ownership: own, reachability: mapExtra(perfectReach(own), page, page + 0x1000), enomem: NO_ENOMEM });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ kind: 'violation', start: page, end: page + 0x1000, owner, category, access: 'RW', source: 'walk', smmu: 0, sid: 1 });
    expect(r.findings[0].streams).toEqual([{ smmu: 0, sid: 1 }, { smmu: 0, sid: 8 }]);
  });

  it('a host page missing from the identity map is unreachable; inside an ENOMEM failure it is unreachable-after-enomem', () => {
    const own = testOwnership();
    const reach = unmap(perfectReach(own), V.ram + 0x5000, V.ram + 0x7000);
    expect(checkWalk({ ownership: own, reachability: reach, enomem: NO_ENOMEM }).findings).toEqual([
      expect.objectContaining({ kind: 'unreachable', start: V.ram + 0x5000, end: V.ram + 0x7000, category: 'host-owned', access: '' }),
    ]);
    const enomem = { failures: [{ call: 'HostStage2Idmap', start: V.ram + 0x4000, end: V.ram + 0x8000, ret: -12 }] };
    const r = checkWalk({ ownership: own, reachability: reach, enomem });
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'unreachable-after-enomem', start: V.ram + 0x5000, end: V.ram + 0x7000, call: 'HostStage2Idmap' })]);
  });

  it('a shared page (host SHARED_OWNED) must stay reachable', () => {
    const own = testOwnership();
    const r = checkWalk({ ownership: own, reachability: unmap(perfectReach(own), V.shared, V.shared + 0x1000), enomem: NO_ENOMEM });
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'unreachable', category: 'host-shared', hostState: 'SHARED_OWNED' })]);
  });

  it('names the design gap of a run-time __pkvm_host_donate_hyp_mmio of a page the identity map still covers', () => {
    const own = testOwnership();
    const page = V.smmuEnd + 0x10_000; // host MMIO, idmapped at the snapshot
    own.ranges = own.ranges.flatMap((o) => (o.start === V.smmuEnd
      ? [{ ...o, end: page }, { ...o, start: page, end: page + 0x1000, owner: 'HYP', hostState: 'NOPAGE' }, { ...o, start: page + 0x1000 }]
      : [o]));
    own.changes.push({ call: '__pkvm_host_donate_hyp_mmio', start: page, end: page + 0x1000, owner: 'HYP', iommuNotified: false, idmapInitialized: true, path: 'kvm_pgtable_stage2_set_owner' });
    const before = perfectReach(testOwnership()); // the idmap as the snapshot left it: the page still mapped
    const r = checkWalk({ ownership: own, reachability: before, enomem: NO_ENOMEM });
    expect(r.findings).toEqual([
      expect.objectContaining({ kind: 'design-gap:mmio-donation-without-idmap-update', start: page, end: page + 0x1000, category: 'hyp-mmio', call: '__pkvm_host_donate_hyp_mmio', access: 'RW' }),
    ]);
    // The same page mapped with no bypassing change to explain it (e.g. donated before the snapshot) is a violation.
    own.changes[own.changes.length - 1].idmapInitialized = false;
    expect(kinds(checkWalk({ ownership: own, reachability: before, enomem: NO_ENOMEM }).findings)).toEqual(['violation']);
  });

  it('names the return path too: __pkvm_hyp_donate_host_mmio of an SMMU page the idmap never mapped', () => {
    const own = testOwnership();
    own.ranges = own.ranges.map((o) => (o.start === V.smmu ? { ...o, end: V.smmu + 0x1000, owner: 'HOST', hostState: 'OWNED' } : o));
    own.ranges.push({ start: V.smmu + 0x1000, end: V.smmuEnd, owner: 'HYP', hostState: 'NOPAGE', kind: 'mmio' });
    own.changes.push({ call: '__pkvm_hyp_donate_host_mmio', start: V.smmu, end: V.smmu + 0x1000, owner: 'HOST', iommuNotified: false, idmapInitialized: true });
    const r = checkWalk({ ownership: own, reachability: perfectReach(testOwnership()), enomem: NO_ENOMEM });
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'design-gap:mmio-return-without-idmap-update', start: V.smmu, end: V.smmu + 0x1000, access: '' })]);
  });

  it('reports a non-identity translation and a GBPA bypass', () => {
    const own = testOwnership();
    const reach = perfectReach(own, [1]);
    reach.streams[0].ranges.push({ start: 0x8000_0000, end: 0x8000_1000, pa: V.carve, read: true, write: false });
    const r = checkWalk({ ownership: own, reachability: reach, enomem: NO_ENOMEM });
    expect(kinds(r.findings).sort()).toEqual(['non-identity', 'violation']);
    expect(r.findings.find((f) => f.kind === 'violation')).toMatchObject({ start: V.carve, end: V.carve + 0x1000, access: 'R' });
    const bypass = checkWalk({
      ownership: own, enomem: NO_ENOMEM,
      reachability: { streams: [{ smmu: 0, sid: -1, mode: 'gbpa-bypass', identity: false, ranges: [{ start: 0, end: 2 ** 48, pa: 0, read: true, write: true }] }] },
    });
    expect(bypass.findings.map((f) => f.category).sort()).toEqual(['carve-out', 'guest-owned', 'hyp-donated', 'iommu-pool', 'smmu-mmio']);
    expect(new Set(kinds(bypass.findings))).toEqual(new Set(['violation']));
  });

  it('host MMIO is the host\'s by its owner alone (no page state before __pkvm_init): a GBPA bypass then breaks nothing', () => {
    const own = testOwnership();
    own.ranges = own.ranges.map((o) => ({ ...o, owner: 'HOST', hostState: o.kind === 'mmio' ? 'NOPAGE' : 'OWNED' }));
    own.changes = [];
    const bypass = { streams: [{ smmu: 0, sid: -1, mode: 'gbpa-bypass' as const, identity: false, ranges: [{ start: 0, end: 2 ** 48, pa: 0, read: true, write: true }] }] };
    expect(checkWalk({ ownership: own, reachability: bypass, enomem: NO_ENOMEM }).findings).toEqual([]);
  });

  it('does not judge holes, and a non-identity domain need not reach host pages', () => {
    const own = testOwnership();
    const reach = mapExtra(perfectReach(own, [1]), 0x3000_0000, 0x3010_0000); // between MMIO and RAM
    expect(checkWalk({ ownership: own, reachability: reach, enomem: NO_ENOMEM }).findings).toEqual([]);
    const other = { streams: [{ smmu: 0, sid: 3, mode: 'translate' as const, identity: false, ranges: [{ start: V.ram, end: V.ram + 0x1000, pa: V.ram, read: true, write: true }] }] };
    expect(checkWalk({ ownership: own, reachability: other, enomem: NO_ENOMEM }).findings).toEqual([]);
  });
});

describe('DMA probe', () => {
  it('samples the first and last page and every kind, deterministically for a seed', () => {
    const own = testOwnership();
    const plan = planProbes(own, { seed: 7, perCategory: 3 });
    expect(plan).toEqual(planProbes(own, { seed: 7, perCategory: 3 }));
    expect(plan).not.toEqual(planProbes(own, { seed: 8, perCategory: 3 }));
    expect(new Set(plan.map((p) => p.category))).toEqual(new Set(['host-owned', 'host-shared', 'hyp-donated', 'guest-owned', 'carve-out', 'iommu-pool', 'smmu-mmio']));
    expect(plan[0].iova).toBe(V.mmio);
    expect(plan[plan.length - 1].iova).toBe(V.ramEnd - 0x1000);
    expect(plan.every((p) => p.iova % 0x1000 === 0)).toBe(true);
  });

  it('agrees with the walk when the model is right: reachable iff host-owned', async () => {
    const own = testOwnership();
    const reach = perfectReach(own);
    const p = probeFrom(reach);
    const { records, findings } = await runProbes(own, reach, p.fn, { seed: 3 });
    expect(findings).toEqual([]);
    expect(p.calls.map((c) => c.sid)).toEqual([1, 8]);
    expect(records.every((r) => r.agrees)).toBe(true);
    for (const r of records) expect(r.read.ok && r.write.ok).toBe(r.expectReachable);
  });

  it('catches what the walk cannot see: a stale IOTLB entry reaching the carve-out is a violation and a mismatch', async () => {
    const own = testOwnership();
    const reach = perfectReach(own, [8]);
    const r = await runProbes(own, reach, probeFrom(reach, [V.carve]).fn, { seed: 3 });
    expect(kinds(r.findings)).toEqual(['violation', 'probe-mismatch']);
    expect(r.findings[0]).toMatchObject({ source: 'dma', category: 'carve-out', start: V.carve, sid: 8 });
    expect(r.records.find((x) => x.iova === V.carve)).toMatchObject({ agrees: false, expectReachable: false, walkRead: false });
  });

  it('checkIsolation combines the walk and the probe; a design-gap page reached by DMA keeps its name', async () => {
    const own = testOwnership();
    const page = V.smmuEnd;
    own.ranges = own.ranges.flatMap((o) => (o.start === V.smmuEnd ? [{ ...o, end: page + 0x1000, owner: 'HYP', hostState: 'NOPAGE' }, { ...o, start: page + 0x1000 }] : [o]));
    own.changes.push({ call: '__pkvm_host_donate_hyp_mmio', start: page, end: page + 0x1000, owner: 'HYP', iommuNotified: false, idmapInitialized: true });
    const reach = perfectReach(testOwnership(), [1]);
    const report = await checkIsolation({ ownership: () => own, reachability: () => reach, enomem: () => NO_ENOMEM, probe: probeFrom(reach).fn });
    expect(report.ok).toBe(true); // a gap of the posted design, not a violation of the model
    expect(new Set(kinds(report.findings))).toEqual(new Set(['design-gap:mmio-donation-without-idmap-update']));
    expect(report.findings.some((f) => f.source === 'dma')).toBe(true);
    expect(report.summary).toMatchObject({ streams: 1, violations: 0, designGaps: 2 });
  });
});

describe('IsolationOracle (incremental digests)', () => {
  function sources() {
    const own = testOwnership();
    const state = { reach: perfectReach(own), reachCalls: 0, probeCalls: 0 };
    const src: OracleSources = {
      ownership: () => own,
      reachability: () => {
        state.reachCalls++;
        return state.reach;
      },
      enomem: () => NO_ENOMEM,
      probe: async (smmu, sid, iovas) => {
        state.probeCalls++;
        return probeFrom(state.reach).fn(smmu, sid, iovas);
      },
    };
    return { src, state };
  }

  it('skips the walk while both digests are unchanged since the last clean check, and still catches a change', async () => {
    const { src, state } = sources();
    const o = new IsolationOracle({ probe: { perCategory: 2 } });
    const first = await o.check(src);
    expect(first).toMatchObject({ ok: true, skipped: false });
    const again = await o.check(src);
    expect(again).toMatchObject({ ok: true, skipped: true });
    expect(state.reachCalls).toBe(1);
    expect(o).toMatchObject({ fullChecks: 1, skippedChecks: 1 });

    // A wrong idmap call maps a carve-out page: the hook is noted, the next check walks and finds it.
    state.reach = mapExtra(state.reach, V.carve, V.carve + 0x1000);
    o.noteIdmapChange('HostStage2Idmap', V.carve, V.carve + 0x1000, 7);
    const bad = await o.check(src);
    expect(bad).toMatchObject({ ok: false, skipped: false });
    expect(bad.findings.filter((f) => f.kind === 'violation').map((f) => f.source).sort()).toEqual(['dma', 'dma', 'walk']); // the probe: one per stream
    // Not clean: the next check walks again even with the same digests.
    expect((await o.check(src)).skipped).toBe(false);
    expect(state.reachCalls).toBe(3);

    // Ownership changes move the other digest.
    state.reach = perfectReach(testOwnership());
    o.noteIdmapChange('HostStage2Idmap', V.carve, V.carve + 0x1000, 0);
    expect((await o.check(src)).ok).toBe(true);
    expect((await o.check(src)).skipped).toBe(true);
    o.noteOwnerChange({ call: '__pkvm_host_share_hyp', start: V.ram, end: V.ram + 0x1000, owner: 'HOST', hostState: 'SHARED_OWNED' });
    expect((await o.check(src)).skipped).toBe(false);
  });

  it('uses digests from the sources when given (service state hashes)', async () => {
    const { src, state } = sources();
    let h = 'a';
    const o = new IsolationOracle();
    const s2 = { ...src, ownershipDigest: () => 'own', idmapDigest: () => h };
    await o.check(s2);
    expect((await o.check(s2)).skipped).toBe(true);
    h = 'b';
    expect((await o.check(s2)).skipped).toBe(false);
    expect(state.reachCalls).toBe(2);
    expect((await o.check(s2, { force: true })).skipped).toBe(false);
  });
});
