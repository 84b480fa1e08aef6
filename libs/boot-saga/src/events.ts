import type { CompensationId, ServiceName, StepId, SubStepId } from './saga-definition';
import type { PlatformSummary } from './platform-summary';

/** Fields every event carries; all supplied by the caller (the fold has no clock and no id source). */
export interface EventEnvelope {
  /** Globally unique event id. */
  readonly eventId: string;
  /** Trace/correlation id of the request the event belongs to. */
  readonly correlationId: string;
  /** Wall time in ms since the epoch, as recorded by the writer. */
  readonly at: number;
}

/** Fail a step (the whole step returns errno) or one EL2 sub-step (the enclosing step returns errno). Errno is negative. */
export type FailStepFault = { readonly step: StepId; readonly errno: number } | { readonly subStep: SubStepId; readonly errno: number };

/**
 * Crash `service` while `atStep` is in flight, before its result is committed or delivered. With `subStep`
 * (an EL2 sub-step of `atStep` the service acts in, saga-definition `crashable`), the process dies when it
 * reaches that sub-step: after the effects before it, before its commit.
 */
export interface CrashFault {
  readonly service: ServiceName;
  readonly atStep: StepId | CompensationId;
  readonly subStep?: SubStepId;
}

/** Fault injection as data: carried in BootRequested so a replay reproduces it. */
export interface Faults {
  readonly failStep?: FailStepFault;
  readonly crash?: CrashFault;
}

/** A step's result: a flat JSON record. */
export type StepResult = { readonly [key: string]: number | string | boolean | null };

export interface BootRequested extends EventEnvelope {
  readonly type: 'BootRequested';
  /** The saga's id: idempotency keys derive from it. */
  readonly bootId: string;
  readonly platform: PlatformSummary;
  readonly faults?: Faults;
}

export interface StepStarted extends EventEnvelope {
  readonly type: 'StepStarted';
  readonly step: StepId;
  readonly attempt: number;
  readonly idempotencyKey: string;
}

export interface StepSucceeded extends EventEnvelope {
  readonly type: 'StepSucceeded';
  readonly step: StepId;
  readonly idempotencyKey: string;
  readonly result: StepResult;
}

export interface StepFailed extends EventEnvelope {
  readonly type: 'StepFailed';
  readonly step: StepId;
  readonly idempotencyKey: string;
  /** Negative errno, as the kernel returns it. */
  readonly errno: number;
  readonly message: string;
}

/** One EL2 (or per-CPU) sub-step, as reported in the step's reply; recorded before the step's result. */
export interface SubStepReported extends EventEnvelope {
  readonly type: 'SubStepReported';
  readonly step: StepId;
  readonly subStep: SubStepId;
  readonly ok: boolean;
  readonly errno?: number;
  /** Which instance: an SMMU id, a CPU index. */
  readonly detail?: string;
}

export interface CompensationStarted extends EventEnvelope {
  readonly type: 'CompensationStarted';
  readonly compensation: CompensationId;
  readonly forStep: StepId;
  readonly idempotencyKey: string;
}

export interface CompensationDone extends EventEnvelope {
  readonly type: 'CompensationDone';
  readonly compensation: CompensationId;
  readonly idempotencyKey: string;
  readonly result: StepResult;
}

/** Informational: the fold records it, decide ignores it. */
export interface ProcessCrashed extends EventEnvelope {
  readonly type: 'ProcessCrashed';
  readonly service: ServiceName;
  readonly during?: StepId | CompensationId;
}

/** Informational: the process (or its standby) is serving again. */
export interface ProcessResumed extends EventEnvelope {
  readonly type: 'ProcessResumed';
  readonly service: ServiceName;
}

export interface BootSucceeded extends EventEnvelope {
  readonly type: 'BootSucceeded';
}

export interface BootFailed extends EventEnvelope {
  readonly type: 'BootFailed';
  readonly step: StepId;
  readonly errno: number;
  /** Compensations that ran, in the order they ran. */
  readonly compensated: readonly CompensationId[];
}

export type BootSagaEvent =
  | BootRequested
  | StepStarted
  | StepSucceeded
  | StepFailed
  | SubStepReported
  | CompensationStarted
  | CompensationDone
  | ProcessCrashed
  | ProcessResumed
  | BootSucceeded
  | BootFailed;

export type BootSagaEventType = BootSagaEvent['type'];

export const EVENT_TYPES: readonly BootSagaEventType[] = [
  'BootRequested',
  'StepStarted',
  'StepSucceeded',
  'StepFailed',
  'SubStepReported',
  'CompensationStarted',
  'CompensationDone',
  'ProcessCrashed',
  'ProcessResumed',
  'BootSucceeded',
  'BootFailed',
];

/** Events that record a decision of the coordinator (what verify() checks against decide()). */
export type DecisionEvent = StepStarted | CompensationStarted | BootSucceeded | BootFailed;

export function isDecisionEvent(e: BootSagaEvent): e is DecisionEvent {
  return e.type === 'StepStarted' || e.type === 'CompensationStarted' || e.type === 'BootSucceeded' || e.type === 'BootFailed';
}

/** An event without its envelope: what decide/simulate produce before the writer stamps it. */
export type EventBody<E extends BootSagaEvent = BootSagaEvent> = E extends BootSagaEvent ? Omit<E, keyof EventEnvelope> : never;
