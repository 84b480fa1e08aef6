import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import { SZ_2M, SZ_4K } from './io-pgtable-arm';
import { dumpTablePage, formatPtdump, ptdumpRanges } from './ptdump';
import { makePgtable } from './test-fixtures';

describe('ptdump', () => {
  it('merges contiguous leaves with equal attributes and splits on any difference', () => {
    const { pt } = makePgtable({ ias: 36, oas: 40 });
    pt.mapPages(0, 0x8000_0000, SZ_4K, 600, IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE); // crosses an L3 table
    pt.mapPages(600 * SZ_4K, 0x9000_0000, SZ_4K, 2, IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE); // phys jump
    pt.mapPages(602 * SZ_4K, 0x9000_2000, SZ_4K, 1, IOMMU_READ | IOMMU_CACHE); // attribute change
    pt.mapPages(0x0900_0000, 0x0900_0000, SZ_2M, 3, IOMMU_READ | IOMMU_WRITE | IOMMU_MMIO | IOMMU_NOEXEC);
    const r = ptdumpRanges(pt);
    expect(r.map(({ iova, end, phys, level, count }) => ({ iova, end, phys, level, count }))).toEqual([
      { iova: 0, end: 600 * SZ_4K, phys: 0x8000_0000, level: 3, count: 600 },
      { iova: 600 * SZ_4K, end: 602 * SZ_4K, phys: 0x9000_0000, level: 3, count: 2 },
      { iova: 602 * SZ_4K, end: 603 * SZ_4K, phys: 0x9000_2000, level: 3, count: 1 },
      { iova: 0x0900_0000, end: 0x0960_0000, phys: 0x0900_0000, level: 2, count: 3 },
    ]);
    expect(r[2]).toMatchObject({ access: 'RO', memType: 'Normal-WB', shareability: 'IS' });
    expect(r[3]).toMatchObject({ access: 'RW', memType: 'Device-nGnRE', shareability: 'OS', xn: 3 });
    const text = formatPtdump(r);
    expect(text.split('\n')).toHaveLength(4);
    expect(text.split('\n')[3]).toBe('0x000009000000-0x000009600000 -> 0x000009000000  L2 2M x3  RW Device-nGnRE OS AF XN');
  });

  it('limits the walk to a range', () => {
    const { pt } = makePgtable();
    pt.mapPages(0, 0x8000_0000, SZ_4K, 4, IOMMU_READ);
    expect(ptdumpRanges(pt, 2 * SZ_4K, 3 * SZ_4K)).toEqual([expect.objectContaining({ iova: 2 * SZ_4K, count: 1, phys: 0x8000_2000 })]);
  });

  it('prints one table page as raw hex', () => {
    const { pt, mem } = makePgtable({ ias: 32, oas: 32 });
    pt.mapPages(5 * SZ_4K, 0x8000_1000, SZ_4K, 1, IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE);
    let l3 = 0;
    pt.forEachLeaf(() => undefined, (_iova, level, pa) => { if (level === 3) l3 = pa; });
    // entry 5 on the line of entries 4..7; 0x7FF = page | WB | RW | IS | AF (hand-derived in stage2-descriptor.spec)
    expect(dumpTablePage(mem, l3)).toBe(
      `0x${(l3 + 32).toString(16).padStart(12, '0')} [  4]: 0000000000000000 00000000800017ff 0000000000000000 0000000000000000`,
    );
    expect(dumpTablePage(mem, l3, true).split('\n')).toHaveLength(128);
  });
});
