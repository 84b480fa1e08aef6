import { KernelError } from '@pkvm/errno';
import type { BootSagaEvent, Faults, StepResult } from './events';
import type { PlatformSummary } from './platform-summary';
import { STEP_IDS, SUB_STEP_IDS, stepDefinition, subStepDefinition } from './saga-definition';
import type { CompensationId, ServiceName, StepId, SubStepId } from './saga-definition';

export type StepStatus = 'pending' | 'in-flight' | 'succeeded' | 'failed';

export interface SubStepRecord {
  readonly subStep: SubStepId;
  readonly ok: boolean;
  readonly errno?: number;
  readonly detail?: string;
  readonly at: number;
}

export interface StepState {
  readonly status: StepStatus;
  /** 0 until the step is first started. */
  readonly attempt: number;
  readonly idempotencyKey?: string;
  /** How many times the coordinator sent it (re-sends after a crash keep the attempt and the key). */
  readonly sends: number;
  readonly result?: StepResult;
  readonly errno?: number;
  readonly message?: string;
  readonly subSteps: readonly SubStepRecord[];
}

export interface CompensationState {
  readonly id: CompensationId;
  readonly forStep: StepId;
  readonly status: 'in-flight' | 'done';
  readonly idempotencyKey: string;
  readonly sends: number;
  readonly result?: StepResult;
}

export type BootOutcome =
  | { readonly status: 'PROTECTED' }
  | { readonly status: 'FAILED'; readonly step: StepId; readonly errno: number; readonly compensated: readonly CompensationId[] };

export interface SagaState {
  /** empty: no BootRequested yet; terminal: BootSucceeded or BootFailed recorded. */
  readonly phase: 'empty' | 'running' | 'terminal';
  readonly bootId: string;
  readonly platform?: PlatformSummary;
  readonly faults: Faults;
  readonly steps: Readonly<Record<StepId, StepState>>;
  /** The step sent and not yet answered. */
  readonly inFlight?: StepId;
  readonly compensation?: CompensationState;
  readonly crashes: readonly { readonly service: ServiceName; readonly during?: string }[];
  readonly outcome?: BootOutcome;
  /** Events folded so far (the index of the next one). */
  readonly eventCount: number;
}

const PENDING: StepState = { status: 'pending', attempt: 0, sends: 0, subSteps: [] };

export const INITIAL_SAGA_STATE: SagaState = {
  phase: 'empty',
  bootId: '',
  faults: {},
  steps: Object.fromEntries(STEP_IDS.map((id) => [id, PENDING])) as Record<StepId, StepState>,
  crashes: [],
  eventCount: 0,
};

function reject(index: number, e: BootSagaEvent, reason: string): never {
  throw KernelError.of('EINVAL', `history[${index}] (${e.type}): ${reason}`);
}

function withStep(s: SagaState, id: StepId, patch: Partial<StepState>, extra: Partial<SagaState> = {}): SagaState {
  return { ...s, ...extra, steps: { ...s.steps, [id]: { ...s.steps[id], ...patch } }, eventCount: s.eventCount + 1 };
}

/**
 * Apply one event to the state. Pure; throws KernelError EINVAL naming the history index when the event cannot
 * follow the state (a result for a step not in flight, anything after the terminal event, ...).
 */
export function applyEvent(s: SagaState, e: BootSagaEvent): SagaState {
  const i = s.eventCount;
  if (s.phase === 'empty' && e.type !== 'BootRequested') reject(i, e, 'the history must start with BootRequested');
  if (s.phase === 'terminal') reject(i, e, 'the saga already ended');
  switch (e.type) {
    case 'BootRequested':
      if (s.phase !== 'empty') reject(i, e, 'a second BootRequested');
      return { ...s, phase: 'running', bootId: e.bootId, platform: e.platform, faults: e.faults ?? {}, eventCount: i + 1 };
    case 'StepStarted': {
      if (s.compensation?.status === 'in-flight') reject(i, e, `compensation ${s.compensation.id} is in flight`);
      const st = s.steps[e.step];
      if (s.inFlight !== undefined && s.inFlight !== e.step) reject(i, e, `step ${s.inFlight} is still in flight`);
      if (st.status === 'in-flight') {
        if (st.attempt !== e.attempt || st.idempotencyKey !== e.idempotencyKey)
          reject(i, e, `re-send of ${e.step} must keep attempt ${st.attempt} and key ${st.idempotencyKey}`);
        return withStep(s, e.step, { sends: st.sends + 1 });
      }
      if (e.attempt <= st.attempt) reject(i, e, `attempt ${e.attempt} of ${e.step} is not after attempt ${st.attempt}`);
      return withStep(
        s,
        e.step,
        { status: 'in-flight', attempt: e.attempt, idempotencyKey: e.idempotencyKey, sends: 1, subSteps: [], result: undefined, errno: undefined, message: undefined },
        { inFlight: e.step },
      );
    }
    case 'SubStepReported': {
      if (s.inFlight !== e.step) reject(i, e, `step ${e.step} is not in flight`);
      if (subStepDefinition(e.subStep).step !== e.step) reject(i, e, `sub-step ${e.subStep} is not part of ${e.step}`);
      // PKVM.md §7 case 7: EL2 runs its sub-steps in one fixed order (a sub-step may repeat per SMMU or CPU).
      const previous = s.steps[e.step].subSteps.at(-1);
      if (previous && SUB_STEP_IDS.indexOf(e.subStep) < SUB_STEP_IDS.indexOf(previous.subStep))
        reject(i, e, `sub-step ${e.subStep} reported after ${previous.subStep}, out of the kernel's order`);
      const rec: SubStepRecord = { subStep: e.subStep, ok: e.ok, at: e.at, ...(e.errno !== undefined ? { errno: e.errno } : {}), ...(e.detail !== undefined ? { detail: e.detail } : {}) };
      return withStep(s, e.step, { subSteps: [...s.steps[e.step].subSteps, rec] });
    }
    case 'StepSucceeded':
    case 'StepFailed': {
      const st = s.steps[e.step];
      if (s.inFlight !== e.step) reject(i, e, `step ${e.step} is not in flight`);
      if (st.idempotencyKey !== e.idempotencyKey) reject(i, e, `key ${e.idempotencyKey} does not match the in-flight ${st.idempotencyKey}`);
      if (e.type === 'StepSucceeded') return withStep(s, e.step, { status: 'succeeded', result: e.result }, { inFlight: undefined });
      if (stepDefinition(e.step).onFailure === 'cannot-fail') reject(i, e, `${stepDefinition(e.step).kernelFunction} returns void and cannot fail`);
      if (e.errno >= 0) reject(i, e, 'errno must be negative');
      return withStep(s, e.step, { status: 'failed', errno: e.errno, message: e.message }, { inFlight: undefined });
    }
    case 'CompensationStarted': {
      if (s.inFlight !== undefined) reject(i, e, `step ${s.inFlight} is still in flight`);
      const c = s.compensation;
      if (c) {
        if (c.status !== 'in-flight' || c.id !== e.compensation || c.idempotencyKey !== e.idempotencyKey)
          reject(i, e, `compensation ${c.id} already ${c.status === 'done' ? 'ran' : 'in flight with another key'}`);
        return { ...s, compensation: { ...c, sends: c.sends + 1 }, eventCount: i + 1 };
      }
      return { ...s, compensation: { id: e.compensation, forStep: e.forStep, status: 'in-flight', idempotencyKey: e.idempotencyKey, sends: 1 }, eventCount: i + 1 };
    }
    case 'CompensationDone': {
      const c = s.compensation;
      if (!c || c.status !== 'in-flight' || c.id !== e.compensation) reject(i, e, `compensation ${e.compensation} is not in flight`);
      if (c.idempotencyKey !== e.idempotencyKey) reject(i, e, `key ${e.idempotencyKey} does not match the in-flight ${c.idempotencyKey}`);
      return { ...s, compensation: { ...c, status: 'done', result: e.result }, eventCount: i + 1 };
    }
    case 'ProcessCrashed':
      return { ...s, crashes: [...s.crashes, { service: e.service, ...(e.during !== undefined ? { during: e.during } : {}) }], eventCount: i + 1 };
    case 'ProcessResumed':
      return { ...s, eventCount: i + 1 };
    case 'BootSucceeded':
      if (s.inFlight !== undefined) reject(i, e, `step ${s.inFlight} is still in flight`);
      return { ...s, phase: 'terminal', outcome: { status: 'PROTECTED' }, eventCount: i + 1 };
    case 'BootFailed':
      if (s.inFlight !== undefined) reject(i, e, `step ${s.inFlight} is still in flight`);
      if (s.compensation?.status === 'in-flight') reject(i, e, `compensation ${s.compensation.id} is in flight`);
      return { ...s, phase: 'terminal', outcome: { status: 'FAILED', step: e.step, errno: e.errno, compensated: [...e.compensated] }, eventCount: i + 1 };
    default: {
      const never: never = e;
      return reject(i, never, 'unknown event type');
    }
  }
}

/** The saga's state: a pure left fold of its history (no clock, no randomness). */
export function fold(history: readonly BootSagaEvent[]): SagaState {
  return history.reduce(applyEvent, INITIAL_SAGA_STATE);
}
