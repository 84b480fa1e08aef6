/**
 * __pkvm_init failures (PKVM.md §7 cases 6, 27, 29 where they concern EL2, and the boot saga's fault injection):
 * each boot needs a fresh machine, so each case starts its own iommu + hypervisor pair on platforms/small.json.
 */
import { pkvm } from '@pkvm/proto';
import { HypFixture, pfn } from './support/hyp-fixture';

const SMMU = 0x0905_0000;
const RAM = 0x4000_0000;
const ENOMEM = -12;
const ENODEV = -19;
const EINVAL = -22;

async function withMachine(fn: (f: HypFixture) => Promise<void>): Promise<void> {
  const f = new HypFixture();
  try {
    await f.start();
    await fn(f);
  } finally {
    await f.dispose();
  }
}

const ids = (h: pkvm.v1.InitHistoryResponse) => h.steps.map((s) => `${s.subStep}=${s.ret}${s.injected ? '!' : ''}`);

describe('hypervisor: __pkvm_init failures (small platform)', () => {
  it('case 6: no ops -> -ENODEV in x1, hyp_ffa_init never runs; ops without host_stage2_idmap likewise', async () => {
    await withMachine(async (f) => {
      expect(await f.boot({ ops: null })).toEqual({ x0: 0, x1: ENODEV, x2: 0, x3: 0 });
      const h = await f.history();
      expect(h.result).toBe(ENODEV);
      expect(ids(h).slice(-2)).toEqual(['f:fix_host_ownership=0', 'g1:iommu_ops_check=-19']);
      expect(h.steps.some((s) => s.subStep === 'h:hyp_ffa_init')).toBe(false);
      expect(h.idmapInitialized).toBe(false);
    });
    await withMachine(async (f) => {
      expect(await f.boot({ ops: { hostStage2Idmap: false } })).toMatchObject({ x0: 0, x1: ENODEV });
      // and nothing reached the iommu: kvm_iommu_init never ran there
      expect(await f.refusal('IommuDumpService.Ptdump', { start: RAM, end: RAM + 0x1000 })).toMatch(/^E/);
    });
  }, 60_000);

  it('case 27: GBPA not ABORT -> -EINVAL; the SMMU MMIO and the array pages go back to the host', async () => {
    await withMachine(async (f) => {
      const array = RAM + 0x20_0000;
      const r = await f.boot({ gbpaAbort: false, ops: { smmuArrayPfn: pfn(array), smmuArrayPages: 1 } });
      expect(r).toMatchObject({ x0: 0, x1: EINVAL });
      const h = await f.history();
      expect(ids(h).slice(-3)).toEqual(['g3.1:smmu_donate_array=0', 'g3.2:smmu_init_device=-22', 'g3.3:smmu_rollback=0']);
      expect((await f.memMap(SMMU, SMMU + 0x2_0000)).map((m) => m.owner)).toEqual(['HOST']);
      expect((await f.memMap(array, array + 0x1000))[0]).toMatchObject({ owner: 'HOST', hostState: 'OWNED' });
    });
  }, 60_000);

  it('fault injection: fail at h:hyp_ffa_init with ENOMEM after the snapshot (the idmap stays initialised)', async () => {
    await withMachine(async (f) => {
      expect(await f.boot({ fault: { subStep: 'h:hyp_ffa_init', errno: 12 } })).toMatchObject({ x0: 0, x1: ENOMEM });
      const h = await f.history();
      expect(ids(h).slice(-2)).toEqual(['g4:iommu_snapshot=0', 'h:hyp_ffa_init=-12!']);
      expect(h.idmapInitialized).toBe(true);
      expect(h.result).toBe(ENOMEM);
      // no pKVM: the later calls are not served
      expect(await f.hvc('__pkvm_host_share_hyp', [pfn(RAM)])).toMatchObject({ x0: -1 });
      // a bad fault request is refused
      expect(await f.refusal('HypervisorEarlyService.ArmInitFault', { subStep: 'zz', errno: 1 })).toBe('EINVAL');
    });
  }, 60_000);

  it('fault injection at g4:iommu_snapshot: kvm_iommu_init fails and the idmap is not initialised', async () => {
    await withMachine(async (f) => {
      expect(await f.boot({ fault: { subStep: 'g4:iommu_snapshot', errno: 5 } })).toMatchObject({ x1: -5 });
      const h = await f.history();
      expect(h.idmapInitialized).toBe(false);
      expect(ids(h).at(-1)).toBe('g4:iommu_snapshot=-5!');
      expect(await f.ptdump(RAM, RAM + 0x1000)).toEqual([]);
    });
  }, 60_000);

  it('enable_dev without the op is -ENODEV; a carve-out outside RAM is -EINVAL at check_args', async () => {
    await withMachine(async (f) => {
      expect(await f.boot({ ops: { enableDev: false, disableDev: false } })).toMatchObject({ x1: 0 });
      expect(await f.hvc('__pkvm_iommu_enable_dev', [0, 1])).toMatchObject({ x0: 0, x1: ENODEV });
      expect(await f.hvc('__pkvm_iommu_disable_dev', [0, 1])).toMatchObject({ x0: 0, x1: ENODEV });
    });
    await withMachine(async (f) => {
      await f.boot({ noInit: true });
      expect(await f.hvc('__pkvm_init', [0x1000_0000, 0x10_0000, 1, 0, 48])).toMatchObject({ x1: EINVAL });
      expect(ids(await f.history())).toEqual(['1:check_args=-22']);
    });
  }, 60_000);
});
