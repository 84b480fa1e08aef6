import fc from 'fast-check';
import { ERRNO } from '@pkvm/errno';
import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import { SZ_1G, SZ_2M, SZ_4K } from './io-pgtable-arm';
import { decodeLeaf } from './stage2-descriptor';
import { makePgtable } from './test-fixtures';

/*
 * Random map/unmap sequences against a plain reference model: a Map of leaf base -> {size, phys, prot} and a Set
 * of table pages, with the kernel's rules written out directly (no descriptors, no walk code shared with the
 * implementation). ias 32 / oas 40: the walk starts at L1 with a 4-entry PGD.
 */
const LEVEL: Record<number, number> = { [SZ_1G]: 1, [SZ_2M]: 2, [SZ_4K]: 3 };
const BS = [2 ** 39, SZ_1G, SZ_2M, SZ_4K];
const START = 1;

interface Leaf { size: number; pa: number; prot: number }

class ReferenceModel {
  readonly leaves = new Map<number, Leaf>();
  readonly tables = new Set<string>(); // `${level}:${base}` for every table below the PGD

  private leafAt(base: number, size: number): Leaf | undefined {
    const l = this.leaves.get(base);
    return l && l.size === size ? l : undefined;
  }

  /** Drops every leaf and table under the entry `[base, base + size)`. */
  private dropUnder(base: number, size: number): void {
    for (const k of [...this.leaves.keys()]) if (k >= base && k < base + size && this.leaves.get(k)!.size < size) this.leaves.delete(k);
    for (const t of [...this.tables]) {
      const [lvl, b] = t.split(':').map(Number);
      if (lvl > LEVEL[size] && b >= base && b < base + size) this.tables.delete(t);
    }
  }

  map(iova: number, pa: number, size: number, count: number, prot: number): { ret: number; mapped: number } {
    let mapped = 0;
    while (count > 0) {
      const n = this.mapChunk(iova, pa, size, count, prot);
      if (n < 0) return { ret: n, mapped };
      mapped += n * size;
      iova += n * size;
      pa += n * size;
      count -= n;
    }
    return { ret: 0, mapped };
  }

  private mapChunk(iova: number, pa: number, size: number, count: number, prot: number): number {
    const lvl = LEVEL[size];
    for (let l = START; l < lvl; l++) {
      const base = Math.floor(iova / BS[l]) * BS[l];
      if (this.leafAt(base, BS[l])) return -ERRNO.EEXIST; // a block on the way down
      this.tables.add(`${l + 1}:${base}`);
    }
    const num = Math.min(count, 512 - (Math.floor(iova / size) % 512)); // up to the end of this table
    for (let i = 0; i < num; i++) {
      const e = iova + i * size;
      if (this.leafAt(e, size)) return -ERRNO.EEXIST;
      if (this.tables.delete(`${lvl + 1}:${e}`)) this.dropUnder(e, size); // a block replaces a table
    }
    for (let i = 0; i < num; i++) this.leaves.set(iova + i * size, { size, pa: pa + i * size, prot });
    return num;
  }

  unmap(iova: number, size: number, count: number): number {
    let total = 0;
    while (count > 0) {
      const bytes = this.unmapChunk(iova, size, count);
      if (!bytes) break;
      total += bytes;
      iova += bytes;
      count -= bytes / size;
    }
    return total;
  }

  private unmapChunk(iova: number, size: number, count: number): number {
    const lvl = LEVEL[size];
    for (let l = START; l < lvl; l++) {
      const base = Math.floor(iova / BS[l]) * BS[l];
      const block = this.leafAt(base, BS[l]);
      if (block) {
        // split the block into a table of next-level leaves
        this.leaves.delete(base);
        this.tables.add(`${l + 1}:${base}`);
        const cs = BS[l + 1];
        for (let i = 0; i < 512; i++) this.leaves.set(base + i * cs, { size: cs, pa: block.pa + i * cs, prot: block.prot });
        if (l + 1 === lvl) {
          const num = Math.min(count, 512 - (Math.floor(iova / size) % 512));
          for (let i = 0; i < num; i++) this.leaves.delete(iova + i * size);
          return num * size;
        }
      } else if (!this.tables.has(`${l + 1}:${base}`)) {
        return 0;
      }
    }
    const num = Math.min(count, 512 - (Math.floor(iova / size) % 512));
    let i = 0;
    for (; i < num; i++) {
      const e = iova + i * size;
      if (this.leafAt(e, size)) this.leaves.delete(e);
      else if (this.tables.delete(`${lvl + 1}:${e}`)) this.dropUnder(e, size);
      else break;
    }
    return i * size;
  }
}

type Op = { kind: 'map' | 'unmap'; size: number; iova: number; count: number; paIdx: number; prot: number };

const PROTS = [IOMMU_READ | IOMMU_WRITE | IOMMU_CACHE, IOMMU_READ, IOMMU_WRITE | IOMMU_MMIO, IOMMU_READ | IOMMU_WRITE | IOMMU_NOEXEC];
const opArb: fc.Arbitrary<Op> = fc
  .record({
    kind: fc.constantFrom<'map' | 'unmap'>('map', 'map', 'unmap'),
    size: fc.constantFrom(SZ_4K, SZ_4K, SZ_2M, SZ_2M, SZ_1G),
    region: fc.integer({ min: 0, max: 2 }),
    slot2M: fc.constantFrom(0, 1, 2, 510, 511),
    slot4K: fc.constantFrom(0, 1, 2, 510, 511),
    count: fc.integer({ min: 1, max: 3 }),
    paIdx: fc.integer({ min: 0, max: 40 }),
    prot: fc.constantFrom(...PROTS),
  })
  .map(({ kind, size, region, slot2M, slot4K, count, paIdx, prot }) => {
    let iova = region * SZ_1G;
    if (size <= SZ_2M) iova += slot2M * SZ_2M;
    if (size === SZ_4K) iova += slot4K * SZ_4K;
    if (size === SZ_1G) count = Math.min(count, 2);
    return { kind, size, iova, count, paIdx, prot };
  });

/** Attribute expectations straight from the §5.1 prose, independent of the encoder. */
function expectedAttrs(prot: number) {
  const r = prot & IOMMU_READ, w = prot & IOMMU_WRITE;
  return {
    access: r && w ? 'RW' : r ? 'RO' : 'WO',
    memType: prot & IOMMU_MMIO ? 'Device-nGnRE' : prot & IOMMU_CACHE ? 'Normal-WB' : 'Normal-NC',
    shareability: prot & IOMMU_CACHE ? 'IS' : 'OS',
    af: true,
    xn: prot & IOMMU_NOEXEC ? 3 : 0,
  };
}

describe('IoPgtableArmS2 against a reference model (fast-check)', () => {
  it('agrees on return values, translations, attributes and table pages', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const { pt, pool, initialFree } = makePgtable({ ias: 32, oas: 40 }, 2048);
        const model = new ReferenceModel();
        for (const op of ops) {
          if (op.kind === 'map') {
            const pa = op.paIdx * op.size;
            const got = pt.mapPages(op.iova, pa, op.size, op.count, op.prot);
            const want = model.map(op.iova, pa, op.size, op.count, op.prot);
            expect({ ret: got, mapped: pt.lastMapped }).toEqual(want);
          } else {
            expect(pt.unmapPages(op.iova, op.size, op.count)).toBe(model.unmap(op.iova, op.size, op.count));
          }
          expect(pt.tablePages).toBe(model.tables.size);
          expect(pool.freeCount).toBe(initialFree - 1 - model.tables.size);
        }
        // every leaf, in order, with its decoded attributes
        const got: unknown[] = [];
        pt.forEachLeaf((iova, level, lo, hi) => {
          const d = decodeLeaf(lo, hi);
          got.push({ iova, size: BS[level], pa: d.paddr, attrs: { access: d.access, memType: d.memType, shareability: d.shareability, af: d.af, xn: d.xn } });
        });
        const want = [...model.leaves.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([iova, l]) => ({ iova, size: l.size, pa: l.pa, attrs: expectedAttrs(l.prot) }));
        expect(got).toEqual(want);
        for (const [iova, l] of model.leaves) {
          expect(pt.iovaToPhys(iova + 42)).toBe(l.pa + 42);
          expect(pt.iovaToPhys(iova + l.size - 1)).toBe(l.pa + l.size - 1);
        }
        pt.free();
        expect(pool.freeCount).toBe(initialFree);
      }),
      { numRuns: 150 },
    );
  });
});
