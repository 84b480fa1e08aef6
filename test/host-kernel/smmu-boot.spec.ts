/**
 * The host kernel's boot steps against the real iommu and hypervisor services (small.json: 1 CPU, 64 MiB,
 * one SMMU at 0x0905_0000): the v3 host SMMUv3 driver's GBPA save / ABORT / restore as the host CPU sees it
 * over iommu mmio, then __pkvm_init and de-privilege through the hypervisor.
 */
import { SUB_STEP_IDS } from '@pkvm/boot-saga';
import { ERRNO } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { CR0, GBPA, SmmuReg } from '@pkvm/smmuv3';
import { HostStack, PLATFORM } from './support/host-stack';

const SMMU = 0x0905_0000;
const D = pkvm.v1.HostIommuDriver;

describe('host-kernel boot steps with the SMMUv3 host driver (small)', () => {
  const s = new HostStack(PLATFORM.small);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('S0 reserves the carve-out and writes hyp_kvm_iommu_pages into EL2', async () => {
    const r = await s.boot('ReserveCarveout');
    expect(r.ret).toBe(0);
    expect(r.iommuPages).toBe(r.hostS2Pages + 100);
    expect(r.hypMemBase % 0x20_0000).toBe(0);
    const h = await s.call('HypervisorDumpService.InitHistory');
    expect(Number(h.iommuPoolPages)).toBe(r.iommuPages);
  });

  it('S1 registers the SMMUv3 driver and installs its EL2 ops', async () => {
    const r = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_SMMU_V3 });
    expect(r).toMatchObject({ ret: 0, registered: true, activeDriver: D.HOST_IOMMU_DRIVER_SMMU_V3, smmus: 1 });
    const h = await s.call('HypervisorDumpService.InitHistory');
    expect(h.ops).toMatchObject({ driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true });
  });

  it('S2 maps the carve-out', async () => {
    expect(await s.boot('CreateHypMappings')).toMatchObject({ ret: 0 });
  });

  it('S3 probes the SMMU: boot GBPA saved, GBPA = ABORT, SMMU disabled, bases in host RAM, event queue on', async () => {
    expect(await s.mmioRead32(SMMU + SmmuReg.GBPA)).toBe(0); // the twin's reset value: bypass
    const r = await s.boot('InitIommuDriver');
    expect(r).toMatchObject({ ret: 0, expected: 1, probed: 1, published: true });
    const m = r.smmus[0];
    expect(m).toMatchObject({ id: 'smmu0', probed: true, bootGbpa: 0 });
    expect(await s.mmioRead32(SMMU + SmmuReg.GBPA)).toBe(GBPA.ABORT);
    expect(await s.mmioRead32(SMMU + SmmuReg.CR0)).toBe(CR0.EVTQEN);
    expect(await s.mmioRead32(SMMU + SmmuReg.STRTAB_BASE)).toBe(m.tables.strtabBase);
    expect(await s.mmioRead32(SMMU + SmmuReg.CMDQ_BASE)).toBe((m.tables.cmdqBase | m.tables.cmdqLog2Entries) >>> 0);
    expect(await s.mmioRead32(SMMU + SmmuReg.EVTQ_BASE)).toBe((m.evtqBase | m.evtqLog2Entries) >>> 0);
    const h = await s.call('HypervisorDumpService.InitHistory');
    expect(h.ops.smmus).toHaveLength(1);
    expect(Number(h.ops.smmus[0].strtabBase)).toBe(m.tables.strtabBase);
    // a second init of a bound driver is refused
    expect(await s.refusal('HostKernelBootService.InitIommuDriver')).toBe('EBUSY');
  });

  it('S4 issues __pkvm_init with the carve-out and reports the EL2 sub-steps in order', async () => {
    const r = await s.boot('PkvmInit');
    expect(r.ret).toBe(0);
    expect(r.x0).toBe(0);
    const ids = r.subSteps.map((x: { subStep: string }) => x.subStep);
    expect(ids.indexOf('f:fix_host_ownership')).toBeLessThan(ids.indexOf('g1:iommu_ops_check'));
    expect(ids.indexOf('g4:iommu_snapshot')).toBeLessThan(ids.indexOf('h:hyp_ffa_init'));
    expect(ids.every((id: string) => (SUB_STEP_IDS as readonly string[]).includes(id))).toBe(true);
    // the EL2 driver took the SMMU over and enabled it
    expect((await s.mmioRead32(SMMU + SmmuReg.CR0)) & CR0.SMMUEN).toBe(CR0.SMMUEN);
  });

  it('S5 then S6 de-privileges every CPU; a second S6 gets -EPERM per CPU -> WARN -> -EINVAL', async () => {
    expect((await s.boot('FreeHypPgds')).ret).toBe(0);
    const d = await s.boot('Deprivilege');
    expect(d).toMatchObject({ ret: 0, cpus: 1 });
    expect(d.subSteps).toEqual([
      expect.objectContaining({ subStep: 'static_key', ok: true }),
      expect.objectContaining({ subStep: 'prot_finalize', ok: true, detail: 'cpu0' }),
    ]);
    const again = await s.boot('Deprivilege');
    expect(again.ret).toBe(-ERRNO.EINVAL);
    expect(again.subSteps[1]).toMatchObject({ ok: false, errno: -ERRNO.EPERM });
    expect(again.warnings[0].site).toBe('_kvm_host_prot_finalize');
  });

  it('after de-privilege a second registration gets -EBUSY; the first driver and its EL2 ops stay', async () => {
    const r = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_TEST });
    // -EBUSY: the SMMUv3 driver holds the slot; the EL2 ops stay
    expect(r.ret).toBe(-ERRNO.EBUSY);
    const st = await s.boot('KernelStatus');
    expect(st).toMatchObject({ driver: D.HOST_IOMMU_DRIVER_SMMU_V3, el2Ops: 'smmu-v3', deprivileged: true });
  });
});
