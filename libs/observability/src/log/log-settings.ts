import { KernelError } from '@pkvm/errno';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** json: one JSON object per line (pino); plain: one human-readable line per record. */
export type LogFormat = 'json' | 'plain';

export interface LogSettings {
  readonly level: LogLevel;
  readonly format: LogFormat;
}

/**
 * LOG_LEVEL (default info; `debug` adds one line per hypercall served) and PKVM_LOG_FORMAT (`json` or `plain`;
 * default json, plain when stdout is a terminal). `pretty` is taken as plain.
 */
export function logSettingsFromEnv(env: NodeJS.ProcessEnv, stdoutIsTty: boolean): LogSettings {
  const level = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw KernelError.of('EINVAL', `LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(env.LOG_LEVEL)}`);
  }
  const raw = (env.PKVM_LOG_FORMAT || (stdoutIsTty ? 'plain' : 'json')).toLowerCase();
  const format = raw === 'pretty' ? 'plain' : raw;
  if (format !== 'json' && format !== 'plain') {
    throw KernelError.of('EINVAL', `PKVM_LOG_FORMAT: expected json or plain, got ${JSON.stringify(env.PKVM_LOG_FORMAT)}`);
  }
  return { level: level as LogLevel, format };
}
