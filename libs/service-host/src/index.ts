export { runService } from './run-service';
export { ServiceRuntime } from './service-runtime';
export type { Readiness } from './service-runtime';
export { twinConfigFromEnv, storeLocation } from './twin-config';
export type { TwinConfig } from './twin-config';
export { serveHealthHttp } from './health-http';
export type { HealthProbe } from './health-http';
export { failStopOnLostCommit } from './fail-stop-on-lost-commit';
