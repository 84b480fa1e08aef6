import { ERRNO } from '@pkvm/errno';
import { IOMMU_CACHE, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import { SZ_1G, SZ_2M, SZ_4K } from './io-pgtable-arm';
import { makePgtable } from './test-fixtures';

/**
 * arm_lpae_run_tests (drivers/iommu/io-pgtable-arm.c selftest) for ARM_64_LPAE_S2, with the kernel's
 * cfg (oas 48) over page-size sets x ias.
 */
const SETS: [string, number][] = [
  ['4K|2M|1G', SZ_4K | SZ_2M | SZ_1G],
  ['4K|2M', SZ_4K | SZ_2M],
  ['4K', SZ_4K],
];
const IAS = [32, 36, 40, 42, 44, 48];
const MATRIX = SETS.flatMap(([name, bitmap]) => IAS.map((ias) => [name, bitmap, ias] as [string, number, number]));
const sizesOf = (bitmap: number) => [SZ_4K, SZ_2M, SZ_1G].filter((s) => bitmap & s);

type Pt = ReturnType<typeof makePgtable>;

/** Distinct mappings of different granule sizes at 0, 1G, 2G; each refuses an overlapping map. */
function mapEachGranule({ pt }: Pt, sizes: number[]): void {
  let iova = 0;
  for (const size of sizes) {
    expect(pt.mapPages(iova, iova, size, 1, IOMMU_READ | IOMMU_WRITE | IOMMU_NOEXEC | IOMMU_CACHE)).toBe(0);
    expect(pt.mapPages(iova, iova + size, size, 1, IOMMU_READ | IOMMU_NOEXEC)).toBe(-ERRNO.EEXIST); // Overlapping mappings
    expect(pt.iovaToPhys(iova + 42)).toBe(iova + 42);
    iova += SZ_1G;
  }
}

/** Partial unmap of the smallest size out of the block at 1G, then remap of the hole. */
function partialUnmapAndRemap({ pt }: Pt, sizes: number[]): void {
  const size = sizes[0];
  const tablesBefore = pt.tablePages;
  expect(pt.unmapPages(SZ_1G + size, size, 1)).toBe(size);
  expect(pt.tablePages).toBeGreaterThan(tablesBefore); // the block became a table
  expect(pt.iovaToPhys(SZ_1G + size + 42)).toBe(0);
  expect(pt.iovaToPhys(SZ_1G + 42)).toBe(SZ_1G + 42); // the rest of the block still translates
  expect(pt.iovaToPhys(SZ_1G + 2 * size + 42)).toBe(SZ_1G + 2 * size + 42);
  expect(pt.iovaToPhys(SZ_1G + sizes[1] - 1)).toBe(SZ_1G + sizes[1] - 1);
  expect(pt.mapPages(SZ_1G + size, size, size, 1, IOMMU_READ)).toBe(0); // Remap of partial unmap
  expect(pt.iovaToPhys(SZ_1G + size + 42)).toBe(size + 42);
}

/** Full unmap of each mapping, then remap full block. */
function fullUnmapAndRemap({ pt }: Pt, sizes: number[]): void {
  let iova = 0;
  for (const size of sizes) {
    expect(pt.unmapPages(iova, size, 1)).toBe(size);
    expect(pt.iovaToPhys(iova + 42)).toBe(0);
    expect(pt.mapPages(iova, iova, size, 1, IOMMU_WRITE)).toBe(0);
    expect(pt.iovaToPhys(iova + 42)).toBe(iova + 42);
    iova += SZ_1G;
  }
}

describe.each(MATRIX.map(([name, bitmap, ias]) => ({ name, bitmap, ias })))('arm_lpae_run_tests: pgsizes $name, ias $ias', ({ bitmap, ias }) => {
  const sizes = sizesOf(bitmap);
  const setup = () => makePgtable({ ias, oas: 48, pgsizeBitmap: bitmap });

  it('an empty table translates nothing', () => {
    const { pt } = setup();
    expect(pt.iovaToPhys(42)).toBe(0);
    expect(pt.iovaToPhys(SZ_1G + 42)).toBe(0);
    expect(pt.iovaToPhys(2 * SZ_1G + 42)).toBe(0);
  });

  it('each granule maps and translates; an overlapping map fails with EEXIST', () => {
    mapEachGranule(setup(), sizes);
  });

  if (sizes.length > 1) it('a partial unmap splits a block and the hole can be remapped', () => {
    const t = setup();
    mapEachGranule(t, sizes);
    partialUnmapAndRemap(t, sizes);
  });

  it('a full unmap of each mapping and a remap work', () => {
    const t = setup();
    mapEachGranule(t, sizes);
    if (sizes.length > 1) partialUnmapAndRemap(t, sizes);
    fullUnmapAndRemap(t, sizes);
  });

  it('one unmap covering a table range returns its table pages to the pool; free() returns all', () => {
    const t = setup();
    const { pt, pool, initialFree } = t;
    const pgdPages = pt.geometry.pgdPages;
    expect(pool.freeCount).toBe(initialFree - pgdPages);
    mapEachGranule(t, sizes);
    if (sizes.length > 1) partialUnmapAndRemap(t, sizes);
    fullUnmapAndRemap(t, sizes);
    // Counted by hand from the layout (4K at 0, 2M at 1G, 1G at 2G); an L1 table exists when the walk starts at L0.
    const l1 = pt.geometry.startLevel === 0 ? 1 : 0;
    const largest = sizes[sizes.length - 1];
    if (largest === SZ_1G) {
      expect(pt.unmapPages(0, SZ_1G, 3)).toBe(3 * SZ_1G); // one call over the whole range
      expect(pool.freeCount).toBe(initialFree - pgdPages - l1); // every table below L1 returned
    } else if (largest === SZ_2M) {
      // no size covers a whole L2 table: each 2M unmap frees the L3 table below it, the L2 tables stay
      expect(pt.unmapPages(0, SZ_2M, 1)).toBe(SZ_2M);
      expect(pt.unmapPages(SZ_1G, SZ_2M, 1)).toBe(SZ_2M);
      expect(pool.freeCount).toBe(initialFree - pgdPages - l1 - 2);
    } else {
      // 4K only (no block to split): an unmap never covers a table, so L2 + L3 stay
      expect(pt.unmapPages(0, SZ_4K, 1)).toBe(SZ_4K);
      expect(pool.freeCount).toBe(initialFree - pgdPages - l1 - 2);
    }
    for (const probe of [42, SZ_1G + 42, 2 * SZ_1G + 42]) expect(pt.iovaToPhys(probe)).toBe(0);
    pt.free(); // free_io_pgtable_ops
    expect(pool.freeCount).toBe(initialFree);
  });
});
