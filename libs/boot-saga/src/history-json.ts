import { KernelError } from '@pkvm/errno';
import type { BootSagaEvent } from './events';
import { fold } from './fold';
import { validateEvent } from './history-validation';

/** The format tag of an exported history. */
export const HISTORY_FORMAT = 'pkvm.boot-saga.history';
export const HISTORY_FORMAT_VERSION = 1;

export interface ExportedHistory {
  readonly format: typeof HISTORY_FORMAT;
  readonly version: typeof HISTORY_FORMAT_VERSION;
  readonly events: readonly BootSagaEvent[];
}

/** A history as JSON (pretty-printed, stable key order as recorded). */
export function exportHistory(history: readonly BootSagaEvent[]): string {
  const doc: ExportedHistory = { format: HISTORY_FORMAT, version: HISTORY_FORMAT_VERSION, events: history };
  return JSON.stringify(doc, null, 2);
}

/**
 * Parse and check an exported history: JSON, the envelope, every event's shape, then that the events fold
 * (order and keys consistent). Bad input -> KernelError EINVAL naming the field, e.g. `events[3].step`.
 */
export function importHistory(json: string): BootSagaEvent[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw KernelError.of('EINVAL', `history: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw KernelError.of('EINVAL', 'history: must be an object');
  const o = doc as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['format', 'version', 'events'].includes(k)) throw KernelError.of('EINVAL', `${k}: unknown field`);
  if (o.format !== HISTORY_FORMAT) throw KernelError.of('EINVAL', `format: expected "${HISTORY_FORMAT}", got ${JSON.stringify(o.format)}`);
  if (o.version !== HISTORY_FORMAT_VERSION) throw KernelError.of('EINVAL', `version: expected ${HISTORY_FORMAT_VERSION}, got ${JSON.stringify(o.version)}`);
  if (!Array.isArray(o.events)) throw KernelError.of('EINVAL', 'events: must be an array');
  const events = o.events as unknown[];
  events.forEach((e, i) => validateEvent(e, `events[${i}]`));
  const history = events as BootSagaEvent[];
  try {
    fold(history);
  } catch (e) {
    if (e instanceof KernelError) throw KernelError.of('EINVAL', e.message.replace(/^history\[/, 'events['), { cause: e });
    throw e;
  }
  return history;
}
