import { errnoName } from '@pkvm/errno';
import type { BootSagaEvent } from './events';
import { COMPENSATIONS, STEPS, stepDefinition } from './saga-definition';
import type { CompensationId, ServiceName, StepId, SubStepId } from './saga-definition';

export type TimelineStatus = 'succeeded' | 'failed' | 'failed-ignored' | 'in-flight' | 'not-run' | 'done';

export interface TimelineSubStep {
  readonly subStep: SubStepId;
  readonly ok: boolean;
  readonly errno?: number;
  readonly detail?: string;
  /** ms since the boot was requested. */
  readonly offsetMs: number;
}

export interface TimelineRow {
  readonly kind: 'forward' | 'compensation';
  readonly id: StepId | CompensationId;
  readonly label: string;
  readonly kernelFunction: string;
  readonly service: ServiceName;
  readonly status: TimelineStatus;
  /** ms since the boot was requested, from `at` of the first send. */
  readonly startMs?: number;
  readonly endMs?: number;
  readonly durationMs?: number;
  /** Distinct attempts (a new key each) and sends (re-sends after a crash keep the key). */
  readonly attempts: number;
  readonly sends: number;
  readonly idempotencyKeys: readonly string[];
  readonly errno?: number;
  readonly message?: string;
  readonly correlationIds: readonly string[];
  readonly crashes: readonly ServiceName[];
  readonly subSteps: readonly TimelineSubStep[];
}

interface Acc {
  start?: number;
  end?: number;
  attempts: Set<number>;
  keys: string[];
  sends: number;
  status: TimelineStatus;
  errno?: number;
  message?: string;
  correlation: string[];
  crashes: ServiceName[];
  subSteps: TimelineSubStep[];
}

const fresh = (): Acc => ({ attempts: new Set(), keys: [], sends: 0, status: 'not-run', correlation: [], crashes: [], subSteps: [] });
const addUnique = (list: string[], v: string): void => {
  if (!list.includes(v)) list.push(v);
};

/** One row per forward step (in saga order, including steps that never ran) and one per compensation that ran. */
export function timeline(history: readonly BootSagaEvent[]): TimelineRow[] {
  const t0 = history[0]?.at ?? 0;
  const acc = new Map<string, Acc>();
  const get = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = fresh()));
    return a;
  };
  for (const e of history) {
    const off = e.at - t0;
    switch (e.type) {
      case 'StepStarted':
      case 'CompensationStarted': {
        const a = get(e.type === 'StepStarted' ? e.step : e.compensation);
        a.start ??= off;
        a.sends++;
        a.attempts.add(e.type === 'StepStarted' ? e.attempt : 1);
        addUnique(a.keys, e.idempotencyKey);
        addUnique(a.correlation, e.correlationId);
        a.status = 'in-flight';
        break;
      }
      case 'SubStepReported': {
        const a = get(e.step);
        a.subSteps.push({ subStep: e.subStep, ok: e.ok, offsetMs: off, ...(e.errno !== undefined ? { errno: e.errno } : {}), ...(e.detail !== undefined ? { detail: e.detail } : {}) });
        addUnique(a.correlation, e.correlationId);
        break;
      }
      case 'StepSucceeded':
      case 'StepFailed':
      case 'CompensationDone': {
        const a = get(e.type === 'CompensationDone' ? e.compensation : e.step);
        a.end = off;
        addUnique(a.correlation, e.correlationId);
        if (e.type === 'StepSucceeded') a.status = 'succeeded';
        else if (e.type === 'CompensationDone') a.status = 'done';
        else {
          a.status = stepDefinition(e.step).onFailure === 'ignore' ? 'failed-ignored' : 'failed';
          a.errno = e.errno;
          a.message = e.message;
        }
        break;
      }
      case 'ProcessCrashed':
        if (e.during !== undefined) get(e.during).crashes.push(e.service);
        break;
      default:
        break;
    }
  }
  const row = (kind: TimelineRow['kind'], id: StepId | CompensationId, label: string, kernelFunction: string, service: ServiceName): TimelineRow => {
    const a = acc.get(id) ?? fresh();
    return {
      kind,
      id,
      label,
      kernelFunction,
      service,
      status: a.status,
      ...(a.start !== undefined ? { startMs: a.start } : {}),
      ...(a.end !== undefined ? { endMs: a.end } : {}),
      ...(a.start !== undefined && a.end !== undefined ? { durationMs: a.end - a.start } : {}),
      attempts: a.attempts.size,
      sends: a.sends,
      idempotencyKeys: a.keys,
      ...(a.errno !== undefined ? { errno: a.errno } : {}),
      ...(a.message !== undefined ? { message: a.message } : {}),
      correlationIds: a.correlation,
      crashes: a.crashes,
      subSteps: a.subSteps,
    };
  };
  const rows = STEPS.map((s) => row('forward', s.id, s.label, s.kernelFunction, s.service));
  for (const c of COMPENSATIONS) if (acc.has(c.id)) rows.push(row('compensation', c.id, c.label, c.id, c.service));
  return rows;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** A fixed-width table for a terminal: one line per row, sub-steps indented under their step. */
export function formatTimeline(rows: readonly TimelineRow[], options: { subSteps?: boolean } = {}): string {
  const header = ['STEP', 'KIND', 'FUNCTION', 'SERVICE', 'STATUS', 'START', 'DURATION', 'ATT', 'SENDS', 'ERRNO', 'CORRELATION'];
  const lines: string[][] = [header];
  for (const r of rows) {
    lines.push([
      r.id,
      r.kind === 'forward' ? 'fwd' : 'comp',
      r.kernelFunction,
      r.service,
      r.status + (r.crashes.length ? ` (crash: ${r.crashes.join(',')})` : ''),
      r.startMs !== undefined ? `+${r.startMs}ms` : '-',
      r.durationMs !== undefined ? `${r.durationMs}ms` : '-',
      String(r.attempts),
      String(r.sends),
      r.errno !== undefined ? `${errnoName(r.errno)} (${r.errno})` : '-',
      r.correlationIds.join(',') || '-',
    ]);
    if (options.subSteps !== false) {
      for (const s of r.subSteps) {
        lines.push([`  ${s.subStep}${s.detail ? `[${s.detail}]` : ''}`, '', '', '', s.ok ? 'ok' : 'failed', `+${s.offsetMs}ms`, '', '', '', s.errno !== undefined ? errnoName(s.errno) : '', '']);
      }
    }
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd()).join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const COLOURS: Record<TimelineStatus, string> = {
  succeeded: '#2e7d32',
  done: '#6a1b9a',
  failed: '#c62828',
  'failed-ignored': '#ef6c00',
  'in-flight': '#1565c0',
  'not-run': '#9e9e9e',
};

/** A Gantt chart of the rows as a standalone SVG document (pure string). One `<g class="row">` per row. */
export function timelineSvg(rows: readonly TimelineRow[]): string {
  const rowH = 28;
  const labelW = 340;
  const chartW = 600;
  const top = 30;
  const width = labelW + chartW + 20;
  const height = top + rows.length * rowH + 20;
  const end = Math.max(1, ...rows.map((r) => r.endMs ?? r.startMs ?? 0), ...rows.flatMap((r) => r.subSteps.map((s) => s.offsetMs)));
  const x = (ms: number): number => labelW + (ms / end) * chartW;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace" font-size="12">`,
    `<text x="10" y="18" font-weight="bold">boot saga timeline (0 .. ${end} ms)</text>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const title = `${r.id} ${r.kernelFunction}: ${r.status}${r.errno !== undefined ? ` ${errnoName(r.errno)}` : ''}${r.durationMs !== undefined ? `, ${r.durationMs} ms` : ''}, attempts ${r.attempts}, sends ${r.sends}`;
    parts.push(`<g class="row" data-kind="${r.kind}" data-step="${esc(r.id)}" data-status="${r.status}">`);
    parts.push(`<title>${esc(title)}</title>`);
    parts.push(`<text x="10" y="${y + 18}">${esc(`${r.id} ${r.label}`)}</text>`);
    if (r.startMs !== undefined) {
      const x0 = x(r.startMs);
      const w = Math.max(2, x(r.endMs ?? end) - x0);
      parts.push(`<rect x="${x0.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowH - 12}" fill="${COLOURS[r.status]}"/>`);
    }
    for (const s of r.subSteps) {
      parts.push(
        `<circle class="sub-step" cx="${x(s.offsetMs).toFixed(1)}" cy="${y + rowH / 2}" r="3" fill="${s.ok ? '#ffffff' : '#000000'}" stroke="#000000"><title>${esc(`${s.subStep}${s.detail ? ` [${s.detail}]` : ''}: ${s.ok ? 'ok' : errnoName(s.errno ?? 0)}`)}</title></circle>`,
      );
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}
