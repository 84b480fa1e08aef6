import { Module } from '@nestjs/common';
import { BootSagaController } from './boot-saga.controller';
import { BootSagaService } from './boot-saga.service';
import { SagaStepObserver } from './saga/saga-step-observer';

/**
 * The boot-coordinator service: the boot saga runner on pkvm.v1.boot.saga (README.md beside this file).
 * Ping and Health come from the shared service host.
 */
@Module({ controllers: [BootSagaController], providers: [BootSagaService, SagaStepObserver] })
export class BootCoordinatorModule {}
