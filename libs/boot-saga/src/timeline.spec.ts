import { formatTimeline, simulateBoot, STEPS, timeline, timelineSvg } from './index';
import { QEMU_VIRT } from './test-platforms';

describe('timeline', () => {
  const run = simulateBoot({
    bootId: 't1',
    platform: QEMU_VIRT,
    at: 1_000,
    faults: { failStep: { subStep: 'g3.4:smmu_init_pgt', errno: -22 }, crash: { service: 'boot-coordinator', atStep: 'S2' } },
  });
  const rows = timeline(run.history);

  it('has one forward row per step (in order) and one row per compensation that ran', () => {
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual([...STEPS.map((s) => `forward:${s.id}`), 'compensation:kvm_iommu_remove_driver']);
    expect(rows.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed', 'not-run', 'not-run', 'done']);
  });

  it('derives start and duration from `at`, counts attempts and sends, keeps correlation ids', () => {
    const s0 = rows[0]!;
    expect(s0.startMs).toBe(1);
    expect(s0.durationMs).toBe(1);
    const s2 = rows[2]!;
    expect(s2).toMatchObject({ attempts: 1, sends: 2, idempotencyKeys: ['t1:S2:1'], crashes: ['boot-coordinator'], correlationIds: ['t1:S2:1'] });
    const s4 = rows[4]!;
    expect(s4.errno).toBe(-22);
    expect(s4.durationMs).toBe(s4.subSteps.length + 1);
    // smmu_init_pgt fails, then smmu_init's out_reclaim_smmu rolls the devices and the array back
    expect(s4.subSteps.at(-2)).toMatchObject({ subStep: 'g3.4:smmu_init_pgt', ok: false, errno: -22 });
    expect(s4.subSteps.at(-1)).toMatchObject({ subStep: 'g3.3:smmu_rollback', ok: true });
  });

  it('formats a terminal table', () => {
    const text = formatTimeline(rows);
    expect(text.split('\n')[0]).toMatch(/^STEP\s+KIND\s+FUNCTION\s+SERVICE\s+STATUS\s+START\s+DURATION\s+ATT\s+SENDS\s+ERRNO\s+CORRELATION$/);
    expect(text).toMatch(/S4\s+fwd\s+__pkvm_init\s+hypervisor\s+failed\s+\+\d+ms\s+\d+ms\s+1\s+1\s+EINVAL \(-22\)/);
    expect(text).toMatch(/succeeded \(crash: boot-coordinator\)/);
    expect(formatTimeline(rows, { subSteps: false }).split('\n')).toHaveLength(rows.length + 1);
  });

  it('renders an SVG with one row per step', () => {
    const svg = timelineSvg(rows);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<g class="row"/g)).toHaveLength(rows.length);
    for (const s of STEPS) expect(svg).toContain(`data-step="${s.id}"`);
    expect(svg.match(/class="sub-step"/g)).toHaveLength(rows.reduce((n, r) => n + r.subSteps.length, 0));
    expect(svg).not.toMatch(/<title>[^<]*&(?!amp;|lt;|gt;|quot;)/);
    expect(timelineSvg(rows)).toBe(svg); // pure
  });
});
