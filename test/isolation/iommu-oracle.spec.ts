/**
 * The isolation oracle against the REAL iommu service over NATS (platforms/small.json): the test plays the
 * hypervisor (InitIommu, SnapshotHostStage2, HostStage2Idmap, EnableDev) and keeps the ownership view the
 * hypervisor would keep; the oracle reads Reachability (a walk of the real descriptors from each STE),
 * IsolationLedger and DmaProbe. The walk and the probe must agree with the oracle, and a deliberately wrong
 * idmap is a violation.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkIsolation, IsolationOracle, type IsolationReport } from '@pkvm/isolation-oracle';
import { pkvm } from '@pkvm/proto';
import { liveSources } from '../../apps/cli/src/commands/check-isolation-sources';
import { IommuFixture, RW_MEM, SMALL } from '../iommu/support/iommu-fixture';
import { sharedNatsUrl } from '../support/nats-server';
import { repoRoot } from '../support/service-process';
import { OwnershipModel, SMALL_MMIO } from './support/small-ownership';

const PAGE = 0x1000;
const S = pkvm.v1.LeafState;

function kinds(r: IsolationReport): string[] {
  return [...new Set(r.findings.map((f) => f.kind))].sort();
}

describe('isolation oracle vs the iommu service (small platform)', () => {
  const f = new IommuFixture();
  const own = new OwnershipModel();
  const idmap = (start: number, end: number, kvmProt: number) =>
    f.call<pkvm.v1.HostStage2IdmapResponse>('IommuEl2Service.HostStage2Idmap', { start, end, kvmProt });
  const check = (opts: { probe?: boolean } = {}) =>
    checkIsolation(liveSources(f.client, { ownership: own.snapshot(), probe: opts.probe }), { probe: { seed: 11, perCategory: 4 } });

  beforeAll(async () => {
    await f.start();
    await f.boot();
    await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 1 });
    await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 8 });
  }, 60_000);
  afterAll(() => f.dispose());

  it('Reachability walks the real descriptors from each enabled STE: host pages only, identity, shared table', async () => {
    const r = await f.call<pkvm.v1.ReachabilityResponse>('IommuDumpService.Reachability', {});
    expect(r.smmus).toEqual([expect.objectContaining({ smmu: 0, smmuen: true, gbpaAbort: true, streamsScanned: 256, streamsAttached: 2, badStes: 0 })]);
    expect(r.streams.map((s) => [s.sid, s.mode, s.identity, Number(s.s2Ttb) === Number(r.idmapPgd)])).toEqual([[1, 'translate', true, true], [8, 'translate', true, true]]);
    expect(r.walkerDisagreements).toBe(0);
    expect(r.streams.map((s) => s.table)).toEqual([0, 0]); // one walked table, shared
    expect(r.tables).toHaveLength(1);
    const ranges = r.tables[0].ranges!.map((x) => [Number(x.iova), Number(x.end), x.read && x.write, x.memAttr]);
    expect(ranges).toContainEqual([SMALL.ram, SMALL.pool, true, 0xf]); // RAM below the carve-out, RW cacheable
    expect(ranges.some(([a, b]) => (a as number) < SMALL_MMIO.smmuEnd && (b as number) > SMALL.smmu)).toBe(false); // SMMU frame absent
    expect(ranges.some(([a, b]) => (a as number) < SMALL.ramEnd && (b as number) > SMALL.pool)).toBe(false); // carve-out absent
    expect(Number(r.tables[0].s2Ttb)).toBe(Number(r.idmapPgd));
  });

  it('a correct model: no finding; walk and probe agree (reachable iff host-owned) and nothing changes', async () => {
    const h0 = await f.hash();
    const info0 = await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    const report = await check();
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary.streams).toBe(2);
    expect(new Set(report.probes.map((p) => p.category))).toEqual(new Set(['host-owned', 'smmu-mmio', 'carve-out', 'iommu-pool']));
    expect(report.probes.every((p) => p.agrees && (p.read.ok && p.write.ok) === p.expectReachable)).toBe(true);
    expect(report.probes.filter((p) => p.sid === 8)).toHaveLength(report.probes.length / 2);
    // Probe semantics: no IOTLB fill, no event record, no event in the log.
    expect(await f.hash()).toBe(h0);
    const info1 = await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    expect(Number(info1.version)).toBe(Number(info0.version));
    expect(info1.smmus[0].iotlbEntries).toBe(info0.smmus[0].iotlbEntries);
    expect(info1.smmus[0].eventsWritten).toBe(info0.smmus[0].eventsWritten);
  });

  it('ownership changes the hypervisor mirrors into the idmap keep the invariant: donate to hyp, to a guest, share', async () => {
    const hypPage = SMALL.ram + 0x12_3000;
    const guestPages = SMALL.ram + 0x40_0000;
    const shared = SMALL.ram + 0x5000;
    expect((await idmap(hypPage, hypPage + PAGE, 0)).ret).toBe(0); // __pkvm_host_donate_hyp
    own.set(hypPage, hypPage + PAGE, 'HYP', 'NOPAGE');
    own.change({ call: '__pkvm_host_donate_hyp', start: hypPage, end: hypPage + PAGE, owner: 'HYP', iommuNotified: true });
    expect((await idmap(guestPages, guestPages + 4 * PAGE, 0)).ret).toBe(0); // __pkvm_host_donate_guest
    own.set(guestPages, guestPages + 4 * PAGE, 'GUEST', 'NOPAGE');
    own.change({ call: '__pkvm_host_donate_guest', start: guestPages, end: guestPages + 4 * PAGE, owner: 'GUEST', iommuNotified: true });
    own.set(shared, shared + PAGE, 'HOST', 'SHARED_OWNED'); // __pkvm_host_share_hyp: no IOMMU change
    const report = await check();
    expect(report.findings).toEqual([]);
    expect(new Set(report.probes.map((p) => p.category))).toEqual(new Set(['host-owned', 'host-shared', 'hyp-donated', 'guest-owned', 'smmu-mmio', 'carve-out', 'iommu-pool']));
    expect(report.probes.every((p) => p.agrees)).toBe(true);
    expect(report.probes.find((p) => p.iova === shared)).toMatchObject({ expectReachable: true, read: { ok: true, pa: shared }, write: { ok: true } });
    expect(report.probes.find((p) => p.iova === hypPage)).toMatchObject({ expectReachable: false, read: { ok: false, reason: 'F_TRANSLATION' } });
  });

  it('a deliberately wrong idmap (HostStage2Idmap maps a carve-out page) is a violation, by the walk and by DMA', async () => {
    const page = SMALL.pool + 0x20_0000; // carve-out, inside the IOMMU pool
    expect((await idmap(page, page + PAGE, RW_MEM)).ret).toBe(0);
    const report = await check();
    expect(report.ok).toBe(false);
    const v = report.findings.filter((x) => x.kind === 'violation');
    expect(v.find((x) => x.source === 'walk')).toMatchObject({ start: page, end: page + PAGE, owner: 'HYP', category: 'iommu-pool', access: 'RW', streams: [{ smmu: 0, sid: 1 }, { smmu: 0, sid: 8 }] });
    // The probe samples the first page of each kind: map the pool's first page too and the DMA reaches it.
    const info = await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    const poolFirst = Number(info.poolBase);
    await idmap(poolFirst, poolFirst + PAGE, RW_MEM);
    const r2 = await check();
    const dma = r2.findings.filter((x) => x.kind === 'violation' && x.source === 'dma');
    expect(dma.map((x) => [x.sid, x.start])).toEqual([[1, poolFirst], [8, poolFirst]]);
    expect(r2.probes.find((p) => p.iova === poolFirst && p.sid === 1)).toMatchObject({ expectReachable: false, read: { ok: true }, agrees: false });
    // Undo: the invariant holds again.
    await idmap(page, page + PAGE, 0);
    await idmap(poolFirst, poolFirst + PAGE, 0);
    expect((await check()).findings).toEqual([]);
  });

  it('the DMA probe sees what the walk cannot: a leaf cleared without TLB invalidation still translates from the IOTLB', async () => {
    const p = SMALL.ram + 0x1000; // host-owned, mapped; becomes the lowest hyp-donated page, so the probe samples it
    await f.call('IommuDmaService.Dma', { smmu: 0, sid: 8, iova: p, length: 8, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_READ }); // fills the IOTLB
    // Find the level-3 descriptor by walking the tables in memory (4 levels from the PGD, ias 48).
    const info = await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    let table = Number(info.idmap!.pgd);
    let desc = 0;
    let saved: Uint8Array = new Uint8Array(8);
    for (let level = 0; level <= 3; level++) {
      desc = table + (Math.floor(p / 2 ** (12 + 9 * (3 - level))) % 512) * 8;
      saved = (await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa: desc, length: 8 })).data;
      const v = Buffer.from(saved).readBigUInt64LE();
      table = Number(v & 0x0000_ffff_ffff_f000n);
    }
    await f.call('IommuMemService.WriteMem', { pa: desc, data: new Uint8Array(8) }); // an unmap that forgot the TLBI
    own.set(p, p + PAGE, 'HYP', 'NOPAGE');
    const report = await check();
    expect(report.findings.filter((x) => x.source === 'walk')).toEqual([]); // the descriptors are right
    expect(report.findings.filter((x) => x.source === 'dma').map((x) => [x.kind, x.sid, x.start])).toEqual([
      ['violation', 1, p], ['probe-mismatch', 1, p], ['violation', 8, p], ['probe-mismatch', 8, p],
    ]);
    expect(report.ok).toBe(false);
    await f.call('IommuMemService.WriteMem', { pa: desc, data: saved });
    own.set(p, p + PAGE, 'HOST', 'OWNED');
    expect((await check()).findings).toEqual([]);
  });

  it('names the design gap: a run-time __pkvm_host_donate_hyp_mmio leaves the page in the identity map', async () => {
    const page = SMALL_MMIO.pcie + 0x3000;
    own.set(page, page + PAGE, 'HYP', 'NOPAGE'); // the hypervisor annotates directly: no IOMMU call at all
    own.change({ call: '__pkvm_host_donate_hyp_mmio', start: page, end: page + PAGE, owner: 'HYP', iommuNotified: false, path: 'kvm_pgtable_stage2_set_owner' });
    const report = await check();
    expect(report.ok).toBe(true);
    expect(kinds(report)).toEqual(['design-gap:mmio-donation-without-idmap-update']);
    const walk = report.findings.find((x) => x.source === 'walk')!;
    expect(walk).toMatchObject({ start: page, end: page + PAGE, category: 'hyp-mmio', call: '__pkvm_host_donate_hyp_mmio', access: 'RW' });
    // The DMA reaches the donated register page (the hyp-mmio kind's only page is probed).
    expect(report.findings.filter((x) => x.source === 'dma').map((x) => x.sid)).toEqual([1, 8]);
  });

  it('the incremental oracle skips the walk while the ledger digest and the ownership are unchanged, and catches a change', async () => {
    const o = new IsolationOracle({ probe: { perCategory: 1 } });
    let walks = 0;
    const base = liveSources(f.client, { ownership: own.snapshot() });
    const src = { ...base, reachability: async () => (walks++, base.reachability()) };
    expect((await o.check(src)).skipped).toBe(false);
    expect((await o.check(src)).skipped).toBe(true);
    expect(walks).toBe(1);
    const page = SMALL.pool + 0x1000; // a wrong idmap step: the ledger digest moves
    await idmap(page, page + PAGE, RW_MEM);
    const bad = await o.check(src);
    expect(bad).toMatchObject({ skipped: false, ok: false });
    expect(walks).toBe(2);
    await idmap(page, page + PAGE, 0);
    expect((await o.check(src)).ok).toBe(true);
    // A DMA read changes nothing the digest covers (only the IOTLB): still skipped.
    await f.call('IommuDmaService.Dma', { smmu: 0, sid: 8, iova: SMALL.ram, length: 4, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_READ });
    expect((await o.check(src)).skipped).toBe(true);
  });

  it('pkvm check isolation --json: exit 0 with no violation, 1 with one, every finding named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvm-iso-'));
    const file = join(dir, 'ownership.json');
    writeFileSync(file, JSON.stringify(own.snapshot()));
    const run = (...args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', f.prefix, 'check', 'isolation', '--ownership', file, ...args], { cwd: repoRoot });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => done({ status, stdout, stderr }));
    });
    try {
      const ok = await run('--json');
      expect(ok.stderr).toContain('check isolation');
      expect(ok.status).toBe(0);
      const out = JSON.parse(ok.stdout);
      expect(out).toMatchObject({ ok: true, failing: 0, iommu: { walkerDisagreements: 0 } });
      expect(out.findings.map((x: { kind: string }) => x.kind)).toContain('design-gap:mmio-donation-without-idmap-update');
      expect((await run('--json', '--strict')).status).toBe(1); // the design gap fails --strict
      const page = SMALL.ramEnd - PAGE;
      await idmap(page, page + PAGE, RW_MEM);
      const bad = await run();
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/^isolation: VIOLATED/);
      expect(bad.stdout).toMatch(/violation\s+smmu0 sid 1 \(\+1 more streams\) \[0x43fff000, 0x44000000\) (iommu-pool|carve-out) HYP\/NOPAGE access=RW via walk/);
      await idmap(page, page + PAGE, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('isolation oracle: pool exhaustion (32-page pool)', () => {
  const f = new IommuFixture();
  const hole = SMALL.ram + 0x100_0000; // 32 MiB donated to the hypervisor at boot: no L3 tables under it
  const own = new OwnershipModel();
  const idmap = (start: number, end: number, kvmProt: number) =>
    f.call<pkvm.v1.HostStage2IdmapResponse>('IommuEl2Service.HostStage2Idmap', { start, end, kvmProt });

  beforeAll(async () => {
    await f.start();
    await f.setGbpaAbort();
    await f.initIommu(SMALL.pool, 32 * PAGE);
    const leaves = [
      { start: SMALL_MMIO.bus, end: SMALL.smmu, state: S.LEAF_STATE_EMPTY, isMemory: false },
      { start: SMALL.smmu, end: SMALL_MMIO.smmuEnd, state: S.LEAF_STATE_ANNOTATED, isMemory: false },
      { start: SMALL_MMIO.smmuEnd, end: SMALL_MMIO.busEnd, state: S.LEAF_STATE_EMPTY, isMemory: false },
      { start: SMALL_MMIO.pcie, end: SMALL_MMIO.pcieEnd, state: S.LEAF_STATE_EMPTY, isMemory: false },
      { start: SMALL.ram, end: hole, state: S.LEAF_STATE_EMPTY, isMemory: true },
      { start: hole, end: hole + 0x200_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
      { start: hole + 0x200_0000, end: SMALL.pool, state: S.LEAF_STATE_EMPTY, isMemory: true },
      { start: SMALL.pool, end: SMALL.ramEnd, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
    ];
    expect(await f.call('IommuEl2Service.SnapshotHostStage2', { leaves })).toMatchObject({ ret: 0, initialized: true });
    own.set(hole, hole + 0x200_0000, 'HYP', 'NOPAGE');
    own.change({ call: '__pkvm_host_donate_hyp', start: hole, end: hole + 0x200_0000, owner: 'HYP', iommuNotified: true, idmapInitialized: false });
    await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 8 });
  }, 60_000);
  afterAll(() => f.dispose());

  it('a host page left unmapped where the pool ran out is unreachable-after-enomem (reported, allowed); elsewhere unreachable', async () => {
    const sources = () => liveSources(f.client, { ownership: own.snapshot() });
    expect((await checkIsolation(sources())).findings).toEqual([]);
    // __pkvm_hyp_donate_host of one page per 2 MiB region: each needs an L3 table until the pool runs out.
    let failedAt = -1;
    for (let i = 0; i < 16; i++) {
      const page = hole + i * 0x20_0000;
      own.set(page, page + PAGE, 'HOST', 'OWNED');
      own.change({ call: '__pkvm_hyp_donate_host', start: page, end: page + PAGE, owner: 'HOST', iommuNotified: true });
      const r = await idmap(page, page + PAGE, RW_MEM);
      if (r.ret !== 0) {
        expect(r.ret).toBe(-12);
        failedAt = page;
        break;
      }
    }
    expect(failedAt).toBeGreaterThan(0);
    const ledger = await f.call<pkvm.v1.IsolationLedgerResponse>('IommuDumpService.IsolationLedger', {});
    expect(ledger.failures.map((x) => [x.call, Number(x.start), Number(x.end), x.ret])).toEqual([['HostStage2Idmap', failedAt, failedAt + PAGE, -12]]);
    const report = await checkIsolation(sources());
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'unreachable-after-enomem', start: failedAt, end: failedAt + PAGE, category: 'host-owned', call: 'HostStage2Idmap', sid: 8 }),
    ]);
    // A host page the hypervisor forgot to map back (no ENOMEM to explain it) is plainly unreachable.
    const lost = SMALL.ram + 0x7000;
    await idmap(lost, lost + PAGE, 0);
    const r2 = await checkIsolation(sources(), { probe: { perCategory: 0 } });
    expect(r2.findings.map((x) => [x.kind, x.start])).toEqual([['unreachable', lost], ['unreachable-after-enomem', failedAt]]);
    // The record is rebuilt from the log: a restarted service reports the same failure and digest.
    const before = await f.call<pkvm.v1.IsolationLedgerResponse>('IommuDumpService.IsolationLedger', {});
    await f.restart('SIGTERM');
    const after = await f.call<pkvm.v1.IsolationLedgerResponse>('IommuDumpService.IsolationLedger', {});
    expect(after).toEqual(before);
    expect((await checkIsolation(sources(), { probe: { perCategory: 0 } })).findings.map((x) => x.kind)).toEqual(['unreachable', 'unreachable-after-enomem']);
  });
});
