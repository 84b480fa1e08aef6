import { tlbiS2RangeCommands } from './tlbi-s2-range';

const IOVA = 0x8000_0000;

describe('tlbiS2RangeCommands (arm_smmu_tlb_inv_range_cmd)', () => {
  it('without RIL: one single-address leaf command per granule', () => {
    expect(tlbiS2RangeCommands(0, IOVA, 0x3000, 0x1000, true, false)).toEqual(
      [0, 1, 2].map((i) => ({ op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA + i * 0x1000, leaf: true, ttl: 0, tg: 0, num: 0, scale: 0 })),
    );
  });

  it('with RIL: 33 pages split as 1 page (NUM 0, SCALE 0) then 32 pages (NUM 0, SCALE 5), TG 4K, TTL 3', () => {
    // num_pages = 33 = 0b100001: __ffs = 0 -> num = 33 & 31 = 1; then 32: __ffs = 5 -> num = 1.
    expect(tlbiS2RangeCommands(0, IOVA, 33 * 0x1000, 0x1000, true, true)).toEqual([
      { op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA, leaf: true, ttl: 3, tg: 1, num: 0, scale: 0 },
      { op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA + 0x1000, leaf: true, ttl: 3, tg: 1, num: 0, scale: 5 },
    ]);
  });

  it('with RIL: a 2 MiB leaf is 512 pages in one command with TTL 2', () => {
    // TTL = 4 - ((21 - 3) / (12 - 3)) = 2; 512 = 2^9: SCALE 9, NUM 1 - 1 = 0.
    expect(tlbiS2RangeCommands(0, IOVA, 0x20_0000, 0x20_0000, true, true)).toEqual([
      { op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA, leaf: true, ttl: 2, tg: 1, num: 0, scale: 9 },
    ]);
  });

  it('with RIL: a one-page walk flush is bumped to two pages (no NUM = SCALE = 0), TTL 0', () => {
    expect(tlbiS2RangeCommands(0, IOVA, 0x1000, 0x1000, false, true)).toEqual([
      { op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA, leaf: false, ttl: 0, tg: 1, num: 0, scale: 1 },
    ]);
  });

  it('with RIL: 31 pages fit in one command (NUM 30)', () => {
    expect(tlbiS2RangeCommands(0, IOVA, 31 * 0x1000, 0x1000, true, true)).toEqual([
      { op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA, leaf: true, ttl: 3, tg: 1, num: 30, scale: 0 },
    ]);
  });
});
