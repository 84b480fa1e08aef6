import { ERRNO, errnoName } from '@pkvm/errno';
import type { ErrnoName } from '@pkvm/errno';
import {
  decide,
  fold,
  NO_IOMMU_DRIVER_WARNING,
  simulateBoot,
  STEPS,
  SUB_STEP_IDS,
  SUB_STEPS,
  stepIdempotencyKey,
  verify,
} from './index';
import type { BootSagaEvent, Faults, StepId, SubStepId, SubStepReported } from './index';
import { NO_4K_SMMU, NO_SMMU, QEMU_VIRT, TINY, TWO_SMMUS, UNALIGNED_SMMU, UNPROBED_SMMU } from './test-platforms';

const neg = (n: ErrnoName): number => -ERRNO[n];
const boot = (faults?: Faults, platform = QEMU_VIRT) => simulateBoot({ bootId: 'boot-1', platform, ...(faults ? { faults } : {}) });
const started = (h: readonly BootSagaEvent[]): StepId[] => h.flatMap((e) => (e.type === 'StepStarted' ? [e.step] : []));
const subSteps = (h: readonly BootSagaEvent[], step: StepId = 'S4'): SubStepReported[] =>
  h.filter((e): e is SubStepReported => e.type === 'SubStepReported' && e.step === step);
const kinds = (h: readonly BootSagaEvent[]): string[] =>
  h.map((e) => (e.type === 'StepStarted' || e.type === 'StepSucceeded' || e.type === 'StepFailed' ? `${e.type}:${e.step}` : e.type)).filter((t) => t !== 'SubStepReported');

describe('boot saga: happy path', () => {
  const run = boot();

  it('runs S0..S6 once each, in the kernel order, and ends PROTECTED', () => {
    expect(run.outcome).toEqual({ status: 'PROTECTED' });
    expect(kinds(run.history)).toEqual([
      'BootRequested',
      ...STEPS.flatMap((s) => [`StepStarted:${s.id}`, `StepSucceeded:${s.id}`]),
      'BootSucceeded',
    ]);
    expect(run.ledger.executions.map((x) => x.what)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  it('keys every step with boot id + step + attempt', () => {
    for (const e of run.history) if (e.type === 'StepStarted') expect(e.idempotencyKey).toBe(stepIdempotencyKey('boot-1', e.step, 1));
  });

  it('reports the EL2 sub-steps of __pkvm_init in order (PKVM.md §7 case 7)', () => {
    const ids = subSteps(run.history).map((e) => e.subStep);
    expect(ids).toEqual([
      '1:check_args', '2:divide_memory_pool', '3:switch_pgtables',
      'a:hyp_pool_init', 'b:kvm_host_prepare_stage2', 'c:mm_ops', 'd:fix_hyp_pgtable_refcnt', 'e:hyp_create_fixmap',
      'f:fix_host_ownership', 'g1:iommu_ops_check', 'g2:iommu_pool_init', 'g3.1:smmu_donate_array', 'g3.2:smmu_init_device',
      'g3.4:smmu_init_pgt', 'g4:iommu_snapshot', 'h:hyp_ffa_init', 'i:pkvm_hyp_vm_table_init',
    ]);
    const pos = (id: SubStepId) => ids.indexOf(id);
    expect(pos('f:fix_host_ownership')).toBeLessThan(pos('g1:iommu_ops_check'));
    expect(pos('g4:iommu_snapshot')).toBeLessThan(pos('h:hyp_ffa_init'));
  });

  it('de-privileges every CPU after setting the static key', () => {
    expect(subSteps(run.history, 'S6').map((e) => `${e.subStep}${e.detail ? `:${e.detail}` : ''}`)).toEqual([
      'static_key', 'prot_finalize:cpu0', 'prot_finalize:cpu1', 'prot_finalize:cpu2', 'prot_finalize:cpu3',
    ]);
  });

  it('inits one EL2 SMMU per device-tree node', () => {
    const h = boot(undefined, TWO_SMMUS).history;
    expect(subSteps(h).filter((e) => e.subStep === 'g3.2:smmu_init_device').map((e) => e.detail)).toEqual(['smmu0', 'smmu1']);
  });

  it('decide: idle before BootRequested, done after the terminal event', () => {
    expect(decide(fold([]))).toEqual({ kind: 'idle' });
    expect(decide(fold(run.history))).toEqual({ kind: 'done', outcome: { status: 'PROTECTED' } });
  });
});

/** Expected outcome of a failed step, by the kernel's policy (PKVM.md §2.3). */
function expectedFor(step: StepId, errno: number) {
  switch (stepPolicy(step)) {
    case 'ignore':
      // -EBUSY leaves the first driver in place (boot goes on); -EINVAL registers nothing and S3 finds none.
      return errno === neg('EBUSY')
        ? { outcome: { status: 'PROTECTED' }, sentAfter: ['S2', 'S3', 'S4', 'S5', 'S6'] }
        : { outcome: { status: 'FAILED', step: 'S3', errno: neg('ENODEV'), compensated: [] }, sentAfter: ['S2', 'S3'] };
    case 'compensate':
      return { outcome: { status: 'FAILED', step, errno, compensated: ['kvm_iommu_remove_driver'] }, sentAfter: [] };
    default:
      return { outcome: { status: 'FAILED', step, errno, compensated: [] }, sentAfter: [] };
  }
}
const stepPolicy = (step: StepId) => STEPS.find((s) => s.id === step)!.onFailure;

describe('boot saga: failure matrix (every step x each errno the kernel has for it)', () => {
  const cells = STEPS.flatMap((s) => s.errnos.map((name) => [s.id, name] as const));
  let ran = 0;
  afterAll(() => console.log(`boot-saga failure matrix: ${ran} of ${cells.length} step x errno cells ran`));

  describe.each(cells)('%s fails with -%s', (step, name) => {
    const errno = neg(name);
    const run = boot({ failStep: { step, errno } });
    const exp = expectedFor(step, errno);

    it('ends with the kernel outcome and compensates exactly where the kernel does', () => {
      ran++;
      expect(run.outcome).toEqual(exp.outcome);
      const idx = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'].indexOf(step);
      expect(started(run.history)).toEqual([...STEPS.slice(0, idx + 1).map((s) => s.id), ...exp.sentAfter]);
      const comps = run.history.filter((e) => e.type === 'CompensationStarted' || e.type === 'CompensationDone').map((e) => e.type);
      if (stepPolicy(step) === 'compensate') {
        // compensation order: StepFailed(S4) -> CompensationStarted -> CompensationDone -> BootFailed, once
        expect(comps).toEqual(['CompensationStarted', 'CompensationDone']);
        const types = run.history.map((e) => e.type);
        const failedAt = types.indexOf('StepFailed');
        expect(types.slice(failedAt)).toEqual(['StepFailed', 'CompensationStarted', 'CompensationDone', 'BootFailed']);
        expect(run.ledger.executions.filter((x) => x.what === 'kvm_iommu_remove_driver')).toHaveLength(1);
      } else {
        expect(comps).toEqual([]);
      }
    });
  });

  const s4SubSteps = SUB_STEPS.filter((d) => d.step === 'S4' && d.failable).map((d) => d.id);
  const s4Errnos: ErrnoName[] = ['EINVAL', 'ENOMEM', 'ENODEV', 'EIO', 'ETIMEDOUT'];
  const subCells = s4SubSteps.flatMap((id) => s4Errnos.map((n) => [id, n] as const));
  let subRan = 0;
  afterAll(() => console.log(`boot-saga EL2 sub-step matrix: ${subRan} of ${subCells.length} sub-step x errno cells ran`));

  describe.each(subCells)('EL2 sub-step %s fails with -%s', (subStep, name) => {
    it('__pkvm_init returns it in x1, later sub-steps never run, kvm_iommu_remove_driver runs once', () => {
      subRan++;
      const errno = neg(name);
      const run = boot({ failStep: { subStep, errno } });
      expect(run.outcome).toEqual({ status: 'FAILED', step: 'S4', errno, compensated: ['kvm_iommu_remove_driver'] });
      // the failing sub-step is the last one reported, bar the EL2 SMMU driver's own rollback
      const subs = subSteps(run.history).filter((e) => e.subStep !== 'g3.3:smmu_rollback');
      expect(subs[subs.length - 1]).toMatchObject({ subStep, ok: false, errno });
      // smmu_init's out_reclaim_smmu is reached from a device failure and from smmu_init_pgt
      expect(subSteps(run.history).some((e) => e.subStep === 'g3.3:smmu_rollback')).toBe(subStep === 'g3.2:smmu_init_device' || subStep === 'g3.4:smmu_init_pgt');
      const order = SUB_STEPS.map((d) => d.id);
      for (const s of subs.slice(0, -1)) expect(order.indexOf(s.subStep)).toBeLessThan(order.indexOf(subStep));
      expect(started(run.history)).not.toContain('S5');
    });
  });
});

describe('boot saga: kernel cases', () => {
  it('S1 failure is ignored: the boot goes on to S2 (initcall return value)', () => {
    for (const errno of [neg('EINVAL'), neg('EBUSY')]) {
      const run = boot({ failStep: { step: 'S1', errno } });
      expect(started(run.history)).toContain('S2');
      expect(run.history.find((e) => e.type === 'StepFailed')).toMatchObject({ step: 'S1', errno });
    }
  });

  it('no driver: S3 gives -ENODEV with the kernel warning and __pkvm_init is never sent (case 3)', () => {
    const run = boot(undefined, NO_SMMU);
    expect(run.outcome).toEqual({ status: 'FAILED', step: 'S3', errno: neg('ENODEV'), compensated: [] });
    expect(run.history.find((e) => e.type === 'StepFailed')).toMatchObject({ step: 'S3', errno: neg('ENODEV'), message: NO_IOMMU_DRIVER_WARNING });
    expect(started(run.history)).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(run.history.some((e) => e.type === 'StepStarted' && e.step === 'S4')).toBe(false);
    expect(run.history.find((e) => e.type === 'StepSucceeded' && e.step === 'S0')).toMatchObject({ result: { iommuPages: 0 } });
  });

  it('init_driver failure: returned as is, remove_driver NOT called, __pkvm_init not sent (case 4)', () => {
    const run = boot({ failStep: { step: 'S3', errno: neg('EIO') } });
    expect(run.outcome).toEqual({ status: 'FAILED', step: 'S3', errno: neg('EIO'), compensated: [] });
    expect(run.ledger.executions.map((x) => x.what)).toEqual(['S0', 'S1', 'S2', 'S3']);
  });

  it('fewer SMMUs probe than the device tree lists: -EUNATCH (case 28)', () => {
    expect(boot(undefined, UNPROBED_SMMU).outcome).toEqual({ status: 'FAILED', step: 'S3', errno: neg('EUNATCH'), compensated: [] });
  });

  it('carve-out does not fit: S0 -ENOMEM, nothing else runs', () => {
    const run = boot(undefined, TINY);
    expect(run.outcome).toEqual({ status: 'FAILED', step: 'S0', errno: neg('ENOMEM'), compensated: [] });
    expect(started(run.history)).toEqual(['S0']);
  });

  it('EL2 kvm_iommu_init without ops: -ENODEV in x1, hyp_ffa_init never runs, remove_driver once (cases 5, 6)', () => {
    const run = boot({ failStep: { subStep: 'g1:iommu_ops_check', errno: neg('ENODEV') } });
    expect(run.outcome).toEqual({ status: 'FAILED', step: 'S4', errno: neg('ENODEV'), compensated: ['kvm_iommu_remove_driver'] });
    expect(subSteps(run.history).map((e) => e.subStep)).not.toContain('h:hyp_ffa_init');
    expect(run.history.find((e) => e.type === 'CompensationDone')).toMatchObject({ result: { removeDriverCalled: true } });
  });

  it('unaligned SMMU MMIO: smmu_init_device -EINVAL, done devices rolled back in reverse, then the array (case 27 shape)', () => {
    const run = boot(undefined, UNALIGNED_SMMU);
    expect(run.outcome).toMatchObject({ status: 'FAILED', step: 'S4', errno: neg('EINVAL') });
    const subs = subSteps(run.history).slice(-3);
    expect(subs.map((e) => [e.subStep, e.ok, e.detail])).toEqual([
      ['g3.2:smmu_init_device', true, 'smmu0'],
      ['g3.2:smmu_init_device', false, 'smmu1'],
      ['g3.3:smmu_rollback', true, 'smmu0,array'],
    ]);
  });

  it('an SMMU without 4 KiB pages: smmu_init_pgt -EINVAL (case 29)', () => {
    expect(boot(undefined, NO_4K_SMMU).outcome).toMatchObject({ status: 'FAILED', step: 'S4', errno: neg('EINVAL') });
  });

  it('smmu_init_pgt failing goes to out_reclaim_smmu too: the rollback is reported after it, and the fold takes that order', () => {
    const run = boot(undefined, NO_4K_SMMU);
    const subs = subSteps(run.history);
    expect(subs.slice(-2).map((e) => [e.subStep, e.ok])).toEqual([
      ['g3.4:smmu_init_pgt', false],
      ['g3.3:smmu_rollback', true],
    ]);
    // every device initialised before smmu_init_pgt is deinit in reverse, then the array goes back
    const devices = subs.filter((e) => e.subStep === 'g3.2:smmu_init_device').map((e) => e.detail);
    expect(subs.at(-1)!.detail).toBe([...devices].reverse().concat('array').join(','));
    // the hypervisor's real report (g3.2 once, g3.4 failed, g3.3) folds: no sub-step is out of the kernel's order
    expect(SUB_STEP_IDS.indexOf('g3.4:smmu_init_pgt')).toBeLessThan(SUB_STEP_IDS.indexOf('g3.3:smmu_rollback'));
    expect(verify(run.history).ok).toBe(true);
  });

  it('a per-CPU __pkvm_prot_finalize failure WARNs and becomes -EINVAL; every CPU still runs; no compensation', () => {
    const run = boot({ failStep: { subStep: 'prot_finalize', errno: neg('EPERM') } });
    expect(run.outcome).toEqual({ status: 'FAILED', step: 'S6', errno: neg('EINVAL'), compensated: [] });
    expect(subSteps(run.history, 'S6').filter((e) => e.subStep === 'prot_finalize')).toHaveLength(4);
  });

  it('fault injection refuses what the kernel cannot do (S5 returns void, static_key cannot fail)', () => {
    expect(() => boot({ failStep: { step: 'S5', errno: -12 } })).toThrow(/faults\.failStep\.step: free_hyp_pgds returns void/);
    expect(() => boot({ failStep: { subStep: 'static_key', errno: -12 } })).toThrow(/faults\.failStep\.subStep/);
    expect(() => boot({ failStep: { step: 'S2', errno: 12 } })).toThrow(/faults\.failStep\.errno: must be <= -1/);
    expect(errnoName(neg('EUNATCH'))).toBe('EUNATCH');
  });
});
