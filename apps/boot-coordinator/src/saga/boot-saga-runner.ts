import { Logger } from '@nestjs/common';
import { applyEvent, decide, fold, stepDefinition } from '@pkvm/boot-saga';
import type { BootSagaEvent, Compensate, EventBody, SagaState, SendStep, ServiceName } from '@pkvm/boot-saga';
import { isStreamVersionConflict } from '@pkvm/event-store';
import type { StepExecutor, StepOutcome } from '../executors/step-executor';
import { BootHistoryRepository } from './boot-history.repository';
import { commandTarget } from './saga-commands';

/**
 * How an injected crash of the coordinator itself is carried out:
 * - exit: SIGKILL this process (a supervisor, or the test, starts it again; it resumes from the store);
 * - restart: drop every in-memory trace of the boot and resume it from the store in this process, the same
 *   code path as a restart, for stacks nobody restarts (npm start).
 */
export type CoordinatorCrashMode = 'exit' | 'restart';

export interface BootSagaRunnerOptions {
  readonly crashMode: CoordinatorCrashMode;
  /** First and largest wait before re-sending a step whose reply was lost. */
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Process exit for the 'exit' crash mode (a seam for tests). */
  readonly kill?: () => void;
}

/** Thrown inside a boot's loop by an injected coordinator crash in 'restart' mode. */
class InjectedCoordinatorCrash extends Error {}

/** The runner stopped (lease lost, shutdown): leave the boot as it is, a writer resumes it later. */
class RunnerStopped extends Error {}

/**
 * The saga runner: for one boot, fold(history) -> decide -> execute the command through the StepExecutor with
 * the command's idempotency key -> append the result events -> repeat until Done. Everything the loop knows is
 * in the store: a restarted coordinator folds the same history, decide() gives the same command with the same
 * key, and the service's dedupe answers a step that already ran (never a second execution).
 *
 * One boot at a time: the twin models one machine.
 */
export class BootSagaRunner {
  private readonly logger = new Logger('boot-saga');
  private readonly running = new Map<string, Promise<void>>();
  private reserved?: string;
  private stopped = false;
  private readonly wakeups = new Set<() => void>();

  constructor(
    private readonly repo: BootHistoryRepository,
    readonly executor: StepExecutor,
    private readonly options: BootSagaRunnerOptions,
  ) {}

  /** The boot being run (or about to be), if any. */
  activeBoot(): string | undefined {
    return this.reserved ?? this.running.keys().next().value;
  }

  /** Claims the machine for a new boot; false when one runs. Release with launch() or release(). */
  tryReserve(bootId: string): boolean {
    if (this.activeBoot() !== undefined) return false;
    this.reserved = bootId;
    return true;
  }

  release(bootId: string): void {
    if (this.reserved === bootId) this.reserved = undefined;
  }

  /** Runs a boot whose BootRequested is stored (idempotent: a boot already running is left alone). */
  launch(bootId: string, resumed = false): void {
    if (this.reserved === bootId) this.reserved = undefined;
    if (this.running.has(bootId) || this.stopped) return;
    const p = this.drive(bootId, resumed)
      .catch((e: Error) => {
        if (e instanceof RunnerStopped) this.logger.log(`${bootId}: runner stopped; the boot resumes with the next writer`);
        else if (isStreamVersionConflict(e)) this.logger.warn(`${bootId}: another writer appended (${e.message}); stopping`);
        else this.logger.error(`${bootId}: ${e.stack ?? e.message}`);
      })
      .finally(() => {
        if (this.running.get(bootId) === p) this.running.delete(bootId);
      });
    this.running.set(bootId, p);
  }

  /** Crash-resume: every boot without a terminal event is driven on from its history. */
  async resumeAll(): Promise<string[]> {
    this.stopped = false;
    const resumed: string[] = [];
    for (const bootId of await this.repo.list()) {
      const h = await this.repo.read(bootId);
      if (fold(h.events).phase !== 'running') continue;
      this.logger.log(`${bootId}: unfinished after ${h.events.length} events; resuming from the history`);
      resumed.push(bootId);
      this.launch(bootId, true);
      // one machine: boots run one after another (a loop may hand over to a fresh one after an injected crash)
      while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
    }
    return resumed;
  }

  /** Stops every loop at its next step (lease lost, shutdown); waits for them to leave. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const w of this.wakeups) w();
    await Promise.allSettled([...this.running.values()]);
  }

  /** Resolves when the boot's loop ends (immediately when it does not run here). */
  async settled(bootId: string): Promise<void> {
    while (this.running.has(bootId)) await this.running.get(bootId);
  }

  private async drive(bootId: string, resumed: boolean): Promise<void> {
    const h = await this.repo.read(bootId);
    let version = h.version;
    let state: SagaState = fold(h.events);
    const append = async (bodies: EventBody[], correlationId: string): Promise<BootSagaEvent[]> => {
      if (this.stopped) throw new RunnerStopped();
      const events = this.repo.stamp(bodies, correlationId);
      // Fold first: the stored history must always fold (a KernelError here writes nothing).
      const next = events.reduce(applyEvent, state);
      await this.repo.appendStamped(bootId, version, events);
      version += events.length;
      state = next;
      return events;
    };

    if (resumed && state.phase === 'running') {
      // The reply of whatever was in flight died with the previous process: say so in the history.
      const during = state.compensation?.status === 'in-flight' ? state.compensation.id : state.inFlight;
      await append(
        [
          ...(during !== undefined ? [{ type: 'ProcessCrashed', service: 'boot-coordinator', during } as EventBody] : []),
          { type: 'ProcessResumed', service: 'boot-coordinator' },
        ],
        bootId,
      );
    }

    let lostInARow = 0;
    for (;;) {
      const d = decide(state);
      if (d.kind === 'done' || d.kind === 'idle') {
        if (d.kind === 'done') this.logger.log(`${bootId}: ${d.outcome.status === 'PROTECTED' ? 'PROTECTED' : `FAILED at ${d.outcome.step} (${d.outcome.errno})`}`);
        return;
      }
      if (d.kind === 'finish') {
        const o = d.outcome;
        await append([o.status === 'PROTECTED' ? { type: 'BootSucceeded' } : { type: 'BootFailed', step: o.step, errno: o.errno, compensated: o.compensated }], bootId);
        continue;
      }
      const outcome = await this.send(d, state, append, () => state, bootId);
      if (outcome === 'crashed') {
        // 'restart' mode: this loop is gone with its memory; a fresh one folds the store (same path as a restart).
        this.running.delete(bootId);
        this.launch(bootId, true);
        return;
      }
      if (outcome.kind === 'lost') {
        lostInARow++;
        // an injected participant crash is over once recorded (the process is back); a timeout backs off
        const wait = outcome.crashed ? 0 : Math.min(this.options.maxBackoffMs ?? 5_000, (this.options.minBackoffMs ?? 200) * 2 ** Math.min(lostInARow - 1, 10));
        this.logger.warn(`${bootId}: ${commandTarget(d)} reply lost (${outcome.reason}); re-sending ${d.idempotencyKey} in ${wait} ms`);
        await this.sleep(wait);
        continue;
      }
      lostInARow = 0;
    }
  }

  /** Records the send, executes it, records the answer. */
  private async send(
    d: SendStep | Compensate,
    before: SagaState,
    append: (bodies: EventBody[], correlationId: string) => Promise<BootSagaEvent[]>,
    _current: () => SagaState,
    bootId: string,
  ): Promise<StepOutcome | 'crashed'> {
    const key = d.idempotencyKey;
    const what = commandTarget(d);
    const [started] = await append(
      [d.kind === 'send-step'
        ? { type: 'StepStarted', step: d.step, attempt: d.attempt, idempotencyKey: key }
        : { type: 'CompensationStarted', compensation: d.compensation, forStep: d.forStep, idempotencyKey: key }],
      key,
    );
    const crash = before.faults.crash;
    const crashFires = crash !== undefined && crash.atStep === what && !before.crashes.some((c) => c.service === crash.service && c.during === what);
    const crashOther: ServiceName | undefined = crashFires && crash.service !== 'boot-coordinator' ? crash.service : undefined;
    const outcome = await this.executor.execute({ bootId, command: d, state: applyEvent(before, started!), ...(crashOther ? { crash: crashOther } : {}) });
    if (crashFires && crash.service === 'boot-coordinator') {
      // The step ran (the service committed its reply); the coordinator dies before recording it.
      this.logger.warn(`${bootId}: injected crash of boot-coordinator during ${what} (${this.options.crashMode})`);
      if (this.options.crashMode === 'exit') {
        (this.options.kill ?? (() => process.kill(process.pid, 'SIGKILL')))();
        await new Promise(() => undefined); // never returns: the process is gone
      }
      return 'crashed';
    }
    if (outcome.crashed) {
      await append([{ type: 'ProcessCrashed', service: outcome.crashed, during: what }, { type: 'ProcessResumed', service: outcome.crashed }], bootId);
    }
    if (outcome.kind === 'lost') return outcome;
    const r = outcome.reply;
    if (d.kind === 'compensate') {
      await append([{ type: 'CompensationDone', compensation: d.compensation, idempotencyKey: key, result: r.ok ? r.result : {} }], key);
      return outcome;
    }
    if (!r.ok && stepDefinition(d.step).onFailure === 'cannot-fail') {
      // The kernel function returns void: a refusal here means the service is not where the saga thinks it is.
      return { kind: 'lost', reason: `${stepDefinition(d.step).kernelFunction} cannot fail, but the service answered ${r.errno}: ${r.message}` };
    }
    // Every sub-step the service reported, in its order; the fold refuses one out of the kernel's order (a bug
    // in a service or in libs/boot-saga: the boot stops there, loudly, instead of recording a partial history).
    const bodies: EventBody[] = r.subSteps.map((s) => ({ type: 'SubStepReported', step: d.step, ...s }) as EventBody);
    bodies.push(r.ok
      ? { type: 'StepSucceeded', step: d.step, idempotencyKey: key, result: r.result }
      : { type: 'StepFailed', step: d.step, idempotencyKey: key, errno: r.errno, message: r.message });
    await append(bodies, key);
    return outcome;
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(t);
        this.wakeups.delete(wake);
        resolve();
      };
      const t = setTimeout(wake, ms);
      this.wakeups.add(wake);
    });
  }
}
