import fc from 'fast-check';
import { PhysicalMemory } from '@pkvm/phys-mem';
import { EventType } from '../event-record';
import { EMPTY_STE, StreamTableEntry } from '../stream-table-entry';
import { S2_DESC, S2_PAGE_RW, Stage2Fixture, writeDescriptor } from './stage2-fixture';
import { stage2WalkConfig, Stage2Features, Stage2WalkConfig } from './stage2-walk-config';
import { walkStage2 } from './stage2-walk';

const RAM = 0x4000_0000;
const FEATURES: Stage2Features = { oasBits: 48, iasBits: 48, gran4k: true };

function ste(t0sz: number, sl0: number, extra: Partial<StreamTableEntry> = {}): StreamTableEntry {
  return { ...EMPTY_STE, valid: true, config: 6, s2Aa64: true, s2R: true, s2T0sz: t0sz, s2Sl0: sl0, s2Ps: 5, s2Ttb: RAM, ...extra };
}

describe('stage2WalkConfig (STE S2T0SZ / S2SL0 legality, 4 KiB granule)', () => {
  // Every start level of the io-pgtable and KVM tables of PKVM.md §5.2 must be legal.
  it.each([
    [32, 1, 1], // io-pgtable: L1, 4 entries
    [32, 0, 2], // KVM: L2, 4 concatenated pages
    [36, 1, 1],
    [40, 1, 1], // L1, 2 concatenated pages
    [42, 1, 1], // L1, 8 concatenated pages
    [43, 1, 1], // L1, 16 concatenated pages
    [44, 2, 0],
    [48, 2, 0],
  ])('ias %i with SL0 %i starts at level %i', (ias, sl0, level) => {
    expect(stage2WalkConfig(ste(64 - ias, sl0), FEATURES)?.startLevel).toBe(level);
  });

  it.each([
    [32, 2, 'L0 start needs more than 39 bits'],
    [44, 1, 'L1 start takes at most 16 concatenated tables (43 bits)'],
    [30, 1, 'L1 start for what L2 covers'],
    [48, 3, 'SL0 = 3 reserved'],
  ])('ias %i with SL0 %i is illegal: %s', (ias, sl0) => {
    expect(stage2WalkConfig(ste(64 - ias, sl0), FEATURES)).toBeUndefined();
  });

  it('refuses AArch32 tables, big-endian walks, non-4K granules and an IPA beyond IAS', () => {
    expect(stage2WalkConfig(ste(16, 2, { s2Aa64: false }), FEATURES)).toBeUndefined();
    expect(stage2WalkConfig(ste(16, 2, { s2Endi: true }), FEATURES)).toBeUndefined();
    expect(stage2WalkConfig(ste(16, 2, { s2Tg: 2 }), FEATURES)).toBeUndefined();
    expect(stage2WalkConfig(ste(16, 2), { ...FEATURES, iasBits: 44 })).toBeUndefined();
  });

  it('refuses an S2TTB beyond the effective S2PS (C_BAD_STE, not F_ADDR_SIZE)', () => {
    expect(stage2WalkConfig(ste(32, 1, { s2Ps: 0, s2Ttb: 0x1_0000_0000 }), FEATURES)).toBeUndefined();
    expect(stage2WalkConfig(ste(32, 1, { s2Ps: 1, s2Ttb: 0x1_0000_0000 }), FEATURES)?.outputBits).toBe(36);
  });

  it('caps the output size at IDR5.OAS', () => {
    expect(stage2WalkConfig(ste(20, 2, { s2Ps: 5 }), { ...FEATURES, oasBits: 44, iasBits: 44 })?.outputBits).toBe(44);
  });
});

describe('walkStage2', () => {
  function memory() {
    return new PhysicalMemory({ ram: [{ base: RAM, size: 0x0400_0000 }] });
  }

  it('indexes a concatenated start table: ias 40 at L1 uses 2 pages, the top GiB in the second', () => {
    const mem = memory();
    const cfg = stage2WalkConfig(ste(24, 1), FEATURES)!;
    // IPA 0xff_c000_0000: bits [39:30] = 0x3ff -> entry 1023 = second page, offset 0xff8. A 1 GiB block.
    writeDescriptor(mem, RAM, 1023, 0x4000_0000, S2_PAGE_RW & ~S2_DESC.TABLE);
    expect(mem.read64Lo(RAM + 0x1ff8)).toBe(0x4000_07fd);
    const r = walkStage2(mem, cfg, 0xff_c123_4567);
    expect(r).toEqual({
      ok: true,
      entry: { vmid: 0, level: 1, ipaBase: 0xff_c000_0000, paBase: 0x4000_0000, size: 2 ** 30, read: true, write: true },
    });
  });

  it('an IPA beyond S2T0SZ is F_TRANSLATION; a level-3 entry with type 0 is F_TRANSLATION; no memory is F_WALK_EABT', () => {
    const mem = memory();
    const cfg: Stage2WalkConfig = stage2WalkConfig(ste(24, 1), FEATURES)!;
    expect(walkStage2(mem, cfg, 2 ** 40)).toMatchObject({ ok: false, eventType: EventType.F_TRANSLATION });
    let next = RAM + 0x1_0000;
    const s2 = new Stage2Fixture(mem, RAM, 1, 40, () => (next += 0x1000) - 0x1000);
    s2.mapPage(0x1000, RAM + 0x8000, S2_PAGE_RW & ~S2_DESC.TABLE); // reserved at level 3
    expect(walkStage2(mem, cfg, 0x1000)).toEqual({ ok: false, eventType: EventType.F_TRANSLATION, level: 3 });
    writeDescriptor(mem, RAM, 5, 0x1_0000_0000, S2_DESC.VALID | S2_DESC.TABLE); // table in no memory
    // Level-2 index of 5 GiB is 0: the walker fetched 0x1_0000_0000 itself.
    expect(walkStage2(mem, cfg, 5 * 2 ** 30)).toEqual({ ok: false, eventType: EventType.F_WALK_EABT, level: 2, fetchAddr: 0x1_0000_0000 });
  });

  it('matches a reference map for random page mappings (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ ipaPage: fc.integer({ min: 0, max: 2 ** 24 }), paPage: fc.integer({ min: 0, max: 0x3fff }), w: fc.boolean() }), {
          selector: (m) => m.ipaPage,
          maxLength: 12,
        }),
        fc.array(fc.integer({ min: 0, max: 2 ** 24 }), { maxLength: 12 }),
        (maps, probes) => {
          const mem = memory();
          let next = RAM + 0x1000;
          const s2 = new Stage2Fixture(mem, RAM, 0, 48, () => (next += 0x1000) - 0x1000);
          const cfg = stage2WalkConfig(ste(16, 2), FEATURES)!;
          const ref = new Map<number, { pa: number; w: boolean }>();
          for (const m of maps) {
            const pa = RAM + 0x100_0000 + m.paPage * 0x1000;
            s2.mapPage(m.ipaPage * 0x1000, pa, m.w ? S2_PAGE_RW : S2_PAGE_RW & ~S2_DESC.S2AP_W);
            ref.set(m.ipaPage, { pa, w: m.w });
          }
          for (const page of [...probes, ...maps.map((m) => m.ipaPage)]) {
            const r = walkStage2(mem, cfg, page * 0x1000 + 0x123);
            const want = ref.get(page);
            if (want === undefined) expect(r).toMatchObject({ ok: false, eventType: EventType.F_TRANSLATION });
            else expect(r).toMatchObject({ ok: true, entry: { paBase: want.pa, write: want.w, read: true, level: 3 } });
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
