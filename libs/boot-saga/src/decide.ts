import type { BootOutcome, SagaState } from './fold';
import { STEP_IDS, compensationDefinition, stepDefinition } from './saga-definition';
import type { CompensationId, StepId } from './saga-definition';

/** Send a step to its service (again, with the same key, if it is already in flight). */
export interface SendStep {
  readonly kind: 'send-step';
  readonly step: StepId;
  readonly attempt: number;
  readonly idempotencyKey: string;
}

/** Run a compensation (again, with the same key, if it is already in flight). */
export interface Compensate {
  readonly kind: 'compensate';
  readonly compensation: CompensationId;
  readonly forStep: StepId;
  readonly idempotencyKey: string;
}

/** Record the terminal event (BootSucceeded or BootFailed). */
export interface FinishBoot {
  readonly kind: 'finish';
  readonly outcome: BootOutcome;
}

export type Command = SendStep | Compensate | FinishBoot;

/** Nothing to do: the terminal event is recorded, or no boot was requested yet (idle). */
export type Done = { readonly kind: 'done'; readonly outcome: BootOutcome } | { readonly kind: 'idle' };

export type Decision = Command | Done;

/** The deterministic idempotency key of a step attempt: the services dedupe on it. */
export function stepIdempotencyKey(bootId: string, step: StepId, attempt: number): string {
  return `${bootId}:${step}:${attempt}`;
}

/** The deterministic idempotency key of a compensation (it runs at most once per boot). */
export function compensationIdempotencyKey(bootId: string, compensation: CompensationId): string {
  return `${bootId}:${compensation}:1`;
}

/** The first failure the kernel does not ignore, in step order. */
export function fatalFailure(s: SagaState): { step: StepId; errno: number } | undefined {
  for (const id of STEP_IDS) {
    const st = s.steps[id];
    if (st.status === 'failed' && stepDefinition(id).onFailure !== 'ignore') return { step: id, errno: st.errno ?? 0 };
  }
  return undefined;
}

/**
 * The next command as a pure function of the folded state. Total: every state gets an answer.
 * The kernel never retries a step on an errno, so attempts stay at 1; a step (or compensation) in flight is sent
 * again with the same attempt and key, which is how a restarted coordinator resumes without running it twice.
 */
export function decide(s: SagaState): Decision {
  if (s.phase === 'empty') return { kind: 'idle' };
  if (s.phase === 'terminal' && s.outcome) return { kind: 'done', outcome: s.outcome };
  const c = s.compensation;
  if (c?.status === 'in-flight') return { kind: 'compensate', compensation: c.id, forStep: c.forStep, idempotencyKey: c.idempotencyKey };
  if (s.inFlight !== undefined) {
    const st = s.steps[s.inFlight];
    return { kind: 'send-step', step: s.inFlight, attempt: st.attempt, idempotencyKey: st.idempotencyKey ?? stepIdempotencyKey(s.bootId, s.inFlight, st.attempt) };
  }
  const fatal = fatalFailure(s);
  if (fatal) {
    const compensation = stepDefinition(fatal.step).compensation;
    // kvm_hyp_init_protection: only a failed do_pkvm_init runs kvm_iommu_remove_driver, exactly once.
    if (compensation && !c) {
      return { kind: 'compensate', compensation, forStep: compensationDefinition(compensation).forStep, idempotencyKey: compensationIdempotencyKey(s.bootId, compensation) };
    }
    const compensated = c?.status === 'done' ? [c.id] : [];
    return { kind: 'finish', outcome: { status: 'FAILED', step: fatal.step, errno: fatal.errno, compensated } };
  }
  const next = STEP_IDS.find((id) => s.steps[id].status === 'pending');
  if (next) return { kind: 'send-step', step: next, attempt: 1, idempotencyKey: stepIdempotencyKey(s.bootId, next, 1) };
  return { kind: 'finish', outcome: { status: 'PROTECTED' } };
}
