import { loadShippedPlatform } from '@pkvm/platform';
import { bootSteps } from './boot-steps';
import { neg } from './errnos';
import { decodeKernelEvent, encodeKernelEvent } from './kernel-event-codec';
import { foldKernel } from './kernel-state';
import { KernelHarness } from './testing/fake-ports';

const SMMU = { driver: 'smmu-v3' as const, testInitErrno: 0, testRemoveErrno: 0, missingKernOps: false, missingEl2Ops: false };

/** Faults raised inside the host kernel at the point where the kernel fails (host_kernel.proto inject_* fields). */
describe('host boot steps: injected faults', () => {
  it('S0: memblock fails after kvm_iommu_pages() wrote hyp_kvm_iommu_pages; hyp_mem_base stays 0, S2 and S4 then fail -ENOMEM', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    const c = await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false, injectErrno: neg('ENOMEM') }));
    expect(c).toMatchObject({ ret: neg('ENOMEM'), hypMemBase: 0, hypMemSize: 0, iommuPages: 2687 });
    expect(k.el2.iommuPoolPages).toBe(2687);
    expect((await k.run((x) => bootSteps.createHypMappings(x))).ret).toBe(neg('ENOMEM'));
  });

  it('S1 -EBUSY: an earlier registration holds the slot; it stays and is what kvm_iommu_init_driver finds', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    const r = await k.run((x) => bootSteps.registerDriver(x, { ...SMMU, injectErrno: neg('EBUSY') }));
    expect(r).toMatchObject({ ret: neg('EBUSY'), registered: false, activeDriver: 'smmu-v3' });
    expect(k.state.driver?.kind).toBe('smmu-v3');
    expect(k.el2.iommuOps).toBe('smmu-v3');
    expect((await k.run((x) => bootSteps.initIommuDriver(x))).ret).toBe(0);
    expect(foldKernel(k.events.map((e) => decodeKernelEvent(e.type, encodeKernelEvent(e))))).toEqual(k.state);
  });

  it('S1 another errno: WARN, nothing registered; S3 then gives -ENODEV', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    const r = await k.run((x) => bootSteps.registerDriver(x, { ...SMMU, injectErrno: neg('EINVAL') }));
    expect(r).toMatchObject({ ret: neg('EINVAL'), registered: false });
    expect(k.state.driver).toBeUndefined();
    expect((await k.run((x) => bootSteps.initIommuDriver(x))).ret).toBe(neg('ENODEV'));
  });

  it('S2 and S3: the errno is returned as is; S3 probes (and resets) first, then frees the array: nothing published', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    await k.run((x) => bootSteps.registerDriver(x, SMMU));
    expect((await k.run((x) => bootSteps.createHypMappings(x, { injectErrno: neg('ENOMEM') }))).ret).toBe(neg('ENOMEM'));
    const d = await k.run((x) => bootSteps.initIommuDriver(x, { injectErrno: neg('EIO') }));
    expect(d).toMatchObject({ ret: neg('EIO'), probed: 1, published: false });
    expect(k.el2.published).toBeUndefined();
  });

  it('S4 sub-step: the host arms the hypervisor\'s one-shot fault before the __pkvm_init HVC', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    await k.run((x) => bootSteps.pkvmInit(x, { hypVaBits: 0, injectSubStep: 'g3.4:smmu_init_pgt', injectErrno: neg('ENOMEM') }));
    expect(k.el2.armed).toEqual({ subStep: 'g3.4:smmu_init_pgt', errno: neg('ENOMEM'), beforeHvc: 0 });
    expect(k.el2.calls.map((c) => c.name)).toEqual(['__pkvm_init']);
  });

  it('S6 prot_finalize: the chosen CPU fails without an HVC, WARNs, the others still run; -EINVAL', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    const d = await k.run((x) => bootSteps.deprivilege(x, { protFinalizeErrno: neg('EPERM'), protFinalizeCpu: 0 }));
    expect(d.ret).toBe(neg('EINVAL'));
    expect(d.subSteps[1]).toEqual({ subStep: 'prot_finalize', ok: false, errno: neg('EPERM'), detail: 'cpu0 [injected]' });
    expect(k.el2.calls.map((c) => c.cpu)).toEqual([1, 2, 3]);
    expect(k.state.deprivileged).toBe(false);
  });
});
