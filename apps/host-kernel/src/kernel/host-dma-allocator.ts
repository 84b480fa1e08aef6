import { KernelError } from '@pkvm/errno';
import type { MemoryBank } from '@pkvm/platform';

const PAGE_SIZE = 4096;

/**
 * dmam_alloc_coherent() as the twin plays it: host RAM handed out top-down just below the hyp carve-out (or
 * below the top of the highest bank when none was placed), each block naturally aligned to its power-of-two
 * span. Deterministic, so replay and the saga's what-if see the same addresses; never inside the carve-out.
 */
export class HostDmaAllocator {
  private top: number;
  private readonly bank: MemoryBank;

  /** `floor`: the lowest address earlier allocations reached (0 = none). */
  constructor(ram: readonly MemoryBank[], carveOutBase: number, floor = 0) {
    const byBase = [...ram].sort((a, b) => b.base - a.base);
    const bank = carveOutBase ? byBase.find((b) => carveOutBase >= b.base && carveOutBase < b.base + b.size) : byBase[0];
    if (!bank) throw KernelError.of('ENOMEM', 'no RAM bank for DMA allocations');
    this.bank = bank;
    const start = carveOutBase || bank.base + bank.size;
    this.top = floor ? Math.min(floor, start) : start;
  }

  /** A zeroed block of `bytes` (fresh frames read as zero in the twin's memory). */
  alloc(bytes: number): number {
    const span = 2 ** Math.ceil(Math.log2(Math.max(bytes, PAGE_SIZE)));
    const base = Math.floor((this.top - span) / span) * span;
    if (base < this.bank.base) throw KernelError.of('ENOMEM', `no room for ${bytes} bytes of DMA memory below 0x${this.top.toString(16)}`);
    this.top = base;
    return base;
  }

  get floor(): number {
    return this.top;
  }
}
