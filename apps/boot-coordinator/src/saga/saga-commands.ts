import { compensationDefinition, isStepId, stepDefinition } from '@pkvm/boot-saga';
import type { Compensate, CompensationId, SendStep, ServiceName, StepId } from '@pkvm/boot-saga';

/** The step or compensation a command sends. */
export function commandTarget(c: SendStep | Compensate): StepId | CompensationId {
  return c.kind === 'send-step' ? c.step : c.compensation;
}

/** Every service whose crash interrupts `what` before its result is committed. */
export function participantsOf(what: StepId | CompensationId): readonly ServiceName[] {
  return isStepId(what) ? stepDefinition(what).participants : compensationDefinition(what).participants;
}
