import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import { SZ_1G, SZ_2M, SZ_4K } from './io-pgtable-arm';
import { decodeLeaf, protToPteHi, protToPteLo } from './stage2-descriptor';
import { makePgtable, readPteByHand } from './test-fixtures';

/*
 * Vectors worked out by hand from the Arm stage-2 field table (PKVM.md §5.1):
 *   [1:0] type (page 0b11 at L3, block 0b01 at L1/L2), [5:2] MemAttr (0xF WB, 0x1 Device-nGnRE, 0x5 NC),
 *   [7:6] S2AP (bit 6 read, bit 7 write), [9:8] SH (0b11 inner, 0b10 outer), [10] AF, [47:12] OA, [54:53] XN.
 */
const VECTORS: { name: string; iova: number; pa: number; size: number; level: number; prot: number; pte: bigint }[] = [
  {
    // 0x3 page | 0xF<<2 = 0x3C | RW 0b11<<6 = 0xC0 | IS 0b11<<8 = 0x300 | AF 0x400 = 0x7FF; OA 0x8000_1000
    name: 'L3 page, normal memory, RW, inner shareable',
    iova: 0x1000, pa: 0x8000_1000, size: SZ_4K, level: 3, prot: IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE,
    pte: 0x0000_0000_8000_17ffn,
  },
  {
    // 0x3 page | NC 0x5<<2 = 0x14 | RO 0b01<<6 = 0x40 | OS 0b10<<8 = 0x200 | AF 0x400 = 0x657;
    // OA 0xFFFF_FFFF_F000 (bits 47:12 all ones); XN 0b11<<53 = 0x0060_0000_0000_0000
    name: 'L3 page, non-cacheable, read-only, outer shareable, XN, top of the 48-bit OA',
    iova: 0x2000, pa: 0xffff_ffff_f000, size: SZ_4K, level: 3, prot: IOMMU_READ | IOMMU_NOEXEC,
    pte: 0x0060_ffff_ffff_f657n,
  },
  {
    // 0x3 page | 0x3C | WO 0b10<<6 = 0x80 | 0x300 | 0x400 = 0x7BF
    name: 'L3 page, normal memory, write-only',
    iova: 0x3000, pa: 0x8000_0000, size: SZ_4K, level: 3, prot: IOMMU_WRITE | IOMMU_CACHE,
    pte: 0x0000_0000_8000_07bfn,
  },
  {
    // 0x1 block | Device 0x1<<2 = 0x4 | RW 0xC0 | OS 0x200 | AF 0x400 = 0x6C5; OA 0x0900_0000 (2 MiB aligned)
    name: 'L2 block, MMIO, RW, outer shareable',
    iova: 0x0900_0000, pa: 0x0900_0000, size: SZ_2M, level: 2, prot: IOMMU_READ | IOMMU_WRITE | IOMMU_MMIO,
    pte: 0x0000_0000_0900_06c5n,
  },
  {
    // 0x1 block | 0x4 | RO 0x40 | OS 0x200 | AF 0x400 = 0x645; MMIO wins over CACHE for MemAttr, SH follows CACHE -> IS 0x300
    // so with IOMMU_CACHE too: 0x1 | 0x4 | 0x40 | 0x300 | 0x400 = 0x745
    name: 'L2 block, MMIO + CACHE, read-only (MemAttr Device, SH inner)',
    iova: 0x1020_0000, pa: 0x1000_0000, size: SZ_2M, level: 2, prot: IOMMU_READ | IOMMU_MMIO | IOMMU_CACHE,
    pte: 0x0000_0000_1000_0745n,
  },
  {
    // 0x1 block | 0x3C | RO 0x40 | IS 0x300 | AF 0x400 = 0x77D; OA 0x40_0000_0000 = 2^38 -> bits 63:32 = 0x40
    name: 'L1 block, normal memory, read-only, inner shareable',
    iova: 0x40_0000_0000, pa: 0x40_0000_0000, size: SZ_1G, level: 1, prot: IOMMU_READ | IOMMU_CACHE,
    pte: 0x0000_0040_0000_077dn,
  },
  {
    // 0x1 block | 0x3C | RW 0xC0 | IS 0x300 | AF 0x400 = 0x7FD; OA 0x8000_0000 + XN 0x0060...
    name: 'L1 block, normal memory, RW, XN',
    iova: 0x8000_0000, pa: 0xc000_0000, size: SZ_1G, level: 1, prot: IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE | IOMMU_NOEXEC,
    pte: 0x0060_0000_c000_07fdn,
  },
];

describe('stage-2 descriptors, hand-derived vectors (§5.1)', () => {
  it.each(VECTORS)('$name', ({ iova, pa, size, level, prot, pte }) => {
    const { mem, pt } = makePgtable();
    expect(pt.mapPages(iova, pa, size, 1, prot)).toBe(0);
    const g = pt.geometry;
    const got = readPteByHand(mem, pt.pgdPa, g.startLevel, g.pgdEntries, iova, level);
    expect('0x' + got.toString(16).padStart(16, '0')).toBe('0x' + pte.toString(16).padStart(16, '0'));
    expect(pt.iovaToPhys(iova + 0x123)).toBe(pa + 0x123);
  });

  it('builds table descriptors as next-level address | 0b11', () => {
    const { mem, pt, pool } = makePgtable();
    pt.mapPages(0x1000, 0x8000_1000, SZ_4K, 1, IOMMU_READ);
    // ias 48: L0 entry 0 -> L1 table -> L2 table -> L3 table. The pool hands out pages bottom-up after the PGD.
    const l0 = readPteByHand(mem, pt.pgdPa, 0, 512, 0x1000, 0);
    expect(l0 & 0xfffn).toBe(3n);
    expect(l0 >> 48n).toBe(0n);
    expect(pool.contains(Number(l0 & ~0xfffn))).toBe(true);
  });

  it('decodes the fields back', () => {
    const lo = protToPteLo(IOMMU_READ | IOMMU_WRITE | IOMMU_MMIO) | 1;
    const d = decodeLeaf(lo, protToPteHi(IOMMU_NOEXEC));
    expect(d).toMatchObject({ access: 'RW', memType: 'Device-nGnRE', shareability: 'OS', af: true, xn: 3 });
  });
});
