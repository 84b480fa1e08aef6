/**
 * Ownership hypercalls after de-privilege (PKVM.md §3, §7 cases 10-15, 17-18), each checked on both sides: the
 * hypervisor's page states (HypervisorDumpService) and the IOMMU identity map in the real iommu service.
 */
import { pkvm } from '@pkvm/proto';
import { HypFixture, pfn } from './support/hyp-fixture';

const RAM = 0x4000_0000;
const RAM_END = 0x4400_0000;
const PCIE_MMIO = 0x1000_0000;
const EPERM = -1;
const ENOENT = -2;
const EBUSY = -16;
const ENODEV = -19;
const EINVAL = -22;

describe('hypervisor: ownership hypercalls and the IOMMU hook (small platform)', () => {
  const f = new HypFixture();
  const page = (n: number) => RAM + 0x10_0000 + n * 0x1000;
  const leaf = async (pa: number) => (await f.ptdump(pa, pa + 0x1000))[0];
  const view = async (pa: number) => (await f.memMap(pa, pa + 0x1000))[0];
  const lastChange = async () => (await f.call<pkvm.v1.OwnerChangesResponse>('HypervisorDumpService.OwnerChanges', { limit: 1 })).changes[0];

  beforeAll(async () => {
    await f.start();
    const r = await f.boot();
    if (r?.x1 !== 0) throw new Error(`boot failed: ${JSON.stringify(r)}`);
    await f.deprivilege();
  }, 60_000);
  afterAll(() => f.dispose());

  it('case 10: __pkvm_host_donate_hyp unmaps the page from the idmap, host NOPAGE, HYP annotation', async () => {
    expect(await leaf(page(0))).toMatchObject({ access: 'RW' });
    expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(page(0)), 1])).toMatchObject({ x0: 0, x1: 0 });
    expect(await view(page(0))).toMatchObject({ owner: 'HYP', hostState: 'NOPAGE', hypState: 'OWNED', hostAccess: 0 });
    expect(await leaf(page(0))).toBeUndefined();
    expect(await lastChange()).toMatchObject({ call: '__pkvm_host_donate_hyp', path: 'host_stage2_set_owner_locked', iommuNotified: true, idmapInitialized: true });
  });

  it('case 11: __pkvm_hyp_donate_host re-creates the idmap leaf RW cacheable; host OWNED', async () => {
    expect(await f.hvc('__pkvm_hyp_donate_host', [pfn(page(0)), 1])).toMatchObject({ x0: 0, x1: 0 });
    expect(await view(page(0))).toMatchObject({ owner: 'HOST', hostState: 'OWNED', hypState: 'NOPAGE' });
    expect(await leaf(page(0))).toMatchObject({ access: 'RW', memType: 'Normal-WB' });
  });

  it('one idmap call per range: a 4-page donation is one HostStage2Idmap call', async () => {
    const before = Number((await f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {})).idmapCalls);
    expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(page(8)), 4])).toMatchObject({ x1: 0 });
    const after = Number((await f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {})).idmapCalls);
    expect(after - before).toBe(1);
    expect(await f.ptdump(page(8), page(12))).toEqual([]);
  });

  it('case 12: __pkvm_host_share_hyp leaves the IOMMU unchanged, OWNED -> SHARED_OWNED; again -EPERM', async () => {
    const ih = await f.iommuHash();
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(page(1))])).toMatchObject({ x0: 0, x1: 0 });
    expect(await view(page(1))).toMatchObject({ hostState: 'SHARED_OWNED', hypState: 'SHARED_BORROWED' });
    expect(await f.iommuHash()).toBe(ih);
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(page(1))])).toMatchObject({ x0: 0, x1: EPERM });
  });

  it('case 13: a vCPU pins its shared host page (hyp_pin_shared_mem): unshare -EBUSY until teardown', async () => {
    const vm = await f.hvc('__pkvm_init_vm', [0xffff0001, 0, 1]);
    expect(vm.x0).toBe(0);
    expect(vm.x1).toBeGreaterThan(0);
    expect(await f.hvc('__pkvm_init_vcpu', [vm.x1, pfn(page(1))])).toMatchObject({ x1: 0, x2: 0 });
    expect(await view(page(1))).toMatchObject({ refcount: 1 });
    expect(await f.hvc('__pkvm_host_unshare_hyp', [pfn(page(1))])).toMatchObject({ x1: EBUSY });
    expect(await f.hvc('__pkvm_teardown_vm', [vm.x1])).toMatchObject({ x1: 0 });
    expect(await f.hvc('__pkvm_host_unshare_hyp', [pfn(page(1))])).toMatchObject({ x1: 0 });
    expect(await view(page(1))).toMatchObject({ hostState: 'OWNED', hypState: 'NOPAGE', refcount: 0 });
    // the twin's pin/unpin hypercalls: a page not shared with EL2 cannot be pinned
    expect(await f.hvc('__pkvm_hyp_pin_shared_mem', [pfn(page(1)), 1])).toMatchObject({ x1: EPERM });
  });

  it('case 14: memory->MMIO crossing -EINVAL, pure MMIO -EPERM; no IOMMU call either way', async () => {
    const ih = await f.iommuHash();
    const hh = await f.hypHash();
    expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(RAM_END - 0x1000), 2])).toMatchObject({ x1: EINVAL });
    expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(PCIE_MMIO), 1])).toMatchObject({ x1: EPERM });
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(PCIE_MMIO)])).toMatchObject({ x1: EPERM });
    expect(await f.iommuHash()).toBe(ih);
    expect(await f.hypHash()).toBe(hh);
  });

  it('case 15: MMIO donation takes no IOMMU hook (faithful gap, recorded); a second donation -EPERM', async () => {
    const ih = await f.iommuHash();
    const mmio = PCIE_MMIO + 0x4000;
    expect(await f.hvc('__pkvm_host_donate_hyp_mmio', [pfn(mmio)])).toMatchObject({ x0: 0, x1: 0 });
    expect(await view(mmio)).toMatchObject({ owner: 'HYP', hostAccess: 0, isMemory: false });
    expect(await lastChange()).toMatchObject({ call: '__pkvm_host_donate_hyp_mmio', path: 'kvm_pgtable_stage2_set_owner', iommuNotified: false });
    expect(await f.iommuHash()).toBe(ih); // the device can still reach the page: the oracle's gap
    expect(await leaf(mmio)).toMatchObject({ access: 'RW' });
    expect(await f.hvc('__pkvm_host_donate_hyp_mmio', [pfn(mmio)])).toMatchObject({ x1: EPERM });
    expect(await f.hvc('__pkvm_hyp_donate_host_mmio', [pfn(mmio)])).toMatchObject({ x1: 0 });
    expect(await view(mmio)).toMatchObject({ owner: 'HOST' });
  });

  it('np-guest share keeps the IOMMU mapping; protected-guest donation unmaps it and reclaim maps it back', async () => {
    await f.hvc('__pkvm_host_share_hyp', [pfn(page(20))]);
    const np = (await f.hvc('__pkvm_init_vm', [0xffff0002, 0, 1])).x1;
    await f.hvc('__pkvm_init_vcpu', [np, pfn(page(20))]);
    expect(await f.hvc('__pkvm_host_share_guest', [pfn(page(21)), 0x100, 1, 7])).toMatchObject({ x1: EINVAL }); // no vCPU loaded
    await f.hvc('__pkvm_vcpu_load', [np, 0, 0]);
    expect(await f.hvc('__pkvm_host_share_guest', [pfn(page(21)), 0x100, 1, 7])).toMatchObject({ x1: 0 });
    expect(await view(page(21))).toMatchObject({ hostState: 'SHARED_OWNED', shareGuestCount: 1 });
    expect(await leaf(page(21))).toMatchObject({ access: 'RW' });
    expect(await f.hvc('__pkvm_host_donate_guest', [pfn(page(22)), 0x101])).toMatchObject({ x1: EINVAL }); // not protected
    await f.hvc('__pkvm_vcpu_put');
    expect(await f.hvc('__pkvm_host_unshare_guest', [np, 0x100, 1])).toMatchObject({ x1: 0 });
    expect(await view(page(21))).toMatchObject({ hostState: 'OWNED', shareGuestCount: 0 });

    await f.hvc('__pkvm_host_share_hyp', [pfn(page(23))]);
    const pv = (await f.hvc('__pkvm_init_vm', [0xffff0003, 1, 1])).x1;
    await f.hvc('__pkvm_init_vcpu', [pv, pfn(page(23))]);
    await f.hvc('__pkvm_vcpu_load', [pv, 0, 0]);
    expect(await f.hvc('__pkvm_host_donate_guest', [pfn(page(24)), 0x200])).toMatchObject({ x1: 0 });
    expect(await view(page(24))).toMatchObject({ owner: 'GUEST', hostState: 'NOPAGE', guestVm: pv });
    expect(await leaf(page(24))).toBeUndefined();
    await f.hvc('__pkvm_vcpu_put');
    expect(await f.hvc('__pkvm_host_reclaim_page_guest', [pv, 0x200])).toMatchObject({ x1: 0 });
    expect(await leaf(page(24))).toMatchObject({ access: 'RW' });
    expect(await f.hvc('__pkvm_host_reclaim_page_guest', [pv, 0x200])).toMatchObject({ x1: ENOENT });
  });

  it('case 18: enable_dev/disable_dev go to the EL2 driver; a bad IOMMU index is -ENODEV', async () => {
    expect(await f.hvc('__pkvm_iommu_enable_dev', [0, 1])).toMatchObject({ x0: 0, x1: 0 });
    const ste = await f.call<pkvm.v1.SteResponse>('IommuDumpService.Ste', { smmu: 0, sid: 1 });
    expect(JSON.stringify(ste)).toMatch(/6|S2/);
    expect(await f.hvc('__pkvm_iommu_enable_dev', [7, 1])).toMatchObject({ x1: ENODEV });
    expect(await f.hvc('__pkvm_iommu_disable_dev', [0, 1])).toMatchObject({ x1: 0 });
  });

  it('malformed arguments give -EINVAL and change nothing (both state hashes unchanged)', async () => {
    const ih = await f.iommuHash();
    const hh = await f.hypHash();
    for (const args of [[-1, 1], [pfn(page(30)), 0], [2 ** 40, 1], [pfn(page(30)), -3]]) {
      expect(await f.rawHvc(0xc6000000 + 35, args)).toMatchObject({ x0: 0, x1: EINVAL }); // __pkvm_host_donate_hyp
    }
    expect(await f.hvc('__pkvm_init_vm', [0, 0, 1])).toMatchObject({ x1: EINVAL });
    expect(await f.hvc('__pkvm_init_vm', [1, 2, 1])).toMatchObject({ x1: EINVAL });
    expect(await f.hvc('__pkvm_hyp_pin_shared_mem', [pfn(page(30)), 0])).toMatchObject({ x1: EINVAL });
    expect(await f.hypHash()).toBe(hh);
    expect(await f.iommuHash()).toBe(ih);
  });

  it('a WARN site is recorded by name and the call goes on (__pkvm_hyp_donate_host_mmio of a page EL2 never mapped)', async () => {
    const mmio = PCIE_MMIO + 0x8000;
    expect(await f.hvc('__pkvm_hyp_donate_host_mmio', [pfn(mmio)])).toMatchObject({ x0: 0, x1: 0 });
    const w = await f.call<pkvm.v1.WarningsResponse>('HypervisorDumpService.Warnings', {});
    expect(w.splats.at(-1)).toMatchObject({ kind: pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_WARN, call: '__pkvm_hyp_donate_host_mmio' });
    expect(w.splats.at(-1)!.site).toMatch(/kvm_pgtable_hyp_unmap/);
  });

  it('a BUG site (hyp_page_ref_dec on an unpinned page) is recorded and stops the service; after restart EL2 is dead', async () => {
    const exited = new Promise<number | null>((done) => f.hyp.child.once('exit', (code) => done(code)));
    await expect(f.client.call('HypService.Hvc', { x0: 0xc6000000 + 42, args: [pfn(page(40)), 1], cpu: 0 }, { timeoutMs: 3000 })).rejects.toThrow();
    expect(await exited).toBe(70);
    await f.restartHyp();
    const w = await f.call<pkvm.v1.WarningsResponse>('HypervisorDumpService.Warnings', {});
    expect(w.splats.some((s) => s.kind === pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_WARN)).toBe(true); // re-derived by replay
    expect(w.splats.at(-1)).toMatchObject({ kind: pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_BUG, site: 'hyp_page_ref_dec', call: '__pkvm_hyp_unpin_shared_mem' });
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(page(41))])).toMatchObject({ x0: -1 });
  }, 60_000);
});
