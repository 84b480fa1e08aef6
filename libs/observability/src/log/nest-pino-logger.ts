import type { LoggerService } from '@nestjs/common';
import type { ServiceLogger } from './service-logger';

/**
 * NestJS's LoggerService over pino: `new Logger('iommu-machine').warn(m)` anywhere in a service (and Nest's own
 * lines) become pino records with `context`. Nest passes the context last, and for error() the stack first.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: ServiceLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // error(message, stack?, context?): with one extra parameter Nest means the context.
    const fields: Record<string, unknown> = {};
    if (params.length >= 2 && typeof params[0] === 'string') fields.stack = params[0];
    this.write('error', message, params.length >= 2 ? params.slice(1) : params, fields);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, params: unknown[], fields: Record<string, unknown> = {}): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? params[params.length - 1] : undefined;
    if (context !== undefined) fields.context = context;
    if (message instanceof Error) this.pino[level]({ ...fields, stack: message.stack }, message.message);
    else if (typeof message === 'string') this.pino[level](fields, message);
    else this.pino[level]({ ...fields, value: message }, typeof message);
  }
}
