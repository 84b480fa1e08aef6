import { PagePool, PhysicalMemory } from './index';

const BASE = 0x8000_0000;
const mk = (pages: number, base = BASE, maxOrder?: number) => {
  const mem = new PhysicalMemory({ ram: [{ base: BASE - 0x10_0000, size: 0x1000_0000 }] });
  return { mem, pool: new PagePool(mem, { base, size: pages * 4096 }, maxOrder) };
};

describe('PagePool (hyp_pool semantics, PKVM.md §2.4)', () => {
  it('donates 2^order contiguous, naturally aligned pages', () => {
    const { pool } = mk(64);
    for (const order of [0, 3, 1, 4, 2]) {
      const pa = pool.donate(order)!;
      expect(pa).not.toBeNull();
      expect(pa % (4096 << order)).toBe(0);
      expect(pool.contains(pa) && pool.contains(pa + (4096 << order) - 1)).toBe(true);
    }
    expect(pool.freeCount).toBe(64 - (1 + 8 + 2 + 16 + 4));
  });

  it('never hands out overlapping blocks', () => {
    const { pool } = mk(32);
    const owned = new Set<number>();
    let pa: number | null;
    while ((pa = pool.donate(1)) !== null) {
      for (const p of [pa, pa + 4096]) {
        expect(owned.has(p)).toBe(false);
        owned.add(p);
      }
    }
    expect(owned.size).toBe(32);
    expect(pool.freeCount).toBe(0);
  });

  it('aligns blocks by physical address even when the pool base is not aligned', () => {
    const { pool } = mk(24, BASE + 3 * 4096);
    const pa = pool.donate(3)!;
    expect(pa % (8 * 4096)).toBe(0);
  });

  it('hands out zeroed pages, also after a reclaim of a dirty page', () => {
    const { mem, pool } = mk(1);
    const pa = pool.donate(0)!;
    mem.write32(pa + 64, 0xdead);
    pool.reclaim(pa);
    const again = pool.donate(0)!;
    expect(again).toBe(pa);
    expect(mem.read32(again + 64)).toBe(0);
  });

  it('returns a page only when its refcount reaches 0 (get/put, reclaim)', () => {
    const { pool } = mk(4);
    const pa = pool.donate(0)!;
    expect(pool.refcountOf(pa)).toBe(1);
    pool.get(pa);
    expect(pool.refcountOf(pa)).toBe(2);
    expect(pool.reclaim(pa)).toBe(false);
    expect(pool.freeCount).toBe(3);
    expect(pool.put(pa)).toBe(true);
    expect(pool.freeCount).toBe(4);
    expect(() => pool.put(pa)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
  });

  it('merges buddies back into the largest block', () => {
    const { pool } = mk(16, BASE, 4);
    expect(pool.freeBlocks(4)).toBe(1);
    const pages = Array.from({ length: 16 }, () => pool.donate(0)!);
    expect(pool.donate(0)).toBeNull();
    for (const p of pages.reverse()) pool.reclaim(p);
    expect(pool.freeBlocks(4)).toBe(1);
    expect(pool.freeBlocks(0)).toBe(0);
    expect(pool.donate(4)).toBe(BASE);
  });

  it('returns null when no block of the order is left, even with enough free pages scattered', () => {
    const { pool } = mk(8, BASE, 3);
    const pages = Array.from({ length: 8 }, () => pool.donate(0)!);
    for (let i = 0; i < 8; i += 2) pool.reclaim(pages[i]); // free every other page: no free pair is a buddy pair
    expect(pool.freeCount).toBe(4);
    expect(pool.donate(1)).toBeNull();
    expect(pool.donate(0)).not.toBeNull();
  });

  it('rejects a range outside RAM and tail-page puts', () => {
    const { mem, pool } = mk(8);
    expect(() => new PagePool(mem, { base: 0x10_0000_0000, size: 4096 })).toThrow();
    const pa = pool.donate(2)!;
    expect(() => pool.put(pa + 4096)).toThrow();
  });
});
