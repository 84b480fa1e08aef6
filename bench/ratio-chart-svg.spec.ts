import { decades, goalOf, ratioChartSvg, type ChartFigure } from './ratio-chart-svg';

const fig = (name: string, value: number, baseline: number, goal?: string, unit = 'ops/s'): ChartFigure => ({
  name, value, unit, baselineName: `${name} baseline`, baseline, ...(goal ? { goal } : {}), ratio: baseline === 0 ? null : value / baseline,
});

/** A run's latest.json, made up: each kind of figure the benches write. */
const FIGURES: ChartFigure[] = [
  fig('transport Ping throughput (64 in flight)', 900, 1000, '>= 0.8x', 'req/s'), // 0.9x: met
  fig('transport Ping round trip p50 (1 in flight)', 200, 100, '<= 1.3x', 'us'), // 2x: missed
  fig('snapshot 4 GiB host RAM into the identity map', 0.1, 0.01, '< 0.25 s', 's'), // value goal: met
  fig('mapPages 4 KiB (pgcount 1)', 1e6, 1e8), // 0.01x, no goal
  fig('16 MiB donate as 4096 x 1 page <fast> & "slow"', 3000, 100, undefined, 'ms'), // 30x
  fig('empty baseline', 5, 0),
];

const bars = (svg: string) =>
  [...svg.matchAll(/<rect class="bar" data-name="([^"]*)" data-ratio="([^"]*)" data-goal="(\w+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
    name: m[1], ratio: Number(m[2]), goal: m[3], x: Number(m[4]), width: Number(m[5]),
  }));

describe('ratioChartSvg', () => {
  const svg = ratioChartSvg(FIGURES);
  const drawn = bars(svg);
  const oneX = Number(svg.match(/<line class="decade" x1="([\d.]+)"[^>]*stroke="#000"/)![1]);

  it('draws one bar per figure with a ratio, and says "no ratio" for a zero baseline', () => {
    expect(drawn).toHaveLength(FIGURES.length - 1);
    expect(svg).toContain('<text class="no-ratio" data-name="empty baseline"');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('bars start at the 1x line and are as long as the log of the ratio (0.01x: 2 decades left, 30x: 1.48 decades right)', () => {
    const byName = Object.fromEntries(drawn.map((b) => [b.name, b]));
    const tiny = byName['mapPages 4 KiB (pgcount 1)'];
    const huge = byName['16 MiB donate as 4096 x 1 page &lt;fast&gt; &amp; &quot;slow&quot;'];
    expect(tiny.x + tiny.width).toBeCloseTo(oneX, 0); // below 1x: ends at the line
    expect(huge.x).toBeCloseTo(oneX, 0); // above 1x: starts at it
    // log10(0.01) = -2 decades, log10(30) = 1.477 decades
    expect(tiny.width / huge.width).toBeCloseTo(2 / Math.log10(30), 1);
  });

  it('colours by goal: ratio goals and value goals are checked, figures without a goal are grey', () => {
    expect(Object.fromEntries(drawn.map((b) => [b.name.slice(0, 20), b.goal]))).toEqual({
      'transport Ping throu': 'met',
      'transport Ping round': 'missed',
      'snapshot 4 GiB host ': 'met',
      'mapPages 4 KiB (pgco': 'none',
      '16 MiB donate as 409': 'none',
    });
    // a dashed goal tick only where the goal is a ratio
    expect(svg.match(/<line class="goal"/g)).toHaveLength(2);
  });

  it('escapes names for XML and labels every decade from 0.01x to 100x', () => {
    expect(svg).not.toContain('<fast>');
    expect(svg).toContain('&lt;fast&gt; &amp; &quot;slow&quot;');
    expect(decades(FIGURES)).toEqual({ lo: -2, hi: 2 });
    for (const t of ['0.010x', '0.10x', '1.0x', '10.0x', '100x']) expect(svg).toContain(`>${t}</text>`);
  });
});

describe('goalOf', () => {
  it('reads ">= Nx", "<= Nx", "< N unit" and ignores a goal in another unit', () => {
    expect(goalOf(fig('a', 8, 10, '>= 0.8x'))).toEqual({ status: 'met', ratio: 0.8 });
    expect(goalOf(fig('a', 7, 10, '>= 0.8x'))).toEqual({ status: 'missed', ratio: 0.8 });
    expect(goalOf(fig('a', 5, 1, '< 4 s', 's'))).toEqual({ status: 'missed' });
    expect(goalOf(fig('a', 5, 1, '< 4 s', 'ms'))).toEqual({ status: 'none' });
    expect(goalOf(fig('a', 5, 0, '>= 1x'))).toEqual({ status: 'missed', ratio: 1 });
  });
});
