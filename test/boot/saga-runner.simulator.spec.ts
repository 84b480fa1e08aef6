/**
 * The boot coordinator's saga runner against the real NATS and its real event store, with the SIMULATOR step
 * executor (PKVM_BOOT_EXECUTOR=simulator: libs/boot-saga's step model stands in for host-kernel, hypervisor and
 * iommu, its dedupe ledger durable in the coordinator's store). The real end-to-end matrix against the three
 * services is test/boot/saga-runner.real-services.spec.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crashFreeEffects, idempotencyKeysPerStep, simulateBoot, STEP_IDS, summarizePlatform, verify } from '@pkvm/boot-saga';
import type { BootSagaEvent } from '@pkvm/boot-saga';
import { loadShippedPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { StackFixture } from './support/coordinator-fixture';

const QEMU = summarizePlatform(loadShippedPlatform('qemu-virt'));

describe('boot saga runner (coordinator process, simulator executor, real NATS)', () => {
  // exit: an injected coordinator crash SIGKILLs the process; the test starts it again.
  const f = new StackFixture({ PKVM_BOOT_EXECUTOR: 'simulator', PKVM_BOOT_CRASH_MODE: 'exit' });
  const boots: Record<string, string> = {};

  beforeAll(async () => {
    await f.start('boot-coordinator');
  }, 60_000);
  afterAll(() => f.dispose(), 30_000);

  it('pkvm boot --json boots qemu-virt to PROTECTED: seven steps, EL2 sub-steps in the kernel order', async () => {
    const r = await f.pkvm('boot', '--platform', 'qemu-virt', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ executor: 'simulator', platform: 'qemu-virt', outcome: { status: 'PROTECTED' } });
    expect(out.timeline.map((row: { id: string; status: string }) => `${row.id}:${row.status}`)).toEqual(STEP_IDS.map((s) => `${s}:succeeded`));
    expect(r.stderr).toContain('boot: PROTECTED'); // progress on stderr
    boots.protected = out.bootId;
    const { events } = await f.getBoot(out.bootId);
    // PKVM.md §7 case 7: fix_host_ownership, then kvm_iommu_init, then hyp_ffa_init
    const subs = events.flatMap((e) => (e.type === 'SubStepReported' ? [e.subStep] : []));
    expect(subs.indexOf('f:fix_host_ownership')).toBeLessThan(subs.indexOf('g1:iommu_ops_check'));
    expect(subs.indexOf('g4:iommu_snapshot')).toBeLessThan(subs.indexOf('h:hyp_ffa_init'));
    // the live history is the one the pure simulator computes for the same request
    expect(crashFreeEffects(events)).toEqual(crashFreeEffects(simulateBoot({ bootId: out.bootId, platform: QEMU }).history));
  });

  it('a failed S4 (__pkvm_init -ENOMEM) runs kvm_iommu_remove_driver exactly once, then fails the boot', async () => {
    const r = await f.pkvm('boot', '--fail', 'S4:ENOMEM', '--json');
    expect(r.status).toBe(1); // the boot FAILED: exit 1 (apps/cli/src/exit-codes.ts)
    const out = JSON.parse(r.stdout);
    expect(out.outcome).toEqual({ status: 'FAILED', step: 'S4', errno: -12, errnoName: 'ENOMEM', compensated: ['kvm_iommu_remove_driver'] });
    boots.failedS4 = out.bootId;
    const { events } = await f.getBoot(out.bootId);
    expect(events.filter((e) => e.type === 'CompensationStarted')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'CompensationDone')).toEqual([expect.objectContaining({ result: { removeDriverCalled: true } })]);
    // free_hyp_pgds is never reached (PKVM.md §7 case 5)
    expect(events.some((e) => e.type === 'StepStarted' && (e.step === 'S5' || e.step === 'S6'))).toBe(false);
  });

  it('a failed S3 aborts before __pkvm_init, with no compensation (PKVM.md §7 case 4)', async () => {
    const id = await f.startBoot({ faults: { fail: { step: 'S3', errno: -19 } } });
    const { boot, events } = await f.waitBoot(id, f.terminal);
    expect(boot.outcome).toMatchObject({ status: pkvm.v1.BootStatus.BOOT_STATUS_FAILED, failedStep: 'S3', errno: -19, compensated: [] });
    expect(events.some((e) => e.type === 'StepStarted' && e.step === 'S4')).toBe(false);
    expect(events.some((e) => e.type === 'CompensationStarted')).toBe(false);
  });

  it('crash-resume: the coordinator SIGKILLs itself with S4 in flight; restarted, it re-sends S4 with the same key and ends PROTECTED', async () => {
    const id = await f.startBoot({ faults: { crash: { service: 'boot-coordinator', atStep: 'S4' } } });
    expect(await f.exited('boot-coordinator')).toBe('SIGKILL');
    await f.start('boot-coordinator');
    const { boot, events } = await f.waitBoot(id, f.terminal);
    boots.crashS4 = id;
    expect(boot.outcome?.status).toBe(pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED);
    expect(events.filter((e) => e.type === 'ProcessCrashed')).toEqual([expect.objectContaining({ service: 'boot-coordinator', during: 'S4' })]);
    // S4 was sent twice, both times with the one key; every step has exactly one key
    expect(events.filter((e) => e.type === 'StepStarted' && e.step === 'S4')).toHaveLength(2);
    for (const keys of idempotencyKeysPerStep(events).values()) expect(keys.size).toBe(1);
    // same outcome and same effects as the boot without the crash; the replayer accepts the history
    const clean = simulateBoot({ bootId: id, platform: QEMU });
    expect(crashFreeEffects(events)).toEqual(crashFreeEffects(clean.history));
    expect(verify(events)).toEqual({ ok: true, events: events.length });
  }, 60_000);

  it('crash-resume during the compensation: kvm_iommu_remove_driver is re-sent after the restart and still runs once', async () => {
    const id = await f.startBoot({ faults: { fail: { step: 'S4', errno: -110 }, crash: { service: 'boot-coordinator', atStep: 'kvm_iommu_remove_driver' } } });
    expect(await f.exited('boot-coordinator')).toBe('SIGKILL');
    await f.start('boot-coordinator');
    const { boot, events } = await f.waitBoot(id, f.terminal);
    boots.crashCompensation = id;
    expect(boot.outcome).toMatchObject({ status: pkvm.v1.BootStatus.BOOT_STATUS_FAILED, failedStep: 'S4', errno: -110, compensated: ['kvm_iommu_remove_driver'] });
    expect(events.filter((e) => e.type === 'CompensationStarted').map((e) => (e as { idempotencyKey: string }).idempotencyKey)).toEqual([
      `${id}:kvm_iommu_remove_driver:1`,
      `${id}:kvm_iommu_remove_driver:1`,
    ]);
    expect(events.filter((e) => e.type === 'CompensationDone')).toHaveLength(1);
    expect(verify(events).ok).toBe(true);
  }, 60_000);

  it('pkvm boot --crash iommu@S4: the participant dies before committing, S4 is re-sent with its key', async () => {
    const r = await f.pkvm('boot', '--crash', 'iommu@S4', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const s4 = out.timeline.find((row: { id: string }) => row.id === 'S4');
    expect(s4).toMatchObject({ status: 'succeeded', sends: 2, attempts: 1, crashes: ['iommu'] });
    expect(r.stderr).toContain('iommu crashed during S4');
  });

  it('pkvm boot --crash hypervisor@S4:g3.4 names the EL2 sub-step by its short id; an unknown one is refused before anything runs', async () => {
    const r = await f.pkvm('boot', '--crash', 'hypervisor@S4:g3.4', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(r.stderr).toContain(`with faults ${JSON.stringify({ crash: { service: 'hypervisor', atStep: 'S4', subStep: 'g3.4:smmu_init_pgt' } })}`);
    expect(out.timeline.find((row: { id: string }) => row.id === 'S4')).toMatchObject({ status: 'succeeded', sends: 2, attempts: 1, crashes: ['hypervisor'] });
    const bad = await f.pkvm('boot', '--crash', 'hypervisor@S4:g9', '--json');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/unknown sub-step g9/);
  });

  it('crash-resume: SIGKILL from outside while a step is in flight; restarted, the boot ends as without the crash', async () => {
    await f.processes.get('boot-coordinator')!.stop();
    await f.start('boot-coordinator', { PKVM_SIM_STEP_DELAY_MS: '400' });
    const id = await f.startBoot({ faults: { fail: { step: 'S4', errno: -5 } } });
    const { boot: mid } = await f.waitBoot(id, (b) => b.inFlight === 'S2');
    expect(mid.outcome?.status).toBe(pkvm.v1.BootStatus.BOOT_STATUS_RUNNING);
    await f.processes.get('boot-coordinator')!.stop('SIGKILL');
    await f.start('boot-coordinator');
    const { boot, events } = await f.waitBoot(id, f.terminal);
    boots.killedAtS2 = id;
    expect(boot.outcome).toMatchObject({ status: pkvm.v1.BootStatus.BOOT_STATUS_FAILED, failedStep: 'S4', errno: -5, compensated: ['kvm_iommu_remove_driver'] });
    expect(events.filter((e) => e.type === 'ProcessCrashed')).toEqual([expect.objectContaining({ service: 'boot-coordinator', during: 'S2' })]);
    for (const keys of idempotencyKeysPerStep(events).values()) expect(keys.size).toBe(1);
    const clean = simulateBoot({ bootId: id, platform: QEMU, faults: { failStep: { step: 'S4', errno: -5 } } });
    expect(crashFreeEffects(events)).toEqual(crashFreeEffects(clean.history));
  }, 60_000);

  it('pkvm replay verify passes on a recorded history and exits 1 at the right index on an altered one', async () => {
    const ok = await f.pkvm('replay', 'verify', boots.crashS4!, '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });

    const file = join(f.dataDir, 'protected.json');
    const exp = await f.pkvm('replay', 'export', boots.protected!, '--out', file);
    expect(exp.status).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { events: BootSagaEvent[] };
    expect((await f.pkvm('replay', 'verify', '--file', file)).status).toBe(0);
    // Alter the record: S2 failed with -ENOMEM. The current code would then finish the boot FAILED, but the
    // history goes on with S3: the replayer must stop at that StepStarted.
    const i = doc.events.findIndex((e) => e.type === 'StepSucceeded' && e.step === 'S2');
    const { result: _r, ...rest } = doc.events[i] as BootSagaEvent & { result: unknown };
    doc.events[i] = { ...rest, type: 'StepFailed', errno: -12, message: 'altered' } as BootSagaEvent;
    const altered = join(f.dataDir, 'altered.json');
    writeFileSync(altered, JSON.stringify(doc));
    const expectedIndex = doc.events.findIndex((e) => e.type === 'StepStarted' && e.step === 'S3');
    const bad = await f.pkvm('replay', 'verify', '--file', altered, '--json');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, index: expectedIndex, expected: { kind: 'finish', outcome: { status: 'FAILED', step: 'S2', errno: -12 } }, actual: { type: 'StepStarted', step: 'S3' } });
    const text = await f.pkvm('replay', 'verify', '--file', altered);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`DIVERGES at event ${expectedIndex}`);
    // unreadable input: 2
    writeFileSync(join(f.dataDir, 'junk.json'), '{ not json');
    expect((await f.pkvm('replay', 'verify', '--file', join(f.dataDir, 'junk.json'))).status).toBe(2);
    expect((await f.pkvm('replay', 'verify', 'no-such-boot')).status).toBe(2);
  }, 60_000);

  it('pkvm replay show --svg writes one row per step (and one for the compensation that ran)', async () => {
    const svgFile = join(f.dataDir, 'failed.svg');
    const r = await f.pkvm('replay', 'show', boots.failedS4!, '--svg', svgFile);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^STEP\s+KIND/);
    const svg = readFileSync(svgFile, 'utf8');
    const rows = [...svg.matchAll(/<g class="row" data-kind="(\w+)" data-step="([^"]+)" data-status="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual([
      'forward S0 succeeded', 'forward S1 succeeded', 'forward S2 succeeded', 'forward S3 succeeded', 'forward S4 failed',
      'forward S5 not-run', 'forward S6 not-run', 'compensation kvm_iommu_remove_driver done',
    ]);
  });

  it('pkvm replay whatif forks a recorded boot offline; list, export and import round-trip', async () => {
    const before = await f.client.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {});
    const w = await f.pkvm('replay', 'whatif', boots.protected!, '--fail', 'g2:iommu_pool_init:ENOMEM', '--json');
    expect(w.status).toBe(0);
    expect(JSON.parse(w.stdout)).toMatchObject({ at: 'S4', recordedOutcome: { status: 'PROTECTED' }, outcome: { status: 'FAILED', step: 'S4', errno: -12, compensated: ['kvm_iommu_remove_driver'] } });
    const after = await f.client.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {});
    expect(after.boots.length).toBe(before.boots.length); // nothing live was touched

    const list = JSON.parse((await f.pkvm('replay', 'list', '--json')).stdout) as { boots: { bootId: string; outcome: { status: string } }[] };
    expect(list.boots.map((b) => b.bootId)).toEqual(expect.arrayContaining(Object.values(boots)));

    // an export imported under a new id (edit the id consistently) reads back identical
    const file = join(f.dataDir, 'failed.json');
    await f.pkvm('replay', 'export', boots.failedS4!, '--out', file);
    const renamed = readFileSync(file, 'utf8').split(boots.failedS4!).join('imported-1');
    writeFileSync(file, renamed);
    const imp = await f.pkvm('replay', 'import', file, '--json');
    expect(imp.status).toBe(0);
    expect(JSON.parse(imp.stdout).bootId).toBe('imported-1');
    const back = await f.pkvm('replay', 'export', 'imported-1');
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(renamed));
    expect((await f.pkvm('replay', 'import', file)).status).toBe(1); // EEXIST
  }, 60_000);

  it('across every boot and both restarts, the simulated services ran each idempotency key once', async () => {
    await f.processes.get('boot-coordinator')!.stop();
    const store = await f.coordinatorStore();
    try {
      const rows = await store.readAll(1, 100_000);
      const executions = rows.filter((r) => r.type === 'SimulatedStepExecuted').map((r) => JSON.parse(Buffer.from(r.payload).toString('utf8')) as { what: string; idempotencyKey: string });
      const keys = executions.map((x) => x.idempotencyKey);
      expect(new Set(keys).size).toBe(keys.length);
      // the S4 whose reply died with the coordinator ran once; its re-send was answered from the ledger
      expect(keys.filter((k) => k === `${boots.crashS4}:S4:1`)).toHaveLength(1);
      expect(keys.filter((k) => k.startsWith(`${boots.failedS4}:kvm_iommu_remove_driver`))).toHaveLength(1);
      expect(keys.filter((k) => k.startsWith(`${boots.crashCompensation}:kvm_iommu_remove_driver`))).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
