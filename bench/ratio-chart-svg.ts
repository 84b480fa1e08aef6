/**
 * The ratios of a bench run as an SVG bar chart (bench/results/latest.svg): one row per figure, a bar from the
 * 1x line (the same-run baseline) to the figure's ratio on a log scale; green where the figure meets its goal, red
 * where it misses it, grey where it has none. Pure: JSON in, SVG text out.
 */

import type { Figure } from './bench-report';

/** A figure as scripts/bench.js writes it to latest.json (ratio is null where the baseline was 0). */
export interface ChartFigure extends Figure {
  ratio: number | null;
}

export type GoalStatus = 'met' | 'missed' | 'none';

const COLOURS: Record<GoalStatus, string> = { met: '#2e7d32', missed: '#c62828', none: '#78909c' };
const WIDTH = 1000;
const LABEL_WIDTH = 470;
const PLOT_LEFT = LABEL_WIDTH + 20;
const PLOT_RIGHT = WIDTH - 60;
const ROW = 34;
const TOP = 56;

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * A goal as the benches state it: on the ratio (">= 0.8x", "<= 1.3x") or on the value in the figure's unit
 * ("< 0.25 s"). The target ratio is returned for ratio goals, so the chart can mark it.
 */
export function goalOf(f: ChartFigure): { status: GoalStatus; ratio?: number } {
  const m = f.goal?.trim().match(/^(<=|>=|<|>)\s*([0-9.]+)\s*(\S+)$/);
  if (!m) return { status: 'none' };
  const [, op, num, unit] = m;
  const target = Number(num);
  const onRatio = unit === 'x';
  if (!onRatio && unit !== f.unit) return { status: 'none' };
  const actual = onRatio ? f.ratio : f.value;
  if (actual === null || !Number.isFinite(actual)) return { status: 'missed', ...(onRatio ? { ratio: target } : {}) };
  const ok = op === '<=' ? actual <= target : op === '>=' ? actual >= target : op === '<' ? actual < target : actual > target;
  return { status: ok ? 'met' : 'missed', ...(onRatio ? { ratio: target } : {}) };
}

/** Whole decades around every ratio, goal ratio and 1x. */
export function decades(figures: readonly ChartFigure[]): { lo: number; hi: number } {
  const xs = [1];
  for (const f of figures) {
    if (f.ratio !== null && Number.isFinite(f.ratio) && f.ratio > 0) xs.push(f.ratio);
    const g = goalOf(f).ratio;
    if (g) xs.push(g);
  }
  const lo = Math.floor(Math.log10(Math.min(...xs)));
  const hi = Math.ceil(Math.log10(Math.max(...xs)));
  return hi > lo ? { lo, hi } : { lo: lo - 1, hi: hi + 1 };
}

const ratioText = (r: number) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toPrecision(2)) + 'x';

export function ratioChartSvg(figures: readonly ChartFigure[], title = 'npm run bench: each figure / its same-run baseline'): string {
  const { lo, hi } = decades(figures);
  const x = (ratio: number) => PLOT_LEFT + ((Math.log10(ratio) - lo) / (hi - lo)) * (PLOT_RIGHT - PLOT_LEFT);
  const height = TOP + figures.length * ROW + 40;
  const one = x(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="12" y="40" fill="#555">ratio on a log scale; green: goal met, red: goal missed, grey: no goal; dashed tick: the goal</text>`,
  ];
  for (let d = lo; d <= hi; d++) {
    const gx = x(10 ** d).toFixed(1);
    out.push(`<line class="decade" x1="${gx}" y1="${TOP - 6}" x2="${gx}" y2="${height - 34}" stroke="${d === 0 ? '#000' : '#ddd'}"/>`);
    out.push(`<text x="${gx}" y="${height - 18}" text-anchor="middle" fill="#555">${ratioText(10 ** d)}</text>`);
  }
  figures.forEach((f, i) => {
    const y = TOP + i * ROW;
    const goal = goalOf(f);
    out.push(`<text x="12" y="${y + 12}">${escapeXml(f.name)}</text>`);
    out.push(`<text x="12" y="${y + 26}" fill="#777" font-size="10">vs ${escapeXml(f.baselineName)}${f.goal ? `; goal ${escapeXml(f.goal)}` : ''}</text>`);
    if (f.ratio === null || !Number.isFinite(f.ratio) || f.ratio <= 0) {
      out.push(`<text class="no-ratio" data-name="${escapeXml(f.name)}" x="${one + 6}" y="${y + 18}" fill="#c62828">no ratio (baseline ${f.baseline})</text>`);
      return;
    }
    const end = x(f.ratio);
    const left = Math.min(one, end);
    const w = Math.max(1, Math.abs(end - one));
    out.push(
      `<rect class="bar" data-name="${escapeXml(f.name)}" data-ratio="${f.ratio}" data-goal="${goal.status}" x="${left.toFixed(1)}" y="${y + 4}" ` +
        `width="${w.toFixed(1)}" height="${ROW - 12}" fill="${COLOURS[goal.status]}"/>`,
    );
    const labelX = f.ratio >= 1 ? end + 4 : end - 4;
    out.push(`<text x="${labelX.toFixed(1)}" y="${y + 19}" text-anchor="${f.ratio >= 1 ? 'start' : 'end'}">${ratioText(f.ratio)}</text>`);
    if (goal.ratio) {
      const gx = x(goal.ratio).toFixed(1);
      out.push(`<line class="goal" data-name="${escapeXml(f.name)}" x1="${gx}" y1="${y + 1}" x2="${gx}" y2="${y + ROW - 5}" stroke="#000" stroke-dasharray="3,2"/>`);
    }
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
