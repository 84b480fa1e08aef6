import pino, { type DestinationStream, type Logger } from 'pino';
import { currentCall } from '@pkvm/transport';
import { callLogFields } from './call-log-fields';
import type { LogSettings } from './log-settings';
import { plainDestination } from './plain-line';

export type ServiceLogger = Logger;

export interface ServiceLoggerOptions extends LogSettings {
  readonly service: string;
  readonly instanceId: string;
  /** Where lines go. Default: stdout, written synchronously (a fail-stop exit or SIGKILL loses no line). */
  readonly destination?: DestinationStream;
}

/**
 * The service's pino logger. Every line written while a hypercall is being served (any code on the handler's
 * async path) carries that call's request_id, subject and trace_id.
 */
export function createServiceLogger(o: ServiceLoggerOptions): ServiceLogger {
  const out = o.format === 'plain' ? plainDestination(o.destination ?? process.stdout) : (o.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: o.level,
      base: { service: o.service, instance: o.instanceId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const call = currentCall();
        return call ? callLogFields(call) : {};
      },
    },
    out,
  );
}
