import 'reflect-metadata';
import { Logger, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServiceLogger, logSettingsFromEnv, NestPinoLogger } from '@pkvm/observability';
import type { AppName } from '@pkvm/proto';
import { HypercallExceptionFilter } from '@pkvm/transport';
import { healthController } from './health.controller';
import { serveHealthHttp } from './health-http';
import { ServiceRuntime } from './service-runtime';
import { twinConfigFromEnv } from './twin-config';

/**
 * Starts one service process: its pino logger (NestJS's Logger writes through it), NATS, its event store, the
 * hypercall transport (with the writer lease, metrics and call logging), Ping/Health, the optional HTTP port
 * (probes and /metrics); stops cleanly on SIGTERM/SIGINT.
 */
export async function runService(app: AppName, appModule: Type<unknown>): Promise<void> {
  const logger = new Logger(app);
  const config = twinConfigFromEnv(app);
  try {
    const log = createServiceLogger({ service: app, instanceId: config.instanceId, ...logSettingsFromEnv(process.env, process.stdout.isTTY === true) });
    const nestLogger = new NestPinoLogger(log);
    Logger.overrideLogger(nestLogger);
    const runtime = await ServiceRuntime.open(config, log);
    @Module({ imports: [appModule], providers: [{ provide: ServiceRuntime, useValue: runtime }], exports: [ServiceRuntime] })
    class RuntimeModule {}
    const service = await NestFactory.createMicroservice(
      { module: RuntimeModule, controllers: [healthController(runtime)], global: true },
      { strategy: runtime.server, logger: nestLogger },
    );
    // Keeps a KernelError's errno on the wire instead of Nest's generic 'Internal server error'.
    service.useGlobalFilters(new HypercallExceptionFilter());
    await service.listen();
    const http = config.healthPort !== undefined ? await serveHealthHttp(config.healthPort, runtime, runtime.metrics) : undefined;
    logger.log(`${config.instanceId} serving on ${config.natsUrl}${config.subjectPrefix ? ` (prefix ${config.subjectPrefix})` : ''}`);
    const stop = async (signal: string) => {
      logger.log(`${signal}: stopping`);
      http?.close();
      await service.close();
      await runtime.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (e) {
    logger.error(`failed to start: ${(e as Error).stack ?? e}`);
    process.exit(1);
  }
}
