import { KernelError } from '@pkvm/errno';
import { PAGE_SIZE } from './address-map';
import { PhysicalMemory } from './physical-memory';

/** MAX_PAGE_ORDER (include/linux/mmzone.h, default config): largest buddy block is 2^10 pages. */
export const MAX_PAGE_ORDER = 10;

const NOT_HEAD = 0;
const FREE_HEAD = 1;
const USED_HEAD = 2;

/**
 * A buddy page pool over one physical range, with the EL2 `hyp_pool` semantics of PKVM.md §2.4
 * (arch/arm64/kvm/hyp/nvhe/page_alloc.c):
 * - `donate(order)` hands out 2^order contiguous, naturally aligned, zeroed pages with refcount 1, or
 *   null when no block is large enough (kvm_iommu_donate_pages returns NULL; callers turn it into -ENOMEM);
 * - `reclaim(pa)` = hyp_put_page: drops one reference; at 0 the whole block returns and merges with its buddy;
 * - `get(pa)` / `put(pa)` = hyp_get_page / hyp_put_page on a block's head page.
 * Per-page state is typed arrays over the pool's range (never a Map): a pool may span millions of pages.
 * Misuse (put of a free page, of a tail page) is a hypervisor BUG: it throws EINVAL.
 */
export class PagePool {
  readonly base: number;
  readonly nrPages: number;
  readonly maxOrder: number;
  private readonly basePfn: number;
  private readonly state: Uint8Array;
  private readonly order: Int8Array;
  private readonly refcount: Uint32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly heads: Int32Array;
  private freePages = 0;

  constructor(
    private readonly mem: PhysicalMemory,
    range: { base: number; size: number },
    maxOrder = MAX_PAGE_ORDER,
  ) {
    if (range.base % PAGE_SIZE !== 0 || range.size % PAGE_SIZE !== 0 || range.size <= 0) {
      throw KernelError.of('EINVAL', 'page pool range must be page aligned and non-empty');
    }
    if (!mem.map.containsRange(range.base, range.size, 'ram')) {
      throw KernelError.of('EINVAL', `page pool range 0x${range.base.toString(16)}+0x${range.size.toString(16)} is not inside one RAM bank`);
    }
    this.base = range.base;
    this.nrPages = range.size / PAGE_SIZE;
    this.basePfn = range.base / PAGE_SIZE;
    this.maxOrder = maxOrder;
    this.state = new Uint8Array(this.nrPages);
    this.order = new Int8Array(this.nrPages);
    this.refcount = new Uint32Array(this.nrPages);
    this.next = new Int32Array(this.nrPages).fill(-1);
    this.prev = new Int32Array(this.nrPages).fill(-1);
    this.heads = new Int32Array(maxOrder + 1).fill(-1);
    // hyp_pool_init: carve the range into the largest naturally aligned blocks (by PFN).
    let i = 0;
    while (i < this.nrPages) {
      let o = maxOrder;
      while (o > 0 && (((this.basePfn + i) % (1 << o)) !== 0 || i + (1 << o) > this.nrPages)) o--;
      this.addFree(i, o);
      this.freePages += 1 << o;
      i += 1 << o;
    }
  }

  private addFree(i: number, o: number): void {
    this.state[i] = FREE_HEAD;
    this.order[i] = o;
    this.prev[i] = -1;
    this.next[i] = this.heads[o];
    if (this.heads[o] >= 0) this.prev[this.heads[o]] = i;
    this.heads[o] = i;
  }

  private removeFree(i: number, o: number): void {
    const n = this.next[i];
    const p = this.prev[i];
    if (p >= 0) this.next[p] = n;
    else this.heads[o] = n;
    if (n >= 0) this.prev[n] = p;
    this.next[i] = this.prev[i] = -1;
    this.state[i] = NOT_HEAD;
  }

  /** 2^order zeroed pages, naturally aligned, refcount 1; null when the pool cannot satisfy it. */
  donate(order = 0): number | null {
    if (!Number.isInteger(order) || order < 0 || order > this.maxOrder) return null;
    let o = order;
    while (o <= this.maxOrder && this.heads[o] < 0) o++;
    if (o > this.maxOrder) return null;
    const i = this.heads[o];
    this.removeFree(i, o);
    // __hyp_extract_page: split, returning the upper halves to the free lists.
    while (o > order) {
      o--;
      this.addFree(i + (1 << o), o);
    }
    this.state[i] = USED_HEAD;
    this.order[i] = order;
    this.refcount[i] = 1;
    this.freePages -= 1 << order;
    const pa = this.base + i * PAGE_SIZE;
    this.mem.zeroPages(pa, PAGE_SIZE << order);
    return pa;
  }

  private headIndex(pa: number, what: string): number {
    const i = (pa - this.base) / PAGE_SIZE;
    if (!Number.isInteger(i) || i < 0 || i >= this.nrPages || this.state[i] !== USED_HEAD) {
      throw KernelError.of('EINVAL', `${what}: PA 0x${pa.toString(16)} is not an allocated block of this pool`);
    }
    return i;
  }

  /** hyp_get_page: one more reference on an allocated block. */
  get(pa: number): void {
    this.refcount[this.headIndex(pa, 'get')]++;
  }

  /** hyp_put_page: drops a reference; the block returns to the pool (merging buddies) at 0. True when freed. */
  put(pa: number): boolean {
    const i = this.headIndex(pa, 'put');
    if (--this.refcount[i] > 0) return false;
    let o = this.order[i];
    this.freePages += 1 << o;
    this.state[i] = NOT_HEAD;
    let head = i;
    // __hyp_attach_page: merge with the buddy while it is a free block of the same order inside the pool.
    while (o < this.maxOrder) {
      const buddyPfn = (this.basePfn + head) ^ (1 << o);
      const b = buddyPfn - this.basePfn;
      if (b < 0 || b >= this.nrPages || this.state[b] !== FREE_HEAD || this.order[b] !== o) break;
      this.removeFree(b, o);
      head = Math.min(head, b);
      o++;
    }
    this.addFree(head, o);
    return true;
  }

  /** kvm_iommu_reclaim_pages: hyp_put_page on the block head. */
  reclaim(pa: number): boolean {
    return this.put(pa);
  }

  /** Current refcount of an allocated block's head (0 when it is not allocated). */
  refcountOf(pa: number): number {
    const i = (pa - this.base) / PAGE_SIZE;
    return Number.isInteger(i) && i >= 0 && i < this.nrPages && this.state[i] === USED_HEAD ? this.refcount[i] : 0;
  }

  /** Pages currently free in the pool. */
  get freeCount(): number {
    return this.freePages;
  }

  /** Number of free blocks of exactly this order. */
  freeBlocks(order: number): number {
    let n = 0;
    for (let i = this.heads[order] ?? -1; i >= 0; i = this.next[i]) n++;
    return n;
  }

  contains(pa: number): boolean {
    return pa >= this.base && pa < this.base + this.nrPages * PAGE_SIZE;
  }
}
