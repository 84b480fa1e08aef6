/**
 * @pkvm/observability: what every service logs and exports (README.md, "Observability").
 * - logs: pino JSON lines (LOG_LEVEL, PKVM_LOG_FORMAT), NestJS's Logger bridged onto them; lines written while a
 *   hypercall is served carry its request_id, subject and trace_id;
 * - metrics: a Prometheus registry per service fed by the transport's ServedCallObserver, plus the boot saga's
 *   and the iommu's own series.
 */
export { logSettingsFromEnv } from './log/log-settings';
export type { LogFormat, LogLevel, LogSettings } from './log/log-settings';
export { createServiceLogger } from './log/service-logger';
export type { ServiceLogger, ServiceLoggerOptions } from './log/service-logger';
export { NestPinoLogger } from './log/nest-pino-logger';
export { ServedCallLog } from './log/served-call-log';
export { ServiceMetrics } from './metrics/service-metrics';
export { SagaStepMetrics } from './metrics/saga-step-metrics';
export { registerIommuMetrics } from './metrics/iommu-metrics';
