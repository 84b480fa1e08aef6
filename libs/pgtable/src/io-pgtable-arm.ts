import { ERRNO, KernelError } from '@pkvm/errno';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { IOMMU_READ, IOMMU_WRITE } from './iommu-prot';
import {
  PTE_ATTR_HI_MASK, PTE_ATTR_LO_MASK, PTE_TYPE_BLOCK, PTE_TYPE_MASK, PTE_TYPE_PAGE, PTE_TYPE_TABLE,
  paddrHi, paddrLo, protToPteHi, protToPteLo, pteToPaddr,
} from './stage2-descriptor';
import { IoPgtableS2Geometry, MAX_LEVELS, blockSize, ioPgtableS2Geometry } from './stage2-geometry';

export const SZ_4K = 0x1000;
export const SZ_2M = 0x200000;
export const SZ_1G = 0x40000000;
/** arm_lpae_restrict_pgsizes, 4K granule: page, level-2 block, level-1 block. */
export const PGSIZES_4K_GRANULE = SZ_4K | SZ_2M | SZ_1G;

const TWO32 = 4294967296;
const PTES_PER_TABLE = 512;
const WARN = (msg: string): never => {
  throw new Error(`io-pgtable-arm: WARN: ${msg}`);
};

/** The io_pgtable TLB callbacks (struct iommu_flush_ops) this model calls; the SMMU driver implements them (§4.6). */
export interface IoPgtableFlushOps {
  /** io_pgtable_tlb_flush_walk: a table was unlinked; flush leaves and walk caches for the range. */
  tlbFlushWalk(iova: number, size: number, granule: number): void;
  /** io_pgtable_tlb_add_page: one leaf was removed. */
  tlbAddPage(iova: number, granule: number): void;
}

/** struct io_pgtable_cfg, stage 2, 4 KiB granule. */
export interface IoPgtableCfg {
  ias: number;
  oas: number;
  /** Subset of 4K | 2M | 1G; must include 4K (the granule). */
  pgsizeBitmap: number;
  /** Every SMMU walking the table has IDR0.COHACC (cfg->coherent_walk). Default true. */
  coherentWalk?: boolean;
  tlb?: IoPgtableFlushOps;
}

/**
 * io-pgtable-arm, format ARM_64_LPAE_S2, 4 KiB granule (drivers/iommu/io-pgtable-arm.c).
 * Table pages come only from `pool`; descriptors live in `mem`'s frames as (lo, hi) 32-bit halves.
 *
 * Errors: the ops return kernel-style values, never throw, because -EEXIST/-ENOMEM are expected refusals
 * on hot paths: `mapPages` returns 0 or a negative errno and leaves the bytes it did map in `lastMapped`
 * (the kernel's `*mapped`); `unmapPages` returns bytes unmapped (0 = nothing). The constructor throws a
 * KernelError (EINVAL, ENOMEM) where alloc_io_pgtable_ops returns NULL. A state that "cannot happen" (a WARN_ON
 * upstream that would mean a broken table) throws a plain Error.
 * Out-of-range iova/paddr give -ERANGE as arm_lpae_map_pages does (not -EINVAL).
 * Partial unmap of a block splits it (arm_lpae_split_blk_unmap, v6.x); recent kernels drop that and refuse
 * ("Unmap of a partial large IOPTE is not allowed"), which is why pKVM maps memory with 4 KiB pages only.
 */
export class IoPgtableArmS2 {
  readonly geometry: IoPgtableS2Geometry;
  readonly pgsizeBitmap: number;
  /** Physical address of the first-level table (VTTBR). */
  readonly pgdPa: number;
  /** Bytes mapped by the last mapPages call, also on failure (the kernel's `*mapped`). */
  lastMapped = 0;
  private tables = 0;
  private freed = false;
  private readonly startLevel: number;
  private readonly pgdMask: number;
  private readonly iasLimit: number;
  private readonly oasLimit: number;
  private readonly tlb?: IoPgtableFlushOps;

  constructor(
    private readonly mem: PhysicalMemory,
    private readonly pool: PagePool,
    cfg: IoPgtableCfg,
  ) {
    const bitmap = cfg.pgsizeBitmap & PGSIZES_4K_GRANULE; // arm_lpae_restrict_pgsizes
    if (!(bitmap & SZ_4K)) throw KernelError.of('EINVAL', 'pgsize_bitmap must include the 4 KiB granule');
    this.pgsizeBitmap = bitmap;
    this.geometry = ioPgtableS2Geometry(cfg.ias, cfg.oas, cfg.coherentWalk ?? true);
    this.startLevel = this.geometry.startLevel;
    this.pgdMask = this.geometry.pgdEntries - 1;
    this.iasLimit = 2 ** cfg.ias;
    this.oasLimit = 2 ** cfg.oas;
    this.tlb = cfg.tlb;
    const order = Math.log2(this.geometry.pgdPages);
    const pgd = pool.donate(order); // __arm_lpae_alloc_pages(ARM_LPAE_PGD_SIZE(data))
    if (pgd === null) throw KernelError.of('ENOMEM', 'no pages for the PGD');
    this.pgdPa = pgd;
  }

  /** Table pages below the first level currently allocated. */
  get tablePages(): number {
    return this.tables;
  }

  /** Bytes of page-table memory in use, PGD included. */
  get tableBytes(): number {
    return (this.tables + this.geometry.pgdPages) * 4096;
  }

  /** ARM_LPAE_LVL_IDX: index at `level`; the first level may be wider (concatenated) or narrower. */
  private index(iova: number, level: number): number {
    return (iova / blockSize(level)) & (level === this.startLevel ? this.pgdMask : PTES_PER_TABLE - 1);
  }

  /** The frame holding entry `idx` of the table at `tablePa` (a concatenated PGD spans several frames). */
  private frameOf(tablePa: number, idx: number): Uint32Array {
    return this.mem.frameWords(idx < PTES_PER_TABLE ? tablePa : tablePa + (idx >> 9) * 4096);
  }

  private checkLive(): void {
    if (this.freed) WARN('use after free_io_pgtable_ops');
  }

  /**
   * arm_lpae_map_pages, looped over table boundaries like __iommu_map: maps `pgcount` entries of `pgsize`
   * (which must be one size from the bitmap). Returns 0 or -EINVAL (bad size, misaligned [iommu.c __iommu_map],
   * no READ/WRITE), -ERANGE (iova beyond ias or paddr beyond oas: arm_lpae_map_pages' iaext / paddr >> oas check),
   * -EEXIST (a leaf is already there), -ENOMEM (pool empty). Stops at the first failure without undoing.
   */
  mapPages(iova: number, paddr: number, pgsize: number, pgcount: number, prot: number): number {
    this.checkLive();
    this.lastMapped = 0;
    if (!pgsize || (pgsize & this.pgsizeBitmap) !== pgsize || (pgsize & (pgsize - 1)) !== 0) return -ERRNO.EINVAL;
    if (!Number.isInteger(pgcount) || pgcount < 1) return -ERRNO.EINVAL;
    if (iova % pgsize !== 0 || paddr % pgsize !== 0 || !(iova >= 0) || !(paddr >= 0)) return -ERRNO.EINVAL;
    const size = pgsize * pgcount;
    if (iova + size > this.iasLimit || paddr + size > this.oasLimit) return -ERRNO.ERANGE;
    if (!(prot & (IOMMU_READ | IOMMU_WRITE))) return -ERRNO.EINVAL;
    const protLo = protToPteLo(prot);
    const protHi = protToPteHi(prot);
    while (pgcount > 0) {
      const n = this.mapChunk(iova, paddr, pgsize, pgcount, protLo, protHi);
      if (n < 0) return n;
      this.lastMapped += n * pgsize;
      iova += n * pgsize;
      paddr += n * pgsize;
      pgcount -= n;
    }
    return 0;
  }

  /** __arm_lpae_map, one level per iteration. Returns entries written (up to the end of one table) or -errno. */
  private mapChunk(iova: number, paddr: number, size: number, pgcount: number, protLo: number, protHi: number): number {
    let level = this.startLevel;
    let tablePa = this.pgdPa;
    for (;;) {
      const idx = this.index(iova, level);
      const frame = this.frameOf(tablePa, idx);
      const w = (idx & (PTES_PER_TABLE - 1)) << 1;
      if (size === blockSize(level)) {
        // "If we can install a leaf entry at this level, then do so"
        const num = Math.min(pgcount, PTES_PER_TABLE - (idx & (PTES_PER_TABLE - 1))); // arm_lpae_max_entries
        return this.initPte(iova, paddr, size, protLo, protHi, level, num, frame, w);
      }
      if (level >= MAX_LEVELS - 1) WARN('cannot allocate tables at the final level'); // __arm_lpae_map
      const lo = frame[w];
      const hi = frame[w + 1];
      if (lo === 0 && hi === 0) {
        const table = this.pool.donate(0);
        if (table === null) return -ERRNO.ENOMEM;
        this.tables++;
        // arm_lpae_install_table: next-level address | ARM_LPAE_PTE_TYPE_TABLE
        frame[w] = paddrLo(table) | PTE_TYPE_TABLE;
        frame[w + 1] = paddrHi(table);
        tablePa = table;
      } else if ((lo & PTE_TYPE_MASK) === PTE_TYPE_TABLE) {
        tablePa = pteToPaddr(lo, hi);
      } else if ((lo & PTE_TYPE_MASK) === PTE_TYPE_BLOCK) {
        return -ERRNO.EEXIST; // "We require an unmap first"
      } else {
        WARN(`reserved descriptor 0x${hi.toString(16)}_${lo.toString(16)} at level ${level}`);
      }
      level++;
    }
  }

  /** arm_lpae_init_pte + __arm_lpae_init_pte: refuse leaves, replace (unmap and free) tables, then write. */
  private initPte(
    iova: number, paddr: number, size: number, protLo: number, protHi: number,
    level: number, num: number, frame: Uint32Array, w: number,
  ): number {
    const leafType = level === MAX_LEVELS - 1 ? PTE_TYPE_PAGE : PTE_TYPE_BLOCK;
    for (let i = 0; i < num; i++) {
      const lo = frame[w + 2 * i];
      if ((lo & PTE_TYPE_MASK) === leafType) return -ERRNO.EEXIST; // iopte_leaf: "We require an unmap first"
      if (level < MAX_LEVELS - 1 && (lo & PTE_TYPE_MASK) === PTE_TYPE_TABLE) {
        // "We need to unmap and free the old table before overwriting it with a block entry."
        this.clearTable(frame, w + 2 * i, iova + i * size, size, level);
      }
    }
    const lo0 = protLo | leafType;
    let pa = paddr;
    for (let i = 0, j = w; i < num; i++, j += 2, pa += size) {
      frame[j] = lo0 | (pa % TWO32);
      frame[j + 1] = protHi | Math.floor(pa / TWO32);
    }
    return num;
  }

  /** Unlinks a table entry, flushes partial walks and frees the subtree (the non-leaf branch of __arm_lpae_unmap). */
  private clearTable(frame: Uint32Array, w: number, iova: number, size: number, level: number): void {
    const sub = pteToPaddr(frame[w], frame[w + 1]);
    frame[w] = 0;
    frame[w + 1] = 0;
    this.tlb?.tlbFlushWalk(iova, size, 4096);
    this.freePgtable(level + 1, sub);
  }

  /** __arm_lpae_free_pgtable: frees a table and every table below it. */
  private freePgtable(level: number, tablePa: number): void {
    if (level < MAX_LEVELS - 1) {
      const frame = this.mem.frameWords(tablePa);
      for (let j = 0; j < 2 * PTES_PER_TABLE; j += 2) {
        const lo = frame[j];
        if ((lo & PTE_TYPE_MASK) === PTE_TYPE_TABLE) this.freePgtable(level + 1, pteToPaddr(lo, frame[j + 1]));
      }
    }
    this.pool.reclaim(tablePa);
    this.tables--;
  }

  /**
   * arm_lpae_unmap_pages, looped over table boundaries like __iommu_unmap. Returns the bytes unmapped; stops
   * at the first entry that is empty. 0 for a size outside the bitmap, a misaligned iova or one beyond ias.
   * A table entry met at the unmap size is freed with its whole subtree (the only way tables are freed);
   * a block larger than the unmap size is split (arm_lpae_split_blk_unmap).
   */
  unmapPages(iova: number, pgsize: number, pgcount: number): number {
    this.checkLive();
    if (!pgsize || (pgsize & this.pgsizeBitmap) !== pgsize || (pgsize & (pgsize - 1)) !== 0) return 0;
    if (!Number.isInteger(pgcount) || pgcount < 1 || iova % pgsize !== 0 || !(iova >= 0)) return 0;
    if (iova + pgsize * pgcount > this.iasLimit) return 0; // iaext
    let total = 0;
    while (pgcount > 0) {
      const bytes = this.unmapChunk(iova, pgsize, pgcount, this.startLevel, this.pgdPa);
      if (bytes === 0) break;
      total += bytes;
      iova += bytes;
      pgcount -= bytes / pgsize;
    }
    return total;
  }

  /** __arm_lpae_unmap, one level per iteration; returns bytes unmapped within one table. */
  private unmapChunk(iova: number, size: number, pgcount: number, level: number, tablePa: number): number {
    for (;;) {
      if (level === MAX_LEVELS) WARN('ran out of page table');
      const idx = this.index(iova, level);
      const frame = this.frameOf(tablePa, idx);
      const w = (idx & (PTES_PER_TABLE - 1)) << 1;
      const lo = frame[w];
      const hi = frame[w + 1];
      if (lo === 0 && hi === 0) return 0; // WARN_ON(!pte) upstream unless IO_PGTABLE_QUIRK_NO_WARN: nothing mapped
      const leafType = level === MAX_LEVELS - 1 ? PTE_TYPE_PAGE : PTE_TYPE_BLOCK;
      if (size === blockSize(level)) {
        // "If the size matches this level, we're in the right place"
        const num = Math.min(pgcount, PTES_PER_TABLE - (idx & (PTES_PER_TABLE - 1)));
        let i = 0;
        for (; i < num; i++) {
          const j = w + 2 * i;
          const l = frame[j];
          if (l === 0 && frame[j + 1] === 0) break;
          if ((l & PTE_TYPE_MASK) !== leafType) this.clearTable(frame, j, iova + i * size, size, level);
        }
        frame.fill(0, w, w + 2 * i); // __arm_lpae_clear_pte
        if (this.tlb) for (let j = 0; j < i; j++) this.tlb.tlbAddPage(iova + j * size, size);
        return i * size;
      }
      if ((lo & PTE_TYPE_MASK) === leafType) {
        // "Insert a table at the next level to map the old region, minus the part we want to unmap"
        return this.splitBlkUnmap(iova, size, lo, hi, level + 1, frame, w, pgcount);
      }
      tablePa = pteToPaddr(lo, hi); // "Keep on walkin'"
      level++;
    }
  }

  /** arm_lpae_split_blk_unmap: replaces a block by a table of the next level minus the hole. */
  private splitBlkUnmap(
    iova: number, size: number, blkLo: number, blkHi: number, level: number,
    parent: Uint32Array, pw: number, pgcount: number,
  ): number {
    if (level === MAX_LEVELS) WARN('split below the last level');
    const table = this.pool.donate(0);
    if (table === null) return 0; // "Bytes unmapped"
    this.tables++;
    const splitSz = blockSize(level);
    let holeStart = -1;
    let holeEnd = -1;
    if (size === splitSz) {
      holeStart = this.index(iova, level);
      holeEnd = holeStart + Math.min(pgcount, PTES_PER_TABLE - holeStart);
    }
    const attrLo = (blkLo & PTE_ATTR_LO_MASK) | (level === MAX_LEVELS - 1 ? PTE_TYPE_PAGE : PTE_TYPE_BLOCK); // iopte_prot
    const attrHi = blkHi & PTE_ATTR_HI_MASK;
    const frame = this.mem.frameWords(table);
    let pa = pteToPaddr(blkLo, blkHi);
    for (let i = 0; i < PTES_PER_TABLE; i++, pa += splitSz) {
      if (i >= holeStart && i < holeEnd) continue; // "Unmap!"
      frame[2 * i] = attrLo | (pa % TWO32);
      frame[2 * i + 1] = attrHi | Math.floor(pa / TWO32);
    }
    parent[pw] = paddrLo(table) | PTE_TYPE_TABLE; // arm_lpae_install_table
    parent[pw + 1] = paddrHi(table);
    if (holeStart >= 0) {
      if (this.tlb) for (let i = 0; i < holeEnd - holeStart; i++) this.tlb.tlbAddPage(iova + i * size, size);
      return (holeEnd - holeStart) * size;
    }
    return this.unmapChunk(iova, size, pgcount, level, table);
  }

  /**
   * arm_lpae_iova_to_phys: the output address, or 0 when nothing maps `iova` (the kernel's convention,
   * so PA 0 itself is ambiguous). An iova at or beyond 2^ias translates to 0 here (the kernel would alias).
   */
  iovaToPhys(iova: number): number {
    if (!(iova >= 0) || iova >= this.iasLimit) return 0;
    let level = this.startLevel;
    let tablePa = this.pgdPa;
    for (;;) {
      const idx = this.index(iova, level);
      const frame = this.frameOf(tablePa, idx);
      const w = (idx & (PTES_PER_TABLE - 1)) << 1;
      const lo = frame[w];
      const type = lo & PTE_TYPE_MASK;
      if (level === MAX_LEVELS - 1) {
        return type === PTE_TYPE_PAGE ? pteToPaddr(lo, frame[w + 1]) + (iova % 4096) : 0;
      }
      if (type === PTE_TYPE_BLOCK) return pteToPaddr(lo, frame[w + 1]) + (iova % blockSize(level));
      if (type !== PTE_TYPE_TABLE) return 0;
      tablePa = pteToPaddr(lo, frame[w + 1]);
      level++;
    }
  }

  /**
   * Visits every leaf in ascending iova order within `[start, end)` (entries overlapping the bounds included):
   * `(iova, level, lo, hi)`. Also reports every table page via `onTable` when given.
   */
  forEachLeaf(
    onLeaf: (iova: number, level: number, lo: number, hi: number) => void,
    onTable?: (iova: number, level: number, tablePa: number) => void,
    start = 0,
    end = this.iasLimit,
  ): void {
    this.checkLive();
    onTable?.(0, this.startLevel, this.pgdPa);
    this.walkTable(this.startLevel, this.pgdPa, 0, this.geometry.pgdEntries, start, end, onLeaf, onTable);
  }

  private walkTable(
    level: number, tablePa: number, base: number, entries: number, start: number, end: number,
    onLeaf: (iova: number, level: number, lo: number, hi: number) => void,
    onTable?: (iova: number, level: number, tablePa: number) => void,
  ): void {
    const bs = blockSize(level);
    const first = Math.max(0, Math.floor((start - base) / bs));
    for (let idx = first; idx < entries; idx++) {
      const iova = base + idx * bs;
      if (iova >= end) return;
      const frame = this.frameOf(tablePa, idx);
      const w = (idx & (PTES_PER_TABLE - 1)) << 1;
      const lo = frame[w];
      const hi = frame[w + 1];
      if (lo === 0 && hi === 0) continue;
      const type = lo & PTE_TYPE_MASK;
      if (level === MAX_LEVELS - 1 ? type === PTE_TYPE_PAGE : type === PTE_TYPE_BLOCK) {
        onLeaf(iova, level, lo, hi);
      } else if (level < MAX_LEVELS - 1 && type === PTE_TYPE_TABLE) {
        const sub = pteToPaddr(lo, hi);
        onTable?.(iova, level + 1, sub);
        this.walkTable(level + 1, sub, iova, PTES_PER_TABLE, start, end, onLeaf, onTable);
      }
    }
  }

  /** arm_lpae_free_pgtable (free_io_pgtable_ops): every table page, PGD included, goes back to the pool. */
  free(): void {
    this.checkLive();
    if (this.startLevel < MAX_LEVELS - 1) {
      for (let idx = 0; idx < this.geometry.pgdEntries; idx++) {
        const frame = this.frameOf(this.pgdPa, idx);
        const w = (idx & (PTES_PER_TABLE - 1)) << 1;
        if ((frame[w] & PTE_TYPE_MASK) === PTE_TYPE_TABLE) this.freePgtable(this.startLevel + 1, pteToPaddr(frame[w], frame[w + 1]));
      }
    }
    this.pool.reclaim(this.pgdPa);
    this.freed = true;
  }
}
