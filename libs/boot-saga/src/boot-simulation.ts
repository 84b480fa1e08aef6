import { KernelError } from '@pkvm/errno';
import type { BootRequested, BootSagaEvent, EventBody, Faults } from './events';
import { applyEvent, fold } from './fold';
import type { BootOutcome, SagaState } from './fold';
import { decide } from './decide';
import { compensationDefinition, stepDefinition } from './saga-definition';
import type { CompensationId, StepId } from './saga-definition';
import type { PlatformSummary } from './platform-summary';
import { simulateCompensation, simulateStep } from './step-simulator';
import type { StepReply } from './step-simulator';
import { validateFaults, validatePlatformSummary } from './history-validation';

/**
 * What the simulated services remember across a coordinator crash: the reply per idempotency key (a repeated
 * key gets the first answer) and every real execution, so tests can check that nothing ran twice.
 */
export interface ExecutorLedger {
  readonly replies: Map<string, StepReply>;
  readonly executions: { readonly what: StepId | CompensationId; readonly idempotencyKey: string }[];
}

export function createExecutorLedger(): ExecutorLedger {
  return { replies: new Map(), executions: [] };
}

export interface SimulationOptions {
  /** The services' memory; pass the ledger of an earlier run to resume a history whose replies were lost. */
  readonly ledger?: ExecutorLedger;
  /** Time between two simulated events, in ms (default 1). */
  readonly tickMs?: number;
}

export interface SimulationRun {
  readonly history: readonly BootSagaEvent[];
  readonly outcome: BootOutcome;
  readonly ledger: ExecutorLedger;
}

export interface BootRequest {
  readonly bootId: string;
  readonly platform: PlatformSummary;
  readonly faults?: Faults;
  /** Time of BootRequested in ms (default 0). */
  readonly at?: number;
}

const MAX_EVENTS = 10_000;

/** The BootRequested event of a request (validated: bad faults -> KernelError EINVAL naming the field). */
export function bootRequested(req: BootRequest): BootRequested {
  validatePlatformSummary(req.platform, 'platform');
  if (req.faults !== undefined) validateFaults(req.faults, 'faults');
  return {
    type: 'BootRequested',
    eventId: `${req.bootId}#0`,
    correlationId: req.bootId,
    at: req.at ?? 0,
    bootId: req.bootId,
    platform: req.platform,
    ...(req.faults !== undefined ? { faults: req.faults } : {}),
  };
}

/** Simulate a whole boot with the pure step model. */
export function simulateBoot(req: BootRequest, options: SimulationOptions = {}): SimulationRun {
  return continueSimulation([bootRequested(req)], options);
}

/**
 * Fold the history, then keep deciding and executing with the simulated services until the saga is done:
 * exactly what a restarted coordinator does, without touching anything live. Crash faults of BootRequested
 * fire once, on the first send of their step. A participant's crash (at the step or at one of its EL2
 * sub-steps) loses the reply: the step is sent again with its key. A service that takes no part in the step
 * dies and comes back beside it: the step's reply arrives as without the crash.
 */
export function continueSimulation(history: readonly BootSagaEvent[], options: SimulationOptions = {}): SimulationRun {
  const ledger = options.ledger ?? createExecutorLedger();
  const tick = options.tickMs ?? 1;
  const events: BootSagaEvent[] = [...history];
  let state: SagaState = fold(history);
  if (state.phase === 'empty') throw KernelError.of('EINVAL', 'history: empty, nothing to simulate');
  const crash = state.faults.crash;
  let crashFired = crash !== undefined && state.crashes.some((c) => c.service === crash.service && c.during === crash.atStep);
  let at = events[events.length - 1]!.at;

  const push = (body: EventBody, correlationId: string): void => {
    at += tick;
    const { type, ...rest } = body;
    const e = { type, eventId: `${state.bootId}#${events.length}`, correlationId, at, ...rest } as BootSagaEvent;
    state = applyEvent(state, e);
    events.push(e);
  };
  const execute = (what: StepId | CompensationId, key: string, run: () => StepReply): StepReply => {
    const cached = ledger.replies.get(key);
    if (cached) return cached; // a repeated key gets the first answer, never a second execution
    const reply = run();
    ledger.replies.set(key, reply);
    ledger.executions.push({ what, idempotencyKey: key });
    return reply;
  };
  // Returns true when the reply was lost and the coordinator must decide (re-send) again.
  const maybeCrash = (what: StepId | CompensationId, key: string, participants: readonly string[], run: () => StepReply): boolean => {
    if (!crash || crashFired || crash.atStep !== what) return false;
    crashFired = true;
    if (crash.service === 'boot-coordinator') execute(what, key, run); // the step ran, its reply is lost with the coordinator
    push({ type: 'ProcessCrashed', service: crash.service, during: what }, state.bootId);
    push({ type: 'ProcessResumed', service: crash.service }, state.bootId);
    // A participant died before committing: nothing ran, the request times out and is re-sent with the same key.
    return crash.service === 'boot-coordinator' || participants.includes(crash.service);
  };

  for (;;) {
    if (events.length > MAX_EVENTS) throw new Error(`boot simulation did not terminate after ${MAX_EVENTS} events`); // a bug in decide, not a refusal
    const d = decide(state);
    if (d.kind === 'done' || d.kind === 'idle') break;
    if (d.kind === 'finish') {
      if (d.outcome.status === 'PROTECTED') push({ type: 'BootSucceeded' }, state.bootId);
      else push({ type: 'BootFailed', step: d.outcome.step, errno: d.outcome.errno, compensated: d.outcome.compensated }, state.bootId);
      continue;
    }
    if (d.kind === 'send-step') {
      const key = d.idempotencyKey;
      const snapshot = state;
      const run = (): StepReply => simulateStep(snapshot, d.step);
      push({ type: 'StepStarted', step: d.step, attempt: d.attempt, idempotencyKey: key }, key);
      if (maybeCrash(d.step, key, stepDefinition(d.step).participants, run)) continue;
      const reply = execute(d.step, key, run);
      for (const r of reply.subSteps) push({ type: 'SubStepReported', step: d.step, ...r }, key);
      if (reply.ok) push({ type: 'StepSucceeded', step: d.step, idempotencyKey: key, result: reply.result }, key);
      else push({ type: 'StepFailed', step: d.step, idempotencyKey: key, errno: reply.errno, message: reply.message }, key);
      continue;
    }
    // compensate
    const key = d.idempotencyKey;
    const snapshot = state;
    const run = (): StepReply => ({ ok: true, result: simulateCompensation(snapshot, d.compensation), subSteps: [] });
    push({ type: 'CompensationStarted', compensation: d.compensation, forStep: d.forStep, idempotencyKey: key }, key);
    if (maybeCrash(d.compensation, key, compensationDefinition(d.compensation).participants, run)) continue;
    const reply = execute(d.compensation, key, run);
    push({ type: 'CompensationDone', compensation: d.compensation, idempotencyKey: key, result: reply.ok ? reply.result : {} }, key);
  }
  return { history: events, outcome: state.outcome!, ledger };
}

