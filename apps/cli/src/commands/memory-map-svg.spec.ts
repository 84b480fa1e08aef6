import { memoryMapSvg, ownerColour } from './memory-map-svg';

const MiB = 2 ** 20;
const ram = 0x4000_0000;

describe('memoryMapSvg', () => {
  const ranges = [
    { start: ram, end: ram + 100 * MiB, owner: 'HOST', hostState: 'OWNED', isMemory: true },
    { start: ram + 100 * MiB, end: ram + 100 * MiB + 4096, owner: 'HYP', hostState: 'NOPAGE', isMemory: true },
    { start: ram + 100 * MiB + 4096, end: ram + 4096 * MiB, owner: 'HOST', hostState: 'OWNED', isMemory: true },
    { start: 0x0905_0000, end: 0x0907_0000, owner: 'HYP', hostState: 'NOPAGE', isMemory: false },
  ];
  const svg = memoryMapSvg(ranges);

  it('draws one segment per range, coloured by owner, and one bar per contiguous span', () => {
    expect(svg.match(/data-owner="HOST"/g)).toHaveLength(2);
    expect(svg.match(/data-owner="HYP"/g)).toHaveLength(2);
    expect(svg).toContain(`fill="${ownerColour(ranges[1])}" data-owner="HYP"`);
    expect(svg).toContain('0x9050000–0x9070000 (128 KiB, MMIO)');
    expect(svg).toContain('0x40000000–0x140000000 (4 GiB, memory)');
  });

  it('keeps a single donated page visible beside gigabytes of host memory', () => {
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="\d+" width="([\d.]+)" height="28" fill="[^"]+" data-owner="HYP"/g)].map((m) => Number(m[1]));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2.5);
  });

  it('gives the carve-out, MMIO and guest pages colours distinct from host memory, with a legend', () => {
    const host = ownerColour(ranges[0]);
    for (const r of [ranges[1], ranges[3], { owner: 'GUEST', hostState: 'NOPAGE', isMemory: true }]) expect(ownerColour(r)).not.toBe(host);
    expect(svg).toContain('HYP MMIO');
    expect(svg).toContain('HOST memory');
  });
});
