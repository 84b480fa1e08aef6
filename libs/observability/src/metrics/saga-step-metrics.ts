import { Counter, type Registry } from 'prom-client';

export type SagaStepOutcome = 'succeeded' | 'failed' | 'compensated';

/** pkvm_boot_saga_steps_total{step,outcome}: each boot-saga step's answer (S0..S6; compensations by the step they undo). */
export class SagaStepMetrics {
  private readonly steps: Counter<'step' | 'outcome'>;

  constructor(registry: Registry) {
    this.steps = new Counter({
      name: 'pkvm_boot_saga_steps_total',
      help: 'Boot-saga step outcomes: succeeded or failed per step, compensated per step a compensation undid',
      labelNames: ['step', 'outcome'],
      registers: [registry],
    });
  }

  record(step: string, outcome: SagaStepOutcome): void {
    this.steps.inc({ step, outcome });
  }
}
