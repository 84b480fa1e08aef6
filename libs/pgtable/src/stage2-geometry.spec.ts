import { ioPgtableS2Geometry, kvmHostStage2Geometry } from './stage2-geometry';

describe('io-pgtable-arm stage-2 geometry (PKVM.md §5.2, arm_lpae_concat_mandatory)', () => {
  // ias = oas; columns from the §5.2 table: start level, SL0, first-level entries, PGD pages, concatenated
  it.each([
    [32, 1, 1, 4, 1, false],
    [36, 1, 1, 64, 1, false],
    [40, 1, 1, 1024, 2, true],
    [42, 1, 1, 4096, 8, true],
    [44, 0, 2, 32, 1, false],
    [48, 0, 2, 512, 1, false],
  ])('ias = oas = %i -> L%i, SL0 %i, %i entries in %i page(s), concat %s', (bits, start, sl0, entries, pages, concat) => {
    const g = ioPgtableS2Geometry(bits, bits);
    expect(g).toMatchObject({ startLevel: start, levels: 4 - start, pgdEntries: entries, pgdPages: pages, concatenated: concat });
    expect(g.vtcr).toMatchObject({ sl0, t0sz: 64 - bits, tg0: 0, ps: [32, 36, 40, 42, 44, 48].indexOf(bits) });
  });

  it('concatenates by oas, not ias (ias 40 / oas 48 starts at L0 with 2 entries)', () => {
    expect(ioPgtableS2Geometry(40, 48)).toMatchObject({ startLevel: 0, pgdEntries: 2, pgdPages: 1, concatenated: false });
    expect(ioPgtableS2Geometry(36, 40)).toMatchObject({ startLevel: 1, pgdEntries: 64, concatenated: false });
  });

  it('refuses a mandatory concatenation of more than 16 pages (WARN -> NULL)', () => {
    expect(() => ioPgtableS2Geometry(48, 40)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
    expect(() => ioPgtableS2Geometry(44, 42)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
    expect(ioPgtableS2Geometry(43, 42)).toMatchObject({ startLevel: 1, pgdPages: 16 });
  });

  it('refuses sizes without a PS encoding or outside 32..48', () => {
    expect(() => ioPgtableS2Geometry(48, 46)).toThrow();
    expect(() => ioPgtableS2Geometry(31, 32)).toThrow();
    expect(() => ioPgtableS2Geometry(49, 48)).toThrow();
  });

  it('builds VTCR[18:0] from the walk coherency', () => {
    // 48/48 coherent: T0SZ 16 | SL0 2<<6 | IRGN0 1<<8 | ORGN0 1<<10 | SH0 3<<12 | TG0 0 | PS 5<<16 = 0x53590
    expect(ioPgtableS2Geometry(48, 48, true).vtcrValue).toBe(0x53590);
    // 40/40 non-coherent: T0SZ 24 = 0x18 | SL0 1<<6 = 0x40 | NC 0 | SH0 OS 2<<12 = 0x2000 | PS 2<<16 = 0x20000 = 0x22058
    expect(ioPgtableS2Geometry(40, 40, false).vtcrValue).toBe(0x22058);
  });
});

describe('KVM host stage-2 geometry (stage2_pgtable.h)', () => {
  it.each([
    // ipa, levels, start level, SL0, concatenated PGD pages
    [32, 2, 2, 0, 4],
    [36, 3, 1, 1, 1],
    [40, 3, 1, 1, 2],
    [42, 3, 1, 1, 8],
    [43, 3, 1, 1, 16],
    [44, 4, 0, 2, 1],
    [48, 4, 0, 2, 1],
  ])('IPA %i -> %i levels from L%i, SL0 %i, %i PGD page(s)', (ipa, levels, start, sl0, pages) => {
    expect(kvmHostStage2Geometry(ipa)).toMatchObject({ levels, startLevel: start, sl0, concatPages: pages });
  });

  it('differs from io-pgtable at 32 bits (L2 x4 vs L1 with 4 entries)', () => {
    expect(kvmHostStage2Geometry(32).startLevel).toBe(2);
    expect(ioPgtableS2Geometry(32, 32).startLevel).toBe(1);
  });
});
