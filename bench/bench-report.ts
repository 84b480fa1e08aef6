import { appendFileSync } from 'node:fs';

/**
 * One line per figure, always beside a baseline measured in the same run: benchmarks print, never assert.
 * `higherIsBetter` says which way the ratio reads (rates: true; latencies and bytes: false).
 */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baselineName: string;
  baseline: number;
  goal?: string;
}

export function reportFigure(f: Figure): void {
  const ratio = f.baseline === 0 ? NaN : f.value / f.baseline;
  // npm run bench collects every figure of the run into one JSON file.
  if (process.env.PKVM_BENCH_RESULTS) appendFileSync(process.env.PKVM_BENCH_RESULTS, JSON.stringify({ ...f, ratio }) + '\n');
  const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
  const goal = f.goal ? `  goal: ${f.goal}` : '';
  process.stdout.write(
    `${f.name.padEnd(58)} ${fmt(f.value).padStart(10)} ${f.unit.padEnd(8)} | ${f.baselineName}: ${fmt(f.baseline)} ${f.unit} | ratio ${ratio.toFixed(2)}x${goal}\n`,
  );
}

/** Runs `fn` `n` times and returns the operations per second. */
export function ratePerSecond(n: number, fn: (i: number) => void): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const ns = Number(process.hrtime.bigint() - t0);
  return n / (ns / 1e9);
}

export function percentile(sortedAscending: number[], p: number): number {
  if (sortedAscending.length === 0) return NaN;
  const i = Math.min(sortedAscending.length - 1, Math.floor((p / 100) * sortedAscending.length));
  return sortedAscending[i];
}
