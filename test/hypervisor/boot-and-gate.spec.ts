/**
 * __pkvm_init in the kernel's order (PKVM.md §2.2, §7 case 7), the snapshot it takes (case 8, seen through the
 * real iommu service) and the privilege gate after de-privilege (case 19), over the real NATS with apps/iommu and
 * apps/hypervisor as processes on platforms/small.json.
 */
import { functionId, HYPERCALLS, PKVM_PROT_FINALIZE_INDEX } from '@pkvm/hypercalls';
import { pkvm } from '@pkvm/proto';
import { HypFixture, pfn } from './support/hyp-fixture';

const RAM = 0x4000_0000;
const SMMU = 0x0905_0000;
const PCIE_MMIO = 0x1000_0000;

describe('hypervisor: __pkvm_init, snapshot, de-privilege (small platform)', () => {
  const f = new HypFixture();

  beforeAll(() => f.start(), 60_000);
  afterAll(() => f.dispose());

  it('refuses the later calls before __pkvm_init, and unknown function ids always', async () => {
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(RAM)])).toMatchObject({ x0: -1 });
    expect(await f.rawHvc(0xc6000000 + 4000, [])).toMatchObject({ x0: -1 });
    expect(await f.rawHvc(0x84000000, [])).toMatchObject({ x0: -1 }); // not a vendor-hyp call
    expect(await f.hvc('__kvm_hyp_init')).toMatchObject({ x0: -1 }); // unset slot in host_hcall[]
  });

  it('case 7: __pkvm_init runs the EL2 steps in order, kvm_iommu_init after fix_host_ownership and before hyp_ffa_init', async () => {
    const r = await f.boot();
    expect(r).toEqual({ x0: 0, x1: 0, x2: 0, x3: 0 });
    const h = await f.history();
    expect(h.result).toBe(0);
    expect(h.idmapInitialized).toBe(true);
    const ids = h.steps.map((s) => s.subStep);
    expect(ids).toEqual([
      '1:check_args', '2:divide_memory_pool', '3:switch_pgtables', 'a:hyp_pool_init', 'b:kvm_host_prepare_stage2',
      'c:mm_ops', 'd:fix_hyp_pgtable_refcnt', 'e:hyp_create_fixmap', 'f:fix_host_ownership',
      'g1:iommu_ops_check', 'g2:iommu_pool_init', 'g3.1:smmu_donate_array', 'g3.2:smmu_init_device', 'g3.4:smmu_init_pgt',
      'g4:iommu_snapshot', 'h:hyp_ffa_init', 'i:pkvm_hyp_vm_table_init',
    ]);
    expect(h.steps.every((s) => s.ret === 0)).toBe(true);
    // case 17: the IOMMU slice is hyp_kvm_iommu_pages as kvm_hyp_reserve sized it (host_s2_pgtable_pages + 100)
    expect(Number(h.iommuPoolPages)).toBe(f.carveOut.iommuPages);
    expect(h.steps.find((s) => s.subStep === 'g2:iommu_pool_init')!.detail).toMatch(new RegExp(`^${f.carveOut.iommuPages} pages at`));
  });

  it('case 8: the snapshot maps host memory RW cacheable and non-memory RW device; carve-out and SMMU MMIO are absent', async () => {
    const ram = await f.ptdump(RAM, RAM + 0x1000);
    expect(ram).toHaveLength(1);
    expect(ram[0]).toMatchObject({ level: 3, access: 'RW', memType: 'Normal-WB' });
    const mmio = await f.ptdump(PCIE_MMIO, PCIE_MMIO + 0x1000);
    expect(mmio).toHaveLength(1);
    expect(mmio[0].memType).toMatch(/Device/);
    expect(await f.ptdump(SMMU, SMMU + 0x2_0000)).toEqual([]);
    const co = f.carveOut;
    expect(await f.ptdump(co.base, co.base + co.totalPages * 4096)).toEqual([]);
    // the hypervisor's own view agrees: the carve-out and the SMMU frame are HYP's
    const map = await f.memMap(SMMU, SMMU + 0x2_0000);
    expect(map.map((m) => m.owner)).toEqual(['HYP']);
    const cmap = await f.memMap(co.base, co.base + co.totalPages * 4096);
    expect(new Set(cmap.map((m) => m.owner))).toEqual(new Set(['HYP']));
  });

  it('a second __pkvm_init is refused (-EPERM) and changes nothing', async () => {
    const h0 = await f.hypHash();
    expect(await f.hvc('__pkvm_init', [f.carveOut.base, f.carveOut.totalPages * 4096, 1, 0, 48])).toMatchObject({ x0: 0, x1: -1 });
    expect(await f.hypHash()).toBe(h0);
  });

  it('case 19: de-privilege on every CPU; then every early call gets NOT_SUPPORTED and a second prot_finalize -EPERM', async () => {
    expect(await f.deprivilege()).toEqual(f.platform.cpus.map(() => ({ x0: 0, x1: 0, x2: 0, x3: 0 })));
    const h = await f.history();
    expect(h).toMatchObject({ deprivileged: true, protectedModeInitialized: true, earlyBoundary: PKVM_PROT_FINALIZE_INDEX });
    for (const def of HYPERCALLS.filter((d) => d.early)) {
      expect(await f.rawHvc(def.functionId, [1, 2, 3])).toMatchObject({ x0: -1 });
    }
    expect(await f.hvc('__pkvm_prot_finalize', [], 0)).toMatchObject({ x0: 0, x1: -1 });
    expect(await f.rawHvc(functionId('__pkvm_init'), [f.carveOut.base, 0x10_0000, 1, 0, 48])).toMatchObject({ x0: -1 });
    // the host can no longer write EL2 memory
    expect(await f.refusal('HypervisorEarlyService.SetIommuPoolPages', { pages: 1 })).toBe('EPERM');
    expect(await f.refusal('HypervisorEarlyService.InstallIommuOps', { driver: 'x', init: true })).toBe('EPERM');
    // later calls still work
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(RAM)])).toMatchObject({ x0: 0, x1: 0 });
  });

  it('replays to the same state after a crash (SIGKILL)', async () => {
    const before = await f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {});
    await f.restartHyp('SIGKILL');
    const after = await f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {});
    expect(after.stateHash).toBe(before.stateHash);
    expect(Number(after.streamVersion)).toBe(Number(before.streamVersion));
    expect(await f.hvc('__pkvm_host_share_hyp', [pfn(RAM)])).toMatchObject({ x0: 0, x1: -1 }); // still shared
  }, 60_000);
});
