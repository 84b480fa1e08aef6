/**
 * The IOMMU driver registry over NATS (PKVM.md §7 cases 1-3), the test driver's errnos through
 * InitIommuDriver / RemoveIommuDriver, and a step's idempotency by request id across a host-kernel restart.
 */
import { NO_IOMMU_DRIVER_WARNING } from '@pkvm/boot-saga';
import { ERRNO } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { HostStack, PLATFORM } from './support/host-stack';

const D = pkvm.v1.HostIommuDriver;

describe('kvm_iommu_register_driver / init_driver / remove_driver over NATS', () => {
  const s = new HostStack(PLATFORM.small);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('case 3: no driver registered -> -ENODEV, a WARN and the kernel line; remove calls nothing', async () => {
    const r = await s.boot('InitIommuDriver');
    expect(r.ret).toBe(-ERRNO.ENODEV);
    expect(r.log).toEqual([expect.stringContaining(NO_IOMMU_DRIVER_WARNING)]);
    expect(r.warnings).toEqual([expect.objectContaining({ site: 'kvm_iommu_init_driver' })]);
    expect(await s.boot('RemoveIommuDriver')).toMatchObject({ ret: 0, removeCalled: false });
  });

  it('case 1: a NULL half -> -EINVAL with a WARN, nothing registered, EL2 ops untouched; a valid one then succeeds', async () => {
    for (const half of [{ missingKernOps: true }, { missingEl2Ops: true }]) {
      const r = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_TEST, ...half });
      expect(r).toMatchObject({ ret: -ERRNO.EINVAL, registered: false, activeDriver: D.HOST_IOMMU_DRIVER_UNSPECIFIED });
      expect(r.warnings[0].site).toBe('kvm_iommu_register_driver');
    }
    expect((await s.call('HypervisorDumpService.InitHistory')).ops ?? null).toBeNull();
    const ok = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_TEST, testInitErrno: -ERRNO.ETIMEDOUT, testRemoveErrno: -ERRNO.EIO });
    expect(ok).toMatchObject({ ret: 0, registered: true, activeDriver: D.HOST_IOMMU_DRIVER_TEST });
    expect((await s.call('HypervisorDumpService.InitHistory')).ops).toMatchObject({ driver: 'kvm-iommu-test' });
  });

  it('case 2: a second driver -> -EBUSY; the first stays and EL2 still holds its ops', async () => {
    const r = await s.boot('RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_SMMU_V3 });
    expect(r).toMatchObject({ ret: -ERRNO.EBUSY, registered: false, activeDriver: D.HOST_IOMMU_DRIVER_TEST, activeTestInitErrno: -ERRNO.ETIMEDOUT });
    expect((await s.call('HypervisorDumpService.InitHistory')).ops).toMatchObject({ driver: 'kvm-iommu-test' });
  });

  it("the test driver's init errno comes back from InitIommuDriver; remove reports its errno (ret 0: void)", async () => {
    expect((await s.boot('InitIommuDriver')).ret).toBe(-ERRNO.ETIMEDOUT);
    const rm = await s.boot('RemoveIommuDriver');
    expect(rm).toMatchObject({ ret: 0, removeCalled: true, driverRet: -ERRNO.EIO, driver: D.HOST_IOMMU_DRIVER_TEST });
    expect((await s.boot('KernelStatus')).removeCalls).toBe(1);
  });

  it('a malformed request is refused with EINVAL and records nothing', async () => {
    const before = (await s.boot('KernelStatus')).version;
    expect(await s.refusal('HostKernelBootService.RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_UNSPECIFIED })).toBe('EINVAL');
    expect(await s.refusal('HostKernelBootService.RegisterDriver', { driver: D.HOST_IOMMU_DRIVER_TEST, testInitErrno: 5 })).toBe('EINVAL');
    // a crash sub-step must belong to the step that arms it (S4's to PkvmInit, prot_finalize to Deprivilege)
    expect(await s.refusal('HostKernelBootService.PkvmInit', { crashService: 'hypervisor', crashAt: 'HypService.Hvc', crashSubStep: 'prot_finalize' })).toBe('EINVAL');
    expect(await s.refusal('HostKernelBootService.Deprivilege', { crashService: 'hypervisor', crashAt: 'HypService.Hvc', crashSubStep: 'g3.4:smmu_init_pgt' })).toBe('EINVAL');
    expect((await s.boot('KernelStatus')).version).toBe(before);
  });

  it('a step retried with its request id after a host-kernel crash gets the first answer; the state is the fold', async () => {
    const first = await s.boot('ReserveCarveout', {}, { requestId: 'boot-1/S0' });
    expect(first.ret).toBe(0);
    const before = await s.boot('KernelStatus');
    await s.restart('host-kernel', 'SIGKILL');
    const again = await s.boot('ReserveCarveout', {}, { requestId: 'boot-1/S0' });
    expect(again).toEqual(first);
    const after = await s.boot('KernelStatus');
    expect(after.version).toBe(before.version);
    expect(after.stateJson).toBe(before.stateJson);
    // a new request id is a second kvm_hyp_reserve: refused, the rebuilt state already holds the carve-out
    expect(await s.refusal('HostKernelBootService.ReserveCarveout')).toBe('EBUSY');
  }, 60_000);
});
