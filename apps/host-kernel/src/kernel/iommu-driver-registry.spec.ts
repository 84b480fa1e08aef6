import { NO_IOMMU_DRIVER_WARNING } from '@pkvm/boot-saga';
import { KernelError } from '@pkvm/errno';
import { loadShippedPlatform } from '@pkvm/platform';
import { bootSteps } from './boot-steps';
import { neg } from './errnos';
import type { RegistrationRequest } from './iommu-driver-registry';
import { KernelHarness } from './testing/fake-ports';
import { noSmmuPlatform } from './testing/platforms';

const reg = (r: Partial<RegistrationRequest>): RegistrationRequest => ({
  driver: 'test',
  testInitErrno: 0,
  testRemoveErrno: 0,
  missingKernOps: false,
  missingEl2Ops: false,
  ...r,
});

describe('the IOMMU driver registry (v3 14/29; PKVM.md §7 cases 1-5)', () => {
  let k: KernelHarness;
  beforeEach(() => (k = new KernelHarness(loadShippedPlatform('small'))));

  it('case 1: a NULL half WARNs, returns -EINVAL and registers nothing; a valid registration then succeeds', async () => {
    for (const half of [{ missingKernOps: true }, { missingEl2Ops: true }]) {
      const r = await k.run((c) => bootSteps.registerDriver(c, reg(half)));
      expect(r).toMatchObject({ ret: neg('EINVAL'), registered: false, activeDriver: undefined });
      expect(r.warnings).toEqual([expect.objectContaining({ site: 'kvm_iommu_register_driver' })]);
    }
    expect(k.el2.iommuOps).toBeUndefined();
    const ok = await k.run((c) => bootSteps.registerDriver(c, reg({ driver: 'smmu-v3' })));
    expect(ok).toMatchObject({ ret: 0, registered: true, activeDriver: 'smmu-v3' });
    expect(k.el2.iommuOps).toBe('smmu-v3');
  });

  it('case 2: a second driver gets -EBUSY; the first stays and the EL2 ops are untouched', async () => {
    await k.run((c) => bootSteps.registerDriver(c, reg({ testInitErrno: neg('EIO') })));
    const second = await k.run((c) => bootSteps.registerDriver(c, reg({ driver: 'smmu-v3' })));
    expect(second).toMatchObject({ ret: neg('EBUSY'), registered: false, activeDriver: 'test', activeTestInitErrno: neg('EIO') });
    expect(k.el2.iommuOps).toBe('test');
    expect(k.state.driver).toEqual({ kind: 'test', testInitErrno: neg('EIO'), testRemoveErrno: 0 });
  });

  it('case 3: no driver -> -ENODEV, a WARN and the kernel line', async () => {
    const r = await k.run((c) => bootSteps.initIommuDriver(c));
    expect(r.ret).toBe(neg('ENODEV'));
    expect(r.log).toEqual([`kvm [hyp]: ${NO_IOMMU_DRIVER_WARNING}`]);
    expect(k.state.warnings.map((w) => w.site)).toEqual(['kvm_iommu_init_driver']);
    // remove_driver is called only when a driver is registered
    expect(await k.run((c) => bootSteps.removeIommuDriver(c))).toMatchObject({ ret: 0, removeCalled: false });
  });

  it("cases 4/5: the test driver's init errno comes back as is; remove reports its errno and ret stays 0 (void)", async () => {
    await k.run((c) => bootSteps.registerDriver(c, reg({ testInitErrno: neg('ETIMEDOUT'), testRemoveErrno: neg('EIO') })));
    expect((await k.run((c) => bootSteps.initIommuDriver(c))).ret).toBe(neg('ETIMEDOUT'));
    expect(k.state.removeCalls).toBe(0);
    const rm = await k.run((c) => bootSteps.removeIommuDriver(c));
    expect(rm).toMatchObject({ ret: 0, removeCalled: true, driverRet: neg('EIO'), driver: 'test' });
    expect(k.state.removeCalls).toBe(1);
  });

  it("'none' and SMMUv3 without an SMMU node return 0 and register nothing", async () => {
    expect(await k.run((c) => bootSteps.registerDriver(c, reg({ driver: 'none' })))).toMatchObject({ ret: 0, registered: false });
    const bare = new KernelHarness(noSmmuPlatform());
    expect(await bare.run((c) => bootSteps.registerDriver(c, reg({ driver: 'smmu-v3' })))).toMatchObject({ ret: 0, registered: false, smmus: 0 });
    expect(bare.el2.iommuOps).toBeUndefined();
  });

  it('a refused EL2 write (after de-privilege) returns its errno and leaves the slot empty', async () => {
    k.el2.refuseInstall = KernelError.of('EPERM', 'early write after de-privilege');
    expect(await k.run((c) => bootSteps.registerDriver(c, reg({})))).toMatchObject({ ret: neg('EPERM'), registered: false });
    expect(k.state.driver).toBeUndefined();
  });
});
