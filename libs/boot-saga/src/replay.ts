import { KernelError } from '@pkvm/errno';
import { continueSimulation } from './boot-simulation';
import type { SimulationOptions } from './boot-simulation';
import { decide } from './decide';
import type { Decision } from './decide';
import { isDecisionEvent } from './events';
import type { BootRequested, BootSagaEvent, DecisionEvent, Faults } from './events';
import { applyEvent, fold, INITIAL_SAGA_STATE } from './fold';
import type { BootOutcome, SagaState } from './fold';
import { validateFaults } from './history-validation';
import { stepIndex, subStepDefinition } from './saga-definition';
import type { StepId } from './saga-definition';

export type VerifyResult =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      /** Index of the first event where the current code decides differently (or that cannot follow). */
      readonly atIndex: number;
      /** What the current decide() says at that point. */
      readonly expected: Decision;
      /** What the history recorded there. */
      readonly actual: BootSagaEvent;
      readonly reason: string;
    };

/** The decision a recorded event stands for, in decide()'s shape. */
export function decisionOf(e: DecisionEvent): Decision {
  switch (e.type) {
    case 'StepStarted':
      return { kind: 'send-step', step: e.step, attempt: e.attempt, idempotencyKey: e.idempotencyKey };
    case 'CompensationStarted':
      return { kind: 'compensate', compensation: e.compensation, forStep: e.forStep, idempotencyKey: e.idempotencyKey };
    case 'BootSucceeded':
      return { kind: 'finish', outcome: { status: 'PROTECTED' } };
    case 'BootFailed':
      return { kind: 'finish', outcome: { status: 'FAILED', step: e.step, errno: e.errno, compensated: [...e.compensated] } };
  }
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Deep equality of two decisions (key order and undefined fields ignored). */
export function sameDecision(a: Decision, b: Decision): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The replayer: feed a recorded history to the current decide() and stop at the first decision event
 * (StepStarted, CompensationStarted, BootSucceeded, BootFailed) where the code decides differently, or at the
 * first event that cannot follow the state. Observations (results, sub-steps, crashes) are taken as recorded.
 */
export function verify(history: readonly BootSagaEvent[]): VerifyResult {
  let state: SagaState = INITIAL_SAGA_STATE;
  for (let i = 0; i < history.length; i++) {
    const e = history[i]!;
    const expected = decide(state);
    if (isDecisionEvent(e)) {
      const actual = decisionOf(e);
      if (!sameDecision(expected, actual)) {
        return { ok: false, atIndex: i, expected, actual: e, reason: `recorded ${canonical(actual)}, current code decides ${canonical(expected)}` };
      }
    }
    try {
      state = applyEvent(state, e);
    } catch (err) {
      if (err instanceof KernelError) return { ok: false, atIndex: i, expected, actual: e, reason: err.message };
      throw err;
    }
  }
  return { ok: true, events: history.length };
}

export interface WhatIfResult {
  /** Index in the recorded history where the simulation takes over (the first StepStarted of atStep). */
  readonly branchIndex: number;
  readonly recordedOutcome?: BootOutcome;
  readonly outcome: BootOutcome;
  /** The recorded prefix (with the new faults in BootRequested) followed by the simulated rest. */
  readonly history: readonly BootSagaEvent[];
}

function faultStep(f: Faults['failStep']): StepId | undefined {
  if (!f) return undefined;
  return 'step' in f ? f.step : subStepDefinition(f.subStep).step;
}

/**
 * What if `fault` had been injected from `atStep` on? Keep the recorded history up to the first start of
 * atStep, then simulate the rest with the pure step model. Faults of the recording that target earlier steps
 * stay (they already happened); `fault` replaces the rest. Nothing live is touched.
 */
export function whatIf(history: readonly BootSagaEvent[], atStep: StepId, fault: Faults, options: SimulationOptions = {}): WhatIfResult {
  validateFaults(fault, 'fault');
  const recorded = fold(history);
  const branchIndex = history.findIndex((e) => e.type === 'StepStarted' && e.step === atStep);
  if (branchIndex < 0) throw KernelError.of('EINVAL', `atStep: ${atStep} never started in this history`);
  const at = stepIndex(atStep);
  const fs = faultStep(fault.failStep);
  if (fs !== undefined && stepIndex(fs) < at) throw KernelError.of('EINVAL', `fault.failStep: targets ${fs}, before the branch point ${atStep}`);
  if (fault.crash && fault.crash.atStep !== 'kvm_iommu_remove_driver' && stepIndex(fault.crash.atStep) < at)
    throw KernelError.of('EINVAL', `fault.crash.atStep: ${fault.crash.atStep} is before the branch point ${atStep}`);
  const original = history[0] as BootRequested;
  const kept: { failStep?: Faults['failStep']; crash?: Faults['crash'] } = {};
  const ofs = faultStep(original.faults?.failStep);
  if (ofs !== undefined && stepIndex(ofs) < at) kept.failStep = original.faults!.failStep;
  const oc = original.faults?.crash;
  if (oc && oc.atStep !== 'kvm_iommu_remove_driver' && stepIndex(oc.atStep) < at) kept.crash = oc;
  const faults: Faults = { ...kept, ...fault };
  const request: BootRequested = { ...original, faults };
  const prefix = [request, ...history.slice(1, branchIndex)];
  const run = continueSimulation(prefix, options);
  return { branchIndex, ...(recorded.outcome ? { recordedOutcome: recorded.outcome } : {}), outcome: run.outcome, history: run.history };
}
