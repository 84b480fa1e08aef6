import { errnoName } from '@pkvm/errno';

/** Per method: answered calls, their latencies (ms), and how many each errno refused (0 = accepted). */
export class MethodStats {
  readonly latencies: number[] = [];
  readonly errnos = new Map<number, number>();

  record(ms: number, errno: number): void {
    this.latencies.push(ms);
    this.errnos.set(errno, (this.errnos.get(errno) ?? 0) + 1);
  }

  get count(): number {
    return this.latencies.length;
  }

  /** The q-quantile (nearest rank) of the latencies; NaN without any. */
  quantile(q: number): number {
    if (this.latencies.length === 0) return NaN;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  }

  /** Refusals by errno name, e.g. `EPERM×12` (accepted calls left out). */
  refusals(): string {
    return [...this.errnos].filter(([e]) => e !== 0).sort(([a], [b]) => b - a).map(([e, n]) => `${errnoName(e)}×${n}`).join(' ') || '-';
  }
}

export interface TableRow {
  clients: number;
  method: string;
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
  errnos: string;
}

/** The rows of one level: one per method, then `all`. */
export function tableRows(clients: number, seconds: number, stats: Map<string, MethodStats>): TableRow[] {
  const all = new MethodStats();
  const rows: TableRow[] = [];
  for (const [method, s] of stats) {
    for (let i = 0; i < s.latencies.length; i++) all.latencies.push(s.latencies[i]);
    for (const [e, n] of s.errnos) all.errnos.set(e, (all.errnos.get(e) ?? 0) + n);
    rows.push(row(clients, method, seconds, s));
  }
  rows.push(row(clients, 'all', seconds, all));
  return rows;
}

function row(clients: number, method: string, seconds: number, s: MethodStats): TableRow {
  return { clients, method, count: s.count, perSecond: s.count / seconds, p50: s.quantile(0.5), p99: s.quantile(0.99), errnos: s.refusals() };
}

/** A fixed-width text table (for the test log and the note). */
export function formatTable(rows: TableRow[]): string {
  const head = ['clients', 'method', 'count', 'calls/s', 'p50 ms', 'p99 ms', 'refused (errno)'];
  const body = rows.map((r) => [String(r.clients), r.method, String(r.count), r.perSecond.toFixed(1), r.p50.toFixed(1), r.p99.toFixed(1), r.errnos]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
