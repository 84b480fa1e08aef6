import type { BootSagaEvent } from './events';

/**
 * What a boot did, without the crash noise (crash/resume records, re-sent starts): results in order, sub-steps
 * included. A crash alone must leave this equal to the same boot's without the crash.
 */
export function crashFreeEffects(h: readonly BootSagaEvent[]): string[] {
  return h.flatMap((e) => {
    switch (e.type) {
      case 'StepSucceeded':
        return [`ok ${e.step} ${JSON.stringify(e.result)}`];
      case 'StepFailed':
        return [`fail ${e.step} ${e.errno}`];
      case 'SubStepReported':
        return [`sub ${e.subStep} ${e.ok} ${e.detail ?? ''}`];
      case 'CompensationDone':
        return [`comp ${e.compensation} ${JSON.stringify(e.result)}`];
      case 'BootSucceeded':
      case 'BootFailed':
        return [e.type];
      default:
        return [];
    }
  });
}

/** Every idempotency key a history sent, per step or compensation: a re-send must reuse its step's one key. */
export function idempotencyKeysPerStep(h: readonly BootSagaEvent[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const e of h) {
    if (e.type !== 'StepStarted' && e.type !== 'CompensationStarted') continue;
    const id = e.type === 'StepStarted' ? e.step : e.compensation;
    if (!m.has(id)) m.set(id, new Set());
    m.get(id)!.add(e.idempotencyKey);
  }
  return m;
}
