import { ERRNO } from '@pkvm/errno';
import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import { IoPgtableArmS2, IoPgtableFlushOps, SZ_1G, SZ_2M, SZ_4K } from './io-pgtable-arm';
import { makePgtable, makePlatform, readPteByHand } from './test-fixtures';

const RW = IOMMU_READ | IOMMU_WRITE;

describe('IoPgtableArmS2 map/unmap', () => {
  it('rejects bad sizes, misalignment, out-of-range addresses and no-access prot', () => {
    const { pt } = makePgtable({ ias: 40, oas: 40, pgsizeBitmap: SZ_4K | SZ_2M });
    expect(pt.mapPages(0, 0, SZ_1G, 1, RW)).toBe(-ERRNO.EINVAL); // not in the bitmap
    expect(pt.mapPages(0, 0, 0x3000, 1, RW)).toBe(-ERRNO.EINVAL); // not a power of two
    expect(pt.mapPages(0x1000, 0, SZ_2M, 1, RW)).toBe(-ERRNO.EINVAL); // misaligned iova (iommu.c __iommu_map)
    expect(pt.mapPages(0, 0x1000, SZ_2M, 1, RW)).toBe(-ERRNO.EINVAL); // misaligned paddr
    expect(pt.mapPages(0, 0, SZ_4K, 0, RW)).toBe(-ERRNO.EINVAL);
    expect(pt.mapPages(0, 0, SZ_4K, 1, IOMMU_CACHE)).toBe(-ERRNO.EINVAL); // no READ/WRITE
    expect(pt.mapPages(2 ** 40, 0, SZ_4K, 1, RW)).toBe(-ERRNO.ERANGE); // iova beyond ias
    expect(pt.mapPages(2 ** 40 - SZ_4K, 0, SZ_4K, 2, RW)).toBe(-ERRNO.ERANGE); // end beyond ias
    expect(pt.mapPages(0, 2 ** 40, SZ_4K, 1, RW)).toBe(-ERRNO.ERANGE); // paddr beyond oas
    expect(pt.unmapPages(0, SZ_1G, 1)).toBe(0);
    expect(pt.unmapPages(0x1000, SZ_2M, 1)).toBe(0);
    expect(pt.tablePages).toBe(0);
  });

  it('refuses a leaf over a block at a lower level and a block over a block (EEXIST)', () => {
    const { pt } = makePgtable();
    expect(pt.mapPages(SZ_2M, SZ_2M, SZ_2M, 1, RW)).toBe(0);
    expect(pt.mapPages(SZ_2M + SZ_4K, 0, SZ_4K, 1, RW)).toBe(-ERRNO.EEXIST);
    expect(pt.mapPages(SZ_2M, 0, SZ_2M, 1, RW)).toBe(-ERRNO.EEXIST);
    expect(pt.mapPages(0, 0, SZ_2M, 2, RW)).toBe(-ERRNO.EEXIST); // second entry is the block: nothing written
    expect(pt.iovaToPhys(0)).toBe(0);
  });

  it('replaces a table by a block, freeing the table (arm_lpae_init_pte)', () => {
    const { pt, pool } = makePgtable();
    expect(pt.mapPages(0, 0x8000_0000, SZ_4K, 4, RW)).toBe(0);
    const tables = pt.tablePages;
    const free = pool.freeCount;
    expect(pt.mapPages(0, 0x9000_0000, SZ_2M, 1, RW)).toBe(0);
    expect(pt.tablePages).toBe(tables - 1);
    expect(pool.freeCount).toBe(free + 1);
    expect(pt.iovaToPhys(0x1000)).toBe(0x9000_1000);
  });

  it('maps and unmaps runs crossing table boundaries in one call', () => {
    const { pt } = makePgtable();
    const iova = SZ_2M - 10 * SZ_4K;
    expect(pt.mapPages(iova, 0x1_0000_0000, SZ_4K, 1000, RW)).toBe(0);
    expect(pt.lastMapped).toBe(1000 * SZ_4K);
    for (const i of [0, 9, 10, 511, 999]) expect(pt.iovaToPhys(iova + i * SZ_4K + 8)).toBe(0x1_0000_0000 + i * SZ_4K + 8);
    expect(pt.iovaToPhys(iova + 1000 * SZ_4K)).toBe(0);
    expect(pt.unmapPages(iova, SZ_4K, 1000)).toBe(1000 * SZ_4K);
    expect(pt.iovaToPhys(iova + 500 * SZ_4K)).toBe(0);
  });

  it('stops an unmap at the first empty entry and reports the bytes', () => {
    const { pt } = makePgtable();
    pt.mapPages(0, 0, SZ_4K, 3, RW);
    pt.mapPages(4 * SZ_4K, 0x8000_0000, SZ_4K, 1, RW);
    expect(pt.unmapPages(0, SZ_4K, 5)).toBe(3 * SZ_4K);
    expect(pt.iovaToPhys(4 * SZ_4K)).toBe(0x8000_0000);
    expect(pt.unmapPages(4 * SZ_4K, SZ_4K, 1)).toBe(SZ_4K);
  });

  it('leaves empty tables in place when unmapping page by page; one covering unmap frees them', () => {
    const { pt, pool } = makePgtable();
    expect(pt.mapPages(0, 0x8000_0000, SZ_4K, 512, RW)).toBe(0);
    const tables = pt.tablePages; // L1, L2, L3 under an L0 start
    expect(tables).toBe(3);
    const free = pool.freeCount;
    for (let i = 0; i < 512; i++) expect(pt.unmapPages(i * SZ_4K, SZ_4K, 1)).toBe(SZ_4K);
    expect(pt.tablePages).toBe(tables);
    expect(pool.freeCount).toBe(free);
    // The empty L3 table still hangs off the L2 entry: a 2M unmap clears it and returns 2M (kernel behaviour).
    expect(pt.unmapPages(0, SZ_2M, 1)).toBe(SZ_2M);
    expect(pt.tablePages).toBe(tables - 1);
    expect(pool.freeCount).toBe(free + 1);
  });

  it('splits a 1G block to unmap one 4K page, keeping the other attributes and addresses', () => {
    const { pt, mem } = makePgtable({ ias: 36, oas: 40 });
    const prot = IOMMU_READ | IOMMU_CACHE | IOMMU_NOEXEC;
    expect(pt.mapPages(SZ_1G, 0x40_0000_0000, SZ_1G, 1, prot)).toBe(0);
    expect(pt.tablePages).toBe(0);
    const hole = SZ_1G + 3 * SZ_2M + 5 * SZ_4K;
    expect(pt.unmapPages(hole, SZ_4K, 1)).toBe(SZ_4K);
    expect(pt.tablePages).toBe(2); // a new L2 table of 2M blocks, one of them split into an L3 table
    expect(pt.iovaToPhys(hole)).toBe(0);
    expect(pt.iovaToPhys(hole - SZ_4K)).toBe(0x40_0000_0000 + 3 * SZ_2M + 4 * SZ_4K);
    expect(pt.iovaToPhys(hole + SZ_4K)).toBe(0x40_0000_0000 + 3 * SZ_2M + 6 * SZ_4K);
    expect(pt.iovaToPhys(SZ_1G + 511 * SZ_2M)).toBe(0x40_0000_0000 + 511 * SZ_2M);
    const g = pt.geometry;
    // L2 block at 1G + 4*2M: 0x1 | 0x3C | RO 0x40 | IS 0x300 | AF 0x400 = 0x77D, XN 0x0060..., OA 0x40_0080_0000
    expect(readPteByHand(mem, pt.pgdPa, g.startLevel, g.pgdEntries, SZ_1G + 4 * SZ_2M, 2)).toBe(0x0060_0040_0080_077dn);
    // L3 page next to the hole: type 0b11 -> 0x77F, OA 0x40_0060_4000
    expect(readPteByHand(mem, pt.pgdPa, g.startLevel, g.pgdEntries, hole - SZ_4K, 3)).toBe(0x0060_0040_0060_477fn);
  });

  it('unmaps several entries of a split block in one call (hole of pgcount entries)', () => {
    const { pt } = makePgtable();
    pt.mapPages(0, 0x8000_0000, SZ_2M, 1, RW);
    expect(pt.unmapPages(SZ_4K * 510, SZ_4K, 5)).toBe(2 * SZ_4K); // the hole stops at the end of the new table
    expect(pt.iovaToPhys(SZ_4K * 509)).toBe(0x8000_0000 + SZ_4K * 509);
    expect(pt.iovaToPhys(SZ_4K * 510)).toBe(0);
    expect(pt.iovaToPhys(SZ_4K * 511)).toBe(0);
  });

  it('uses the concatenated PGD pages (ias = oas = 40: L1 over 2 pages)', () => {
    const { pt, mem, pool } = makePgtable({ ias: 40, oas: 40 });
    expect(pt.geometry.pgdPages).toBe(2);
    expect(pt.pgdPa % (2 * 4096)).toBe(0);
    const iova = 2 ** 39 + 7 * SZ_1G; // L1 index 512 + 7: second PGD page, entry 7
    expect(pt.mapPages(iova, 0x80_4000_0000, SZ_1G, 1, RW | IOMMU_CACHE)).toBe(0);
    // 0x1 | 0x3C | RW 0xC0 | IS 0x300 | AF 0x400 = 0x7FD
    expect(mem.read64Lo(pt.pgdPa + 4096 + 7 * 8) >>> 0).toBe(0x4000_07fd);
    expect(mem.read64Hi(pt.pgdPa + 4096 + 7 * 8)).toBe(0x80);
    expect(pt.iovaToPhys(iova + 5)).toBe(0x80_4000_0005);
    const free = pool.freeCount;
    pt.free();
    expect(pool.freeCount).toBe(free + 2);
  });

  it('calls the TLB callbacks for leaves and for unlinked tables', () => {
    const calls: string[] = [];
    const tlb: IoPgtableFlushOps = {
      tlbFlushWalk: (iova, size) => calls.push(`walk ${iova.toString(16)} ${size.toString(16)}`),
      tlbAddPage: (iova, size) => calls.push(`page ${iova.toString(16)} ${size.toString(16)}`),
    };
    const { pt } = makePgtable({ tlb });
    pt.mapPages(0, 0, SZ_4K, 2, RW);
    pt.unmapPages(SZ_4K, SZ_4K, 1);
    pt.unmapPages(0, SZ_2M, 1);
    expect(calls).toEqual(['page 1000 1000', 'walk 0 200000', 'page 0 200000']);
  });
});

describe('IoPgtableArmS2 with a page pool', () => {
  it('allocates table pages only from the pool, zeroed, and the PGD naturally aligned', () => {
    const { pt, pool, initialFree } = makePgtable({ ias: 42, oas: 42 });
    expect(pt.geometry.pgdPages).toBe(8);
    expect(pt.pgdPa % (8 * 4096)).toBe(0);
    expect(pool.freeCount).toBe(initialFree - 8);
    pt.mapPages(0, 0, SZ_4K, 1, RW);
    expect(pool.freeCount).toBe(initialFree - 10); // L2 + L3
    expect(pool.refcountOf(pt.pgdPa)).toBe(1);
  });

  it('returns -ENOMEM from mapPages when the pool is exhausted, keeping what was mapped', () => {
    const { mem, pool } = makePlatform(3); // PGD + 2 tables
    const pt = new IoPgtableArmS2(mem, pool, { ias: 39, oas: 40, pgsizeBitmap: SZ_4K | SZ_2M }); // L1 start, 1 page PGD
    expect(pt.mapPages(0, 0, SZ_4K, 1, RW)).toBe(0); // L2 + L3: pool now empty
    expect(pool.freeCount).toBe(0);
    expect(pt.mapPages(SZ_4K, SZ_4K, SZ_4K, 511, RW)).toBe(0); // same L3 table: no allocation
    expect(pt.mapPages(SZ_2M, SZ_2M, SZ_4K, 2, RW)).toBe(-ERRNO.ENOMEM); // needs a new L3
    expect(pt.lastMapped).toBe(0);
    expect(pt.mapPages(SZ_2M, SZ_2M, SZ_2M, 1, RW)).toBe(0); // a block needs no table
    expect(pt.mapPages(SZ_1G, 0, SZ_4K, 1, RW)).toBe(-ERRNO.ENOMEM); // needs a new L2
  });

  it('stops a run at ENOMEM with the bytes mapped so far (the kernel *mapped)', () => {
    const { mem, pool } = makePlatform(3);
    const pt = new IoPgtableArmS2(mem, pool, { ias: 39, oas: 40, pgsizeBitmap: SZ_4K });
    expect(pt.mapPages(SZ_2M - 2 * SZ_4K, 0, SZ_4K, 4, RW)).toBe(-ERRNO.ENOMEM); // first L3 fills the pool
    expect(pt.lastMapped).toBe(2 * SZ_4K);
    expect(pt.iovaToPhys(SZ_2M - SZ_4K)).toBe(SZ_4K);
  });

  it('fails a block split cleanly when the pool is empty (0 bytes, block intact)', () => {
    const { mem, pool } = makePlatform(1);
    const pt = new IoPgtableArmS2(mem, pool, { ias: 32, oas: 40, pgsizeBitmap: SZ_4K | SZ_2M | SZ_1G });
    expect(pt.mapPages(0, 0x8000_0000, SZ_1G, 1, RW)).toBe(0);
    expect(pt.unmapPages(SZ_4K, SZ_4K, 1)).toBe(0);
    expect(pt.iovaToPhys(SZ_4K)).toBe(0x8000_1000);
  });

  it('throws ENOMEM at creation when the pool cannot hold the PGD', () => {
    const { mem, pool } = makePlatform(4);
    expect(() => new IoPgtableArmS2(mem, pool, { ias: 42, oas: 42, pgsizeBitmap: SZ_4K })).toThrow(
      expect.objectContaining({ errnoName: 'ENOMEM' }),
    );
  });

  it('MMIO and NOEXEC prot reach the descriptor', () => {
    const { pt, mem } = makePgtable({ ias: 32, oas: 32 });
    pt.mapPages(0x0900_0000, 0x0900_0000, SZ_2M, 1, RW | IOMMU_MMIO | IOMMU_NOEXEC);
    const g = pt.geometry;
    // 0x1 | Device 0x4 | RW 0xC0 | OS 0x200 | AF 0x400 = 0x6C5; XN 0x0060_0000 in the high word
    expect(readPteByHand(mem, pt.pgdPa, g.startLevel, g.pgdEntries, 0x0900_0000, 2)).toBe(0x0060_0000_0900_06c5n);
  });
});
