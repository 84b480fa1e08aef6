/**
 * A failed __pkvm_init and its compensation (PKVM.md §7 cases 5 and 28): the host returns x1, then
 * RemoveIommuDriver disables the SMMU and restores its boot GBPA, as the host CPU reads over iommu mmio.
 * And -EUNATCH when fewer SMMUs probe than the platform lists.
 */
import { readFileSync } from 'node:fs';
import { ERRNO } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { HostStack, PLATFORM } from './support/host-stack';

const SMMU = 0x0905_0000;
const D = pkvm.v1.HostIommuDriver;

describe('S4 failure then kvm_iommu_remove_driver (small)', () => {
  const s = new HostStack(PLATFORM.small);
  beforeAll(async () => {
    await s.start();
    for (const m of ['ReserveCarveout', 'RegisterDriver', 'CreateHypMappings', 'InitIommuDriver']) {
      const r = await s.boot(m, m === 'RegisterDriver' ? { driver: D.HOST_IOMMU_DRIVER_SMMU_V3 } : {});
      if (r.ret !== 0) throw new Error(`${m}: ${JSON.stringify(r)}`);
    }
  }, 60_000);
  afterAll(() => s.dispose());

  it('__pkvm_init failing at kvm_iommu_init returns x1; remove restores the boot GBPA and leaves the SMMU disabled', async () => {
    expect(await s.mmioRead32(SMMU + SmmuReg.GBPA)).toBe(GBPA.ABORT);
    await s.call('HypervisorEarlyService.ArmInitFault', { subStep: 'g1:iommu_ops_check', errno: ERRNO.ENODEV });
    const r = await s.boot('PkvmInit');
    expect(r).toMatchObject({ ret: -ERRNO.ENODEV, x0: 0, x1: -ERRNO.ENODEV });
    expect(r.subSteps.at(-1)).toMatchObject({ subStep: 'g1:iommu_ops_check', ok: false, errno: -ERRNO.ENODEV });
    expect(r.subSteps.map((x: { subStep: string }) => x.subStep)).not.toContain('h:hyp_ffa_init');
    // the host does not compensate by itself
    expect((await s.boot('KernelStatus')).removeCalls).toBe(0);
    const rm = await s.boot('RemoveIommuDriver');
    expect(rm).toMatchObject({ ret: 0, removeCalled: true, driverRet: 0, restored: ['smmu0'] });
    expect(await s.mmioRead32(SMMU + SmmuReg.GBPA)).toBe(0);
    expect(await s.mmioRead32(SMMU + SmmuReg.CR0)).toBe(0);
  });
});

describe('-EUNATCH: a second SMMU without stage 2 fails the host probe', () => {
  const p = JSON.parse(readFileSync(PLATFORM.small, 'utf8'));
  const idr0 = (Number(p.smmus[0].idr.idr0.replace(/_/g, '')) & ~1) >>> 0; // IDR0.S2P = 0
  p.name = 'small-smmu1-no-s2';
  p.smmus.push({ ...p.smmus[0], id: 'smmu1', base: '0x0907_0000', idr: { ...p.smmus[0].idr, idr0: `0x${idr0.toString(16)}` } });
  const s = new HostStack(p, ['iommu', 'hypervisor', 'host-kernel']);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('init_driver returns -EUNATCH, publishes nothing; the SMMU that probed stays reset to ABORT', async () => {
    await s.boot('ReserveCarveout');
    expect((await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_SMMU_V3 })).smmus).toBe(2);
    const r = await s.boot('InitIommuDriver');
    expect(r).toMatchObject({ ret: -ERRNO.EUNATCH, expected: 2, probed: 1, published: false });
    expect(r.smmus[1]).toMatchObject({ id: 'smmu1', probed: false, errno: -ERRNO.ENODEV });
    expect(await s.mmioRead32(SMMU + SmmuReg.GBPA)).toBe(GBPA.ABORT);
    expect(await s.mmioRead32(0x0907_0000 + SmmuReg.GBPA)).toBe(0);
    expect((await s.call('HypervisorDumpService.InitHistory')).ops.smmus ?? []).toEqual([]);
  });
});

describe('cases 5/6: EL2 ops without host_stage2_idmap (test driver)', () => {
  const s = new HostStack(PLATFORM.small);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('__pkvm_init returns -ENODEV from kvm_iommu_init before hyp_ffa_init; the compensation calls remove_driver once', async () => {
    await s.boot('ReserveCarveout');
    const reg = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_TEST, testEl2WithoutIdmap: true, testRemoveErrno: -ERRNO.EIO });
    expect(reg.ret).toBe(0);
    expect((await s.call('HypervisorDumpService.InitHistory')).ops).toMatchObject({ driver: 'kvm-iommu-test', init: true, hostStage2Idmap: false });
    expect((await s.boot('CreateHypMappings')).ret).toBe(0);
    expect((await s.boot('InitIommuDriver')).ret).toBe(0);
    const r = await s.boot('PkvmInit');
    expect(r).toMatchObject({ ret: -ERRNO.ENODEV, x1: -ERRNO.ENODEV });
    const ids = r.subSteps.map((x: { subStep: string }) => x.subStep);
    expect(ids.indexOf('f:fix_host_ownership')).toBeLessThan(ids.indexOf('g1:iommu_ops_check'));
    expect(ids).not.toContain('h:hyp_ffa_init');
    const rm = await s.boot('RemoveIommuDriver', {}, { requestId: 'comp-1' });
    expect(rm).toMatchObject({ removeCalled: true, driverRet: -ERRNO.EIO });
    // a re-sent compensation (same id) is answered from the ledger: remove_driver ran exactly once
    expect(await s.boot('RemoveIommuDriver', {}, { requestId: 'comp-1' })).toEqual(rm);
    expect((await s.boot('KernelStatus')).removeCalls).toBe(1);
  });
});
