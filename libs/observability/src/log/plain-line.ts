/** Keys the plain line shows in fixed places (or drops); the rest follow the message as key=value. */
const PLACED = new Set(['level', 'time', 'msg', 'service', 'instance', 'context', 'stack']);

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

/**
 * One JSON log record as a human-readable line: `time LEVEL service [context] message key=value ...`, the stack (if
 * any) on the lines after. For PKVM_LOG_FORMAT=plain; the JSON record stays the source of truth.
 */
export function plainLine(record: Record<string, unknown>): string {
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : String(record.time ?? '');
  const level = String(record.level ?? '').toUpperCase().padEnd(5);
  const context = record.context ? ` [${String(record.context)}]` : '';
  const extra = Object.entries(record)
    .filter(([k, v]) => !PLACED.has(k) && v !== undefined)
    .map(([k, v]) => ` ${k}=${show(v)}`)
    .join('');
  const stack = typeof record.stack === 'string' ? `\n${record.stack}` : '';
  return `${time} ${level} ${String(record.service ?? '')}${context} ${String(record.msg ?? '')}${extra}${stack}\n`;
}

/** A pino destination that writes each record as a plain line to `out`. */
export function plainDestination(out: { write(s: string): unknown }): { write(line: string): void } {
  return {
    write(line: string): void {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      out.write(plainLine(record));
    },
  };
}
