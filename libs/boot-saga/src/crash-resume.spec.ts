import { continueSimulation, crashFreeEffects, createExecutorLedger, decide, idempotencyKeysPerStep, fold, SERVICE_NAMES, simulateBoot, STEP_IDS, SUB_STEPS, validateFaults, verify } from './index';
import type { BootSagaEvent, CompensationId, Faults, ServiceName, StepId } from './index';
import { QEMU_VIRT } from './test-platforms';



const BASES: [string, Faults | undefined][] = [
  ['no fault', undefined],
  ['S4 fails -ENOMEM', { failStep: { step: 'S4', errno: -12 } }],
  ['S1 fails -EBUSY', { failStep: { step: 'S1', errno: -16 } }],
];
const AT: (StepId | CompensationId)[] = [...STEP_IDS, 'kvm_iommu_remove_driver'];
const cells = BASES.flatMap(([name, base]) => AT.flatMap((at) => SERVICE_NAMES.map((svc) => [name, base, at, svc] as const)));

describe('crash-resume: a crash of any service at any step ends as the boot without the crash', () => {
  let ran = 0;
  afterAll(() => console.log(`boot-saga crash matrix: ${ran} of ${cells.length} (base fault x step x service) cells ran`));

  it.each(cells)('%s, crash at %s of %s', (_name, base, atStep, service) => {
    ran++;
    const clean = simulateBoot({ bootId: 'b', platform: QEMU_VIRT, ...(base ? { faults: base } : {}) });
    const crashed = simulateBoot({ bootId: 'b', platform: QEMU_VIRT, faults: { ...base, crash: { service: service as ServiceName, atStep } } });
    expect(crashed.outcome).toEqual(clean.outcome);
    expect(crashFreeEffects(crashed.history)).toEqual(crashFreeEffects(clean.history));
    // no step runs twice, and a re-send never gets a new key
    const whats = crashed.ledger.executions.map((x) => x.what);
    expect(new Set(whats).size).toBe(whats.length);
    for (const keys of idempotencyKeysPerStep(crashed.history).values()) expect(keys.size).toBe(1);
    // a crash alone never turns into a compensation
    const comps = (h: readonly BootSagaEvent[]) => h.filter((e) => e.type === 'CompensationStarted').length > 0;
    expect(comps(crashed.history)).toBe(comps(clean.history));
    const reached = clean.history.some((e) => (e.type === 'StepStarted' && e.step === atStep) || (e.type === 'CompensationStarted' && e.compensation === atStep));
    expect(crashed.history.some((e) => e.type === 'ProcessCrashed')).toBe(reached);
    expect(verify(crashed.history)).toEqual({ ok: true, events: crashed.history.length });
  });
});

/** validateFaults' refusal as { errno, message }, undefined when it accepts. */
function refusal(faults: unknown): { errno: number; message: string } | undefined {
  try {
    validateFaults(faults, 'faults');
    return undefined;
  } catch (e) {
    return { errno: (e as { errno: number }).errno, message: (e as Error).message };
  }
}

const SUB_STEP_CELLS = SUB_STEPS.flatMap((d) => d.crashable.map((service) => [d.id, service, d.step] as const));

describe('crash-resume: a participant dying at an EL2 sub-step ends as the boot without the crash', () => {
  const clean = simulateBoot({ bootId: 'b', platform: QEMU_VIRT });

  it('covers every failable sub-step for the hypervisor, and the iommu where it acts', () => {
    expect(SUB_STEP_CELLS.filter(([, svc]) => svc === 'hypervisor').map(([id]) => id)).toEqual(SUB_STEPS.filter((d) => d.failable).map((d) => d.id));
    expect(SUB_STEP_CELLS.filter(([, svc]) => svc === 'iommu').map(([id]) => id)).toEqual(['g3.2:smmu_init_device', 'g3.4:smmu_init_pgt', 'g4:iommu_snapshot']);
  });

  it.each(SUB_STEP_CELLS)('%s crashes %s: crash, resume, one re-send with the same key, PROTECTED', (subStep, service, step) => {
    const crashed = simulateBoot({ bootId: 'b', platform: QEMU_VIRT, faults: { crash: { service, atStep: step, subStep } } });
    expect(crashed.outcome).toEqual({ status: 'PROTECTED' });
    expect(crashFreeEffects(crashed.history)).toEqual(crashFreeEffects(clean.history));
    const i = crashed.history.findIndex((e) => e.type === 'ProcessCrashed');
    expect(crashed.history.slice(i - 1, i + 3).map((e) => `${e.type} ${'step' in e ? e.step : ''}${'service' in e ? e.service : ''}`)).toEqual([
      `StepStarted ${step}`, `ProcessCrashed ${service}`, `ProcessResumed ${service}`, `StepStarted ${step}`,
    ]);
    expect(crashed.ledger.executions.filter((x) => x.what === step)).toHaveLength(1);
    expect(verify(crashed.history)).toEqual({ ok: true, events: crashed.history.length });
  });

  it.each([
    [{ service: 'iommu', atStep: 'S4', subStep: 'a:hyp_pool_init' }, /iommu does not act at a:hyp_pool_init \(hypervisor do\)/],
    [{ service: 'hypervisor', atStep: 'S4', subStep: 'static_key' }, /static_key is a sub-step of S6, not of S4/],
    [{ service: 'hypervisor', atStep: 'S4', subStep: 'g3.3:smmu_rollback' }, /hypervisor does not act at g3.3:smmu_rollback$/],
    [{ service: 'host-kernel', atStep: 'S6', subStep: 'prot_finalize' }, /host-kernel does not act at prot_finalize/],
    [{ service: 'hypervisor', atStep: 'S4', subStep: 'g9' }, /unknown sub-step "g9"/],
  ])('refuses the crash %j with EINVAL', (crash, message) => {
    expect(refusal({ crash })).toEqual({ errno: -22, message: expect.stringMatching(message) });
  });

  it('refuses a sub-step crash combined with an errno (the walk would stop before the crash point)', () => {
    const faults = { failStep: { subStep: 'b:kvm_host_prepare_stage2', errno: -12 }, crash: { service: 'hypervisor', atStep: 'S4', subStep: 'h:hyp_ffa_init' } };
    expect(refusal(faults)).toEqual({ errno: -22, message: 'faults.crash.subStep: a sub-step crash cannot be combined with failStep' });
  });
});

describe('crash-resume: a restarted coordinator folds the history and decides again', () => {
  const clean = simulateBoot({ bootId: 'b', platform: QEMU_VIRT, faults: { failStep: { subStep: 'h:hyp_ffa_init', errno: -12 } } });
  // every point where the coordinator had sent a command and died before recording the reply
  const cuts = clean.history.flatMap((e, i) => (e.type === 'StepStarted' || e.type === 'CompensationStarted' ? [i + 1] : []));

  it.each(cuts)('cut after event %i: re-sends the in-flight command with the same key', (cut) => {
    const prefix = clean.history.slice(0, cut);
    const last = prefix[prefix.length - 1]!;
    const d = decide(fold(prefix));
    expect(d).toMatchObject({ idempotencyKey: (last as { idempotencyKey: string }).idempotencyKey });

    // (a) the service had run it: its dedupe answers, nothing executes again
    const ledger = createExecutorLedger();
    for (const [k, v] of clean.ledger.replies) ledger.replies.set(k, v);
    const resumedA = continueSimulation(prefix, { ledger });
    expect(resumedA.outcome).toEqual(clean.outcome);
    expect(ledger.executions).toHaveLength(0);
    // (b) the request never arrived: it runs once, now
    const resumedB = continueSimulation(prefix);
    expect(resumedB.outcome).toEqual(clean.outcome);
    const whats = resumedB.ledger.executions.map((x) => x.what);
    expect(new Set(whats).size).toBe(whats.length);
    for (const keys of idempotencyKeysPerStep(resumedB.history).values()) expect(keys.size).toBe(1);
    expect(verify(resumedB.history).ok).toBe(true);
  });
});
