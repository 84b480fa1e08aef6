/**
 * @pkvm/boot-saga: the boot saga of PKVM.md §2.3 as pure functions of its history (no NestJS, NATS, database,
 * clock or randomness: time and ids come inside events).
 *
 * - fold(history) -> SagaState, decide(state) -> Command | Done: the coordinator's brain.
 * - simulateBoot / continueSimulation: the saga driven against a pure model of each step (the services' stand-in).
 * - verify / whatIf: the replayer and the what-if tool; exportHistory / importHistory: JSON with validation.
 * - timeline / formatTimeline / timelineSvg: the history as rows, a terminal table and an SVG Gantt chart.
 */
export {
  STEP_IDS,
  STEPS,
  SUB_STEP_IDS,
  SUB_STEPS,
  SERVICE_NAMES,
  COMPENSATION_IDS,
  COMPENSATIONS,
  NO_IOMMU_DRIVER_WARNING,
  stepDefinition,
  subStepDefinition,
  compensationDefinition,
  isStepId,
  isSubStepId,
} from './saga-definition';
export type {
  StepId,
  SubStepId,
  ServiceName,
  CompensationId,
  FailurePolicy,
  StepDefinition,
  SubStepDefinition,
  CompensationDefinition,
} from './saga-definition';
export { EVENT_TYPES, isDecisionEvent } from './events';
export type {
  BootSagaEvent,
  BootSagaEventType,
  EventEnvelope,
  EventBody,
  DecisionEvent,
  BootRequested,
  StepStarted,
  StepSucceeded,
  StepFailed,
  SubStepReported,
  CompensationStarted,
  CompensationDone,
  ProcessCrashed,
  ProcessResumed,
  BootSucceeded,
  BootFailed,
  Faults,
  FailStepFault,
  CrashFault,
  StepResult,
} from './events';
export { summarizePlatform } from './platform-summary';
export type { PlatformSummary, SmmuSummary } from './platform-summary';
export { kvmHypReserve, kvmIommuPages, hostS2PgtablePages, hypPgtableMaxPages } from './carve-out';
export type { CarveOut } from './carve-out';
export { fold, applyEvent, INITIAL_SAGA_STATE } from './fold';
export type { SagaState, StepState, StepStatus, SubStepRecord, CompensationState, BootOutcome } from './fold';
export { decide, stepIdempotencyKey, compensationIdempotencyKey, fatalFailure } from './decide';
export type { Decision, Command, Done, SendStep, Compensate, FinishBoot } from './decide';
export { simulateStep, simulateCompensation, driverRegistered } from './step-simulator';
export type { StepReply, SubStepReport } from './step-simulator';
export { simulateBoot, continueSimulation, bootRequested, createExecutorLedger } from './boot-simulation';
export type { BootRequest, SimulationOptions, SimulationRun, ExecutorLedger } from './boot-simulation';
export { verify, whatIf, decisionOf, sameDecision } from './replay';
export type { VerifyResult, WhatIfResult } from './replay';
export { exportHistory, importHistory, HISTORY_FORMAT, HISTORY_FORMAT_VERSION } from './history-json';
export type { ExportedHistory } from './history-json';
export { validateEvent, validateFaults, validatePlatformSummary } from './history-validation';
export { timeline, formatTimeline, timelineSvg } from './timeline';
export type { TimelineRow, TimelineSubStep, TimelineStatus } from './timeline';
export { crashFreeEffects, idempotencyKeysPerStep } from './crash-comparison';
