import { hostStage2Idmap, IoPgtableArmS2, PGSIZES_4K_GRANULE, ptdumpRanges, snapshotHostStage2, type HostStage2Leaf } from '@pkvm/pgtable';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { walkStage2 } from '@pkvm/smmuv3';
import { walkStage2Ranges, type Stage2TableConfig } from './stage2-leaves';

/** An identity map built by the real io-pgtable (snapshot + hook), then enumerated from its descriptors. */
function build(ias: number) {
  const mem = new PhysicalMemory({ ram: [{ base: 0x4000_0000, size: 0x400_0000 }], mmio: [{ base: 0x0900_0000, size: 0x100_0000 }] });
  const pool = new PagePool(mem, { base: 0x43c0_0000, size: 0x40_0000 });
  const pt = new IoPgtableArmS2(mem, pool, { ias, oas: ias, pgsizeBitmap: PGSIZES_4K_GRANULE });
  const leaves: HostStage2Leaf[] = [
    { start: 0, end: 0x0905_0000, state: 'empty', isMemory: false },
    { start: 0x0905_0000, end: 0x0907_0000, state: 'annotated', isMemory: false },
    { start: 0x0907_0000, end: 0x4000_0000, state: 'empty', isMemory: false },
    { start: 0x4000_0000, end: 0x4001_0000, state: 'mapped', kvmProt: 4, isMemory: true }, // faulted in read-only
    { start: 0x4001_0000, end: 0x4380_0000, state: 'empty', isMemory: true },
    { start: 0x4380_0000, end: 0x4400_0000, state: 'annotated', isMemory: true },
  ];
  expect(snapshotHostStage2(pt, leaves)).toBe(0);
  expect(hostStage2Idmap(pt, 0x4020_0000, 0x4020_3000, 0)).toBe(0); // donated away
  const cfg: Stage2TableConfig = { inputBits: ias, startLevel: pt.geometry.startLevel, outputBits: ias, ttb: pt.pgdPa, affd: false };
  return { mem, pt, cfg };
}

describe('walkStage2Ranges', () => {
  it.each([48, 40])('enumerates exactly the leaves io-pgtable wrote (ias %d), merged, with S2AP access', (ias) => {
    const { mem, pt, cfg } = build(ias);
    const stats = { descriptors: 0, leaves: 0, faults: 0 };
    const ranges = walkStage2Ranges(mem, cfg, stats);
    expect(stats.faults).toBe(0);
    // Same coverage as the model's own ptdump (which walks the io-pgtable object, not the STE's descriptors).
    const flat = (rs: { start: number; end: number }[]) => {
      const out: [number, number][] = [];
      for (const r of rs) {
        const last = out[out.length - 1];
        if (last && last[1] === r.start) last[1] = r.end;
        else out.push([r.start, r.end]);
      }
      return out;
    };
    expect(flat(ranges)).toEqual(flat(ptdumpRanges(pt).map((r) => ({ start: r.iova, end: r.end }))));
    expect(ranges.every((r) => r.pa === r.start)).toBe(true);
    expect(ranges.find((r) => r.start === 0x4000_0000)).toMatchObject({ end: 0x4001_0000, read: true, write: false, memAttr: 0xf });
    expect(ranges.find((r) => r.start <= 0x0800_0000 && r.end > 0x0800_0000)).toMatchObject({ read: true, write: true, memAttr: 0x1 });
    expect(ranges.some((r) => r.start < 0x4380_0000 + 0x1000 && r.end > 0x4380_0000)).toBe(false);
    expect(ranges.some((r) => r.start < 0x4020_3000 && r.end > 0x4020_0000)).toBe(false);
    // The hardware walker of libs/smmuv3 agrees at each run's first and last page.
    for (const r of ranges) {
      for (const iova of [r.start, r.end - 0x1000]) {
        const w = walkStage2(mem, { ...cfg, vmid: 0, record: true }, iova);
        expect(w.ok && { pa: w.entry.paBase + (iova - w.entry.ipaBase), read: w.entry.read, write: w.entry.write }).toEqual({ pa: iova, read: r.read, write: r.write });
      }
    }
  });

  it('leaves out AF = 0 leaves unless S2AFFD, and a descriptor beyond the output size', () => {
    const { mem, cfg } = build(40);
    const before = walkStage2Ranges(mem, cfg);
    // Clear AF (bit 10) in the leaf for 0x4001_0000: find it with the hardware walker's level.
    const w = walkStage2(mem, { ...cfg, vmid: 0, record: true }, 0x4001_0000);
    expect(w.ok).toBe(true);
    let table = cfg.ttb;
    let desc = 0;
    for (let level = cfg.startLevel; level <= 3; level++) {
      const shift = 12 + 9 * (3 - level);
      const bits = level === cfg.startLevel ? cfg.inputBits - shift : 9;
      desc = table + (Math.floor(0x4001_0000 / 2 ** shift) % 2 ** bits) * 8;
      if (level === 3) break;
      table = mem.read64Hi(desc) * 2 ** 32 + ((mem.read64Lo(desc) & 0xffff_f000) >>> 0);
    }
    mem.write64(desc, (mem.read64Lo(desc) & ~0x400) >>> 0, mem.read64Hi(desc));
    const after = walkStage2Ranges(mem, cfg);
    const covers = (rs: { start: number; end: number }[], a: number) => rs.some((r) => a >= r.start && a < r.end);
    expect(covers(before, 0x4001_0000)).toBe(true);
    expect(covers(after, 0x4001_0000)).toBe(false);
    expect(covers(walkStage2Ranges(mem, { ...cfg, affd: true }), 0x4001_0000)).toBe(true);
    expect(covers(walkStage2Ranges(mem, { ...cfg, outputBits: 30 }), 0x4001_1000)).toBe(false);
  });
});
