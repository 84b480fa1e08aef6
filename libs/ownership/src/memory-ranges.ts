import { ERRNO, KernelError } from '@pkvm/errno';
import { PAGE_SIZE } from '@pkvm/phys-mem';

/** One memblock (hyp_memory[] entry): `nomap` is MEMBLOCK_NOMAP (memory the kernel must not map, e.g. firmware). */
export interface MemblockSpan {
  base: number;
  size: number;
  nomap?: boolean;
}

/** A platform-like description: RAM banks (memblocks) and device MMIO regions. */
export interface MemoryLayout {
  ram: readonly MemblockSpan[];
  mmio?: readonly { base: number; size: number }[];
}

/** struct kvm_mem_range: a memblock, or the gap between two memblocks (where MMIO lives). */
export interface KvmMemRange {
  start: number;
  end: number;
  /** Index into `memblocks`, or -1 for a gap (not memory). */
  memblock: number;
}

/**
 * The hypervisor's view of physical memory (hyp_memory[] and the mem_protect.c helpers over it).
 * As in the kernel, MMIO is "not memory": the spans a range may not cross are the memblocks and the gaps
 * between them, so two MMIO regions in one gap are one span. `mmio` only answers isMmio().
 */
export class MemoryRanges {
  readonly memblocks: readonly Required<MemblockSpan>[];
  readonly mmio: readonly { base: number; size: number }[];
  /** First vmemmap index of each memblock: hyp_page entries exist for memory pages only. */
  private readonly firstPage: Float64Array;
  readonly nrPages: number;

  constructor(layout: MemoryLayout) {
    const check = (r: { base: number; size: number }, what: string) => {
      const ok = Number.isSafeInteger(r.base) && Number.isSafeInteger(r.size) && r.base >= 0 && r.size > 0 &&
        r.base % PAGE_SIZE === 0 && r.size % PAGE_SIZE === 0 && r.base + r.size <= 2 ** 48;
      if (!ok) throw KernelError.of('EINVAL', `bad ${what} base=0x${r.base.toString(16)} size=0x${r.size.toString(16)}`);
    };
    const ram = layout.ram.map((r) => (check(r, 'memblock'), { base: r.base, size: r.size, nomap: r.nomap ?? false }));
    ram.sort((a, b) => a.base - b.base);
    const mmio = (layout.mmio ?? []).map((r) => (check(r, 'MMIO region'), { base: r.base, size: r.size }));
    mmio.sort((a, b) => a.base - b.base);
    const all = [...ram, ...mmio].sort((a, b) => a.base - b.base);
    for (let i = 1; i < all.length; i++) {
      if (all[i].base < all[i - 1].base + all[i - 1].size) throw KernelError.of('EINVAL', `overlapping spans at 0x${all[i].base.toString(16)}`);
    }
    this.memblocks = ram;
    this.mmio = mmio;
    this.firstPage = new Float64Array(ram.length);
    let n = 0;
    ram.forEach((r, i) => {
      this.firstPage[i] = n;
      n += r.size / PAGE_SIZE;
    });
    this.nrPages = n;
  }

  /** find_mem_range: binary search of the memblocks; the range is the memblock or the gap around `addr`. */
  findMemRange(addr: number): KvmMemRange {
    let left = 0;
    let right = this.memblocks.length;
    let start = 0;
    let end = Number.MAX_SAFE_INTEGER; // ULONG_MAX
    while (left < right) {
      const cur = (left + right) >> 1;
      const reg = this.memblocks[cur];
      const regEnd = reg.base + reg.size;
      if (addr < reg.base) {
        right = cur;
        end = reg.base;
      } else if (addr >= regEnd) {
        left = cur + 1;
        start = regEnd;
      } else {
        return { start: reg.base, end: regEnd, memblock: cur };
      }
    }
    return { start, end, memblock: -1 };
  }

  /** addr_is_memory */
  addrIsMemory(addr: number): boolean {
    return this.findMemRange(addr).memblock >= 0;
  }

  /** True when `addr` is in a declared MMIO region (informational: the hypervisor only knows "not memory"). */
  isMmio(addr: number): boolean {
    return this.mmio.some((r) => addr >= r.base && addr < r.base + r.size);
  }

  /** range_is_memory: [start, end) lies inside one memblock. */
  rangeIsMemory(start: number, end: number): boolean {
    const r = this.findMemRange(start);
    return r.memblock >= 0 && end - 1 >= r.start && end - 1 < r.end;
  }

  /**
   * check_range_allowed_memory: -EINVAL when start and end - 1 fall in different kvm_mem_ranges, -EPERM when
   * the range is not memory or its memblock is MEMBLOCK_NOMAP, else 0.
   */
  checkRangeAllowedMemory(start: number, end: number): number {
    const r = this.findMemRange(start);
    if (!(end - 1 >= r.start && end - 1 < r.end)) return -ERRNO.EINVAL;
    if (r.memblock < 0 || this.memblocks[r.memblock].nomap) return -ERRNO.EPERM;
    return 0;
  }

  /** hyp_phys_to_page: the vmemmap index of a memory page, or -1 when `pa` is not memory. */
  pageIndex(pa: number): number {
    const r = this.findMemRange(pa);
    if (r.memblock < 0) return -1;
    return this.firstPage[r.memblock] + Math.floor((pa - r.start) / PAGE_SIZE);
  }

  /** Physical address of vmemmap index `i` (inverse of pageIndex). */
  pageAddr(i: number): number {
    let lo = 0;
    let hi = this.memblocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstPage[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.memblocks[lo].base + (i - this.firstPage[lo]) * PAGE_SIZE;
  }
}
