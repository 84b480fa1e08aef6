import { loadShippedPlatform } from '@pkvm/platform';
import { SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { bootSteps } from './boot-steps';
import { neg } from './errnos';
import { decodeKernelEvent, encodeKernelEvent } from './kernel-event-codec';
import { foldKernel } from './kernel-state';
import { KernelHarness } from './testing/fake-ports';

describe('host boot steps S0..S6', () => {
  it('a whole boot on qemu-virt: __pkvm_init gets the carve-out, every CPU is de-privileged', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    const c = await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    expect(k.el2.iommuPoolPages).toBe(2687);
    await k.run((x) => bootSteps.registerDriver(x, { driver: 'smmu-v3', testInitErrno: 0, testRemoveErrno: 0, missingKernOps: false, missingEl2Ops: false }));
    expect((await k.run((x) => bootSteps.createHypMappings(x))).mappedPages).toBe(c.totalPages);
    expect((await k.run((x) => bootSteps.initIommuDriver(x))).ret).toBe(0);
    const init = await k.run((x) => bootSteps.pkvmInit(x, { hypVaBits: 0 }));
    expect(init).toMatchObject({ ret: 0, args: [c.hypMemBase, c.hypMemSize, 4, 0, 48] });
    expect((await k.run((x) => bootSteps.freeHypPgds(x))).ret).toBe(0);
    const d = await k.run((x) => bootSteps.deprivilege(x));
    expect(d.ret).toBe(0);
    expect(d.subSteps.map((s: { detail: string }) => s.detail)).toEqual(['', 'cpu0', 'cpu1', 'cpu2', 'cpu3']);
    expect(k.el2.calls.filter((h) => h.name === '__pkvm_prot_finalize').map((h) => h.cpu)).toEqual([0, 1, 2, 3]);
    expect(k.el2.staticKey).toBe(true);
  });

  it('__pkvm_init failing returns x1 and does not compensate by itself', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    k.el2.answer = () => ({ x0: 0, x1: neg('ENODEV'), x2: 0, x3: 0 });
    expect((await k.run((x) => bootSteps.pkvmInit(x, { hypVaBits: 48 }))).ret).toBe(neg('ENODEV'));
    expect(k.state.removeCalls).toBe(0);
  });

  it('without a carve-out, S2 and S4 fail with -ENOMEM and no HVC is sent', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    expect((await k.run((x) => bootSteps.createHypMappings(x))).ret).toBe(neg('ENOMEM'));
    expect((await k.run((x) => bootSteps.pkvmInit(x, { hypVaBits: 48 }))).ret).toBe(neg('ENOMEM'));
    expect(k.el2.calls).toEqual([]);
  });

  it('a CPU whose __pkvm_prot_finalize fails WARNs and S6 returns -EINVAL (case 19: a second one gets -EPERM)', async () => {
    const k = new KernelHarness(loadShippedPlatform('qemu-virt'));
    k.el2.answer = (name, cpu) => (cpu === 2 ? { x0: 0, x1: neg('EPERM'), x2: 0, x3: 0 } : { x0: 0, x1: 0, x2: 0, x3: 0 });
    const d = await k.run((x) => bootSteps.deprivilege(x));
    expect(d.ret).toBe(neg('EINVAL'));
    expect(d.warnings).toEqual([expect.objectContaining({ site: '_kvm_host_prot_finalize' })]);
    expect(d.subSteps[3]).toEqual({ subStep: 'prot_finalize', ok: false, errno: neg('EPERM'), detail: 'cpu2' });
  });

  it('a refused HVC (x0 = NOT_SUPPORTED) WARNs in kvm_call_hyp_nvhe', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    k.el2.answer = () => ({ x0: SMCCC_RET_NOT_SUPPORTED, x1: 0, x2: 0, x3: 0 });
    const r = await k.run((x) => bootSteps.pkvmInit(x, { hypVaBits: 48 }));
    expect(r).toMatchObject({ ret: neg('EOPNOTSUPP'), x0: -1 });
    expect(r.warnings[0].site).toBe('kvm_call_hyp_nvhe');
  });

  it('the fold of the encoded events rebuilds the same state (restart)', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    await k.run((x) => bootSteps.reserveCarveout(x, { nvheDebug: false }));
    await k.run((x) => bootSteps.registerDriver(x, { driver: 'smmu-v3', testInitErrno: 0, testRemoveErrno: 0, missingKernOps: true, missingEl2Ops: false }));
    await k.run((x) => bootSteps.registerDriver(x, { driver: 'smmu-v3', testInitErrno: 0, testRemoveErrno: 0, missingKernOps: false, missingEl2Ops: false }));
    await k.run((x) => bootSteps.initIommuDriver(x));
    await k.run((x) => bootSteps.removeIommuDriver(x));
    const replayed = foldKernel(k.events.map((e) => decodeKernelEvent(e.type, encodeKernelEvent(e))));
    expect(replayed).toEqual(k.state);
  });
});
