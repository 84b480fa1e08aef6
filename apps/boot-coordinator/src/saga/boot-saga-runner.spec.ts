import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateBoot, verify } from '@pkvm/boot-saga';
import type { BootSagaEvent, EventBody, Faults, PlatformSummary } from '@pkvm/boot-saga';
import { EventStore } from '@pkvm/event-store';
import { SimulatedStepExecutor, SIMULATED_EXECUTION } from '../executors/simulated-step-executor';
import type { StepCall, StepExecutor, StepOutcome } from '../executors/step-executor';
import { BootHistoryRepository } from './boot-history.repository';
import { BootSagaRunner } from './boot-saga-runner';

const GiB = 1024 * 1024 * 1024;
const QEMU: PlatformSummary = {
  name: 'qemu-virt',
  cpus: 2,
  ram: [{ base: 0x4000_0000, size: 4 * GiB }],
  smmus: [{ id: 'smmu0', probeOk: true, mmioPageAligned: true, supports4k: true }],
};

/** Results in order, without crash noise. */
const effects = (h: readonly BootSagaEvent[]) =>
  h.flatMap((e) =>
    e.type === 'StepSucceeded' ? [`ok ${e.step}`] : e.type === 'StepFailed' ? [`fail ${e.step} ${e.errno}`] : e.type === 'CompensationDone' ? [`comp ${e.compensation}`] : e.type === 'BootSucceeded' || e.type === 'BootFailed' ? [e.type] : [],
  );

describe('BootSagaRunner (SQLite event store, no NATS)', () => {
  let dir: string;
  let store: EventStore;
  let repo: BootHistoryRepository;
  let n = 0;

  beforeEach(async () => {
    n = 0;
    dir = mkdtempSync(join(tmpdir(), 'pkvm-runner-'));
    store = await EventStore.open({ service: 'boot-coordinator', database: { kind: 'sqlite', file: join(dir, 'bc.sqlite') } });
    repo = new BootHistoryRepository(store);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function boot(executor: StepExecutor, faults?: Faults, options: Partial<ConstructorParameters<typeof BootSagaRunner>[2]> = {}): Promise<BootSagaEvent[]> {
    const runner = new BootSagaRunner(repo, executor, { crashMode: 'restart', minBackoffMs: 1, maxBackoffMs: 5, ...options });
    const bootId = `b${++n}`;
    const body: EventBody = { type: 'BootRequested', bootId, platform: QEMU, ...(faults ? { faults } : {}) };
    await repo.append(bootId, 0, [body], bootId, { executor: executor.name });
    runner.launch(bootId);
    await runner.settled(bootId);
    return [...(await repo.read(bootId)).events];
  }

  const executions = async () =>
    (await store.readAll(1, 10_000)).filter((r) => r.type === SIMULATED_EXECUTION).map((r) => JSON.parse(Buffer.from(r.payload).toString('utf8')).idempotencyKey as string);

  it('an injected coordinator crash in restart mode resumes from the store: same key, run once, same effects', async () => {
    const faults: Faults = { crash: { service: 'boot-coordinator', atStep: 'S3' } };
    const h = await boot(new SimulatedStepExecutor(store), faults);
    expect(h.filter((e) => e.type === 'ProcessCrashed')).toEqual([expect.objectContaining({ service: 'boot-coordinator', during: 'S3' })]);
    expect(h.filter((e) => e.type === 'StepStarted' && e.step === 'S3').map((e) => (e as { idempotencyKey: string }).idempotencyKey)).toEqual(['b1:S3:1', 'b1:S3:1']);
    const keys = await executions();
    expect(new Set(keys).size).toBe(keys.length);
    expect(effects(h)).toEqual(effects(simulateBoot({ bootId: 'b1', platform: QEMU }).history));
    expect(verify(h).ok).toBe(true);
  });

  it('a crashed participant (iommu during S4) loses the step; it is re-sent with the same key and runs once', async () => {
    const faults: Faults = { failStep: { step: 'S4', errno: -12 }, crash: { service: 'iommu', atStep: 'S4' } };
    const h = await boot(new SimulatedStepExecutor(store), faults);
    const clean = simulateBoot({ bootId: 'b1', platform: QEMU, faults }).history;
    expect(h.map((e) => e.type)).toEqual(clean.map((e) => e.type)); // the same shape as the pure simulation
    expect(effects(h)).toEqual(effects(clean));
    expect((await executions()).filter((k) => k === 'b1:S4:1')).toHaveLength(1);
  });

  it('a lost reply is re-sent with the same key (recorded as another send) until it is answered', async () => {
    const sim = new SimulatedStepExecutor(store);
    let lost = 0;
    const flaky: StepExecutor = {
      name: 'simulator',
      checkFaults: () => undefined,
      close: async () => undefined,
      execute: async (call: StepCall): Promise<StepOutcome> => {
        if (call.command.kind === 'send-step' && call.command.step === 'S2' && lost < 2) {
          lost++;
          return { kind: 'lost', reason: 'deadline exceeded' };
        }
        return sim.execute(call);
      },
    };
    const h = await boot(flaky);
    expect(h.filter((e) => e.type === 'StepStarted' && e.step === 'S2')).toHaveLength(3);
    expect(h[h.length - 1]!.type).toBe('BootSucceeded');
    expect(verify(h).ok).toBe(true);
  });

  /** The simulator, with S4's reply replaced: the sub-steps up to smmu_init_device, then `tail`, failing -EINVAL. */
  const s4Reply = (tail: { subStep: string; ok: boolean; errno?: number; detail?: string }[]): StepExecutor => {
    const sim = new SimulatedStepExecutor(store);
    return {
      name: 'simulator',
      checkFaults: () => undefined,
      close: async () => undefined,
      execute: async (call: StepCall): Promise<StepOutcome> => {
        const o = await sim.execute(call);
        if (o.kind !== 'reply' || call.command.kind !== 'send-step' || call.command.step !== 'S4') return o;
        const upTo = o.reply.subSteps.findIndex((x) => x.subStep === 'g3.2:smmu_init_device');
        const subSteps = [...o.reply.subSteps.slice(0, upTo + 1), ...tail] as typeof o.reply.subSteps;
        return { kind: 'reply', reply: { ok: false, errno: -22, message: 'smmu_init_pgt: -EINVAL', subSteps } };
      },
    };
  };

  it('the hypervisor\'s report of a failed smmu_init_pgt (rollback after it, as smmu_init\'s out label runs) is recorded whole', async () => {
    const h = await boot(s4Reply([{ subStep: 'g3.4:smmu_init_pgt', ok: false, errno: -22 }, { subStep: 'g3.3:smmu_rollback', ok: true, detail: '1 donations returned' }]));
    const subs = h.flatMap((e) => (e.type === 'SubStepReported' ? [e.subStep] : []));
    expect(subs.slice(-3)).toEqual(['g3.2:smmu_init_device', 'g3.4:smmu_init_pgt', 'g3.3:smmu_rollback']);
    expect(h.find((e) => e.type === 'StepFailed')).toMatchObject({ step: 'S4', errno: -22, message: 'smmu_init_pgt: -EINVAL' });
    expect(h[h.length - 1]).toMatchObject({ type: 'BootFailed', step: 'S4', compensated: ['kvm_iommu_remove_driver'] });
    expect(verify(h).ok).toBe(true);
  });

  it('a sub-step reported out of the kernel\'s order is not dropped: nothing of the reply is recorded and the boot stops with S4 in flight', async () => {
    const runner = new BootSagaRunner(repo, s4Reply([{ subStep: 'a:hyp_pool_init', ok: false, errno: -22 }]), { crashMode: 'restart' });
    await repo.append('bad', 0, [{ type: 'BootRequested', bootId: 'bad', platform: QEMU }], 'bad');
    runner.launch('bad');
    await runner.settled('bad');
    const h = (await repo.read('bad')).events;
    expect(h[h.length - 1]).toMatchObject({ type: 'StepStarted', step: 'S4' });
    expect(h.some((e) => e.type === 'SubStepReported')).toBe(false);
  });

  it('resumeAll drives an unfinished history on, saying the coordinator crashed with the step in flight', async () => {
    await repo.append('cut', 0, [{ type: 'BootRequested', bootId: 'cut', platform: QEMU }], 'cut');
    await repo.append('cut', 1, [{ type: 'StepStarted', step: 'S0', attempt: 1, idempotencyKey: 'cut:S0:1' }], 'cut:S0:1');
    await repo.append('done', 0, [{ type: 'BootRequested', bootId: 'done', platform: QEMU }], 'done');
    await repo.append('done', 1, [{ type: 'BootFailed', step: 'S0', errno: -12, compensated: [] }], 'done').catch(() => undefined);
    const runner = new BootSagaRunner(repo, new SimulatedStepExecutor(store), { crashMode: 'restart' });
    const resumed = await runner.resumeAll();
    expect(resumed).toContain('cut');
    const h = (await repo.read('cut')).events;
    expect(h.slice(2, 4)).toEqual([expect.objectContaining({ type: 'ProcessCrashed', service: 'boot-coordinator', during: 'S0' }), expect.objectContaining({ type: 'ProcessResumed' })]);
    expect(h[h.length - 1]!.type).toBe('BootSucceeded');
  });
});
