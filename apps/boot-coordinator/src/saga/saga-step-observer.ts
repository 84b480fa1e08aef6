import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { compensationDefinition, stepDefinition } from '@pkvm/boot-saga';
import type { BootSagaEvent } from '@pkvm/boot-saga';
import { errnoName } from '@pkvm/errno';
import { SagaStepMetrics } from '@pkvm/observability';
import { ServiceRuntime } from '@pkvm/service-host';
import { BootSagaService } from '../boot-saga.service';
import type { BootHistoryRepository } from './boot-history.repository';

/**
 * The saga's steps as metrics (pkvm_boot_saga_steps_total) and log lines: each step's start and answer, once
 * stored. Watches what the runner appends to the boot histories, so the runner itself knows nothing of it.
 * Lines written while a boot runs on behalf of StartBoot carry its trace_id (the runner inherits the call's scope).
 */
@Injectable()
export class SagaStepObserver implements OnModuleInit {
  private readonly metrics: SagaStepMetrics;

  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime, @Inject(BootSagaService) private readonly saga: BootSagaService) {
    this.metrics = new SagaStepMetrics(rt.metrics.registry);
  }

  onModuleInit(): void {
    const repo: BootHistoryRepository = this.saga.repo;
    const appendStamped = repo.appendStamped.bind(repo);
    repo.appendStamped = async (bootId, expectedVersion, events, meta) => {
      await appendStamped(bootId, expectedVersion, events, meta);
      for (const e of events) this.stored(bootId, e);
    };
  }

  private stored(bootId: string, e: BootSagaEvent): void {
    const log = this.rt.log;
    const base = { context: 'boot-saga', boot_id: bootId };
    switch (e.type) {
      case 'StepStarted':
        log.info({ ...base, step: e.step, attempt: e.attempt, idempotency_key: e.idempotencyKey }, `step ${e.step} ${stepDefinition(e.step).kernelFunction}: started`);
        return;
      case 'StepSucceeded':
        this.metrics.record(e.step, 'succeeded');
        log.info({ ...base, step: e.step, outcome: 'succeeded' }, `step ${e.step} ${stepDefinition(e.step).kernelFunction}: succeeded`);
        return;
      case 'StepFailed':
        this.metrics.record(e.step, 'failed');
        log.warn({ ...base, step: e.step, outcome: 'failed', errno: errnoName(e.errno) }, `step ${e.step} ${stepDefinition(e.step).kernelFunction}: failed (${errnoName(e.errno)}): ${e.message}`);
        return;
      case 'CompensationDone': {
        const forStep = compensationDefinition(e.compensation).forStep;
        this.metrics.record(forStep, 'compensated');
        log.info({ ...base, step: forStep, outcome: 'compensated', compensation: e.compensation }, `step ${forStep}: compensated by ${e.compensation}`);
        return;
      }
      default:
    }
  }
}
