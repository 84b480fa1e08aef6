import { ERRNO, KernelError } from '@pkvm/errno';
import {
  HostStage2Leaf, KVM_PGTABLE_PROT_R, KVM_PGTABLE_PROT_W, KVM_PGTABLE_PROT_X, KvmStage2Geometry,
  PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT, blockSize, kvmHostStage2Geometry, paddrHi, paddrLo, pteToPaddr,
} from '@pkvm/pgtable';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { OwnershipBugError } from './ownership-bug-error';
import { MemoryRanges } from './memory-ranges';

/*
 * KVM stage-2 descriptor bits (arch/arm64/kvm/hyp/pgtable.c, PKVM.md §5.1), as 32-bit halves (lo = [31:0],
 * hi = [63:32]). Host stage-2 leaves carry no page state: since ~6.15 the host state lives in the vmemmap.
 */
const PTE_VALID = 1 << 0;
const PTE_TYPE = 1 << 1; // table above the last level, page at it
const S2_MEMATTR_NORMAL = 0xf << 2; // MT_S2_NORMAL (host stage-2 is KVM_PGTABLE_S2_NOFWB)
const S2AP_R = 1 << 6; // KVM_PTE_LEAF_ATTR_LO_S2_S2AP_R
const S2AP_W = 1 << 7; // KVM_PTE_LEAF_ATTR_LO_S2_S2AP_W
const S2_SH_IS = 3 << 8; // KVM_PTE_LEAF_ATTR_LO_S2_SH, inner shareable
const S2_AF = 1 << 10; // KVM_PTE_LEAF_ATTR_LO_S2_AF
const S2_XN_HI = 1 << 22; // KVM_PTE_LEAF_ATTR_HI_S2_XN = BIT(54)
const S2_XN_MASK_HI = 3 << 21; // XN[1:0], bits 54:53
/** KVM_INVALID_PTE_OWNER_MASK = GENMASK(9, 2). */
export const KVM_INVALID_PTE_OWNER_MASK = 0xff << 2;
/** KVM_INVALID_PTE_LOCKED = BIT(10): break-before-make in progress (never left set by this model). */
export const KVM_INVALID_PTE_LOCKED = 1 << 10;
/**
 * Model's encoding of the donation metadata of an owner-GUEST annotation (upstream's positions are not
 * confirmed, PKVM.md §3.4): gfn[19:0] in bits [31:12], gfn[35:20] in bits [47:32], the VM handle in
 * bits [63:48]. None of it overlaps the valid bit, the owner field or LOCKED.
 */
export interface DonationMeta {
  vmHandle: number;
  gfn: number;
}

const LAST_LEVEL = 3;
const ENTRIES = 512;

/** One entry of the host stage-2 as a leaf walk sees it. */
export interface HostStage2Entry {
  addr: number;
  level: number;
  lo: number;
  hi: number;
}

/** kvm_pte_valid */
export function kvmPteValid(lo: number): boolean {
  return (lo & PTE_VALID) !== 0;
}

/** kvm_invalid_pte_owner: the owner id of an invalid annotation (0 = host, i.e. an empty PTE). */
export function kvmInvalidPteOwner(lo: number): number {
  return (lo & KVM_INVALID_PTE_OWNER_MASK) >>> 2;
}

/** kvm_pgtable_stage2_pte_prot, RWX part: R/W from S2AP, X when XN is clear. */
export function kvmStage2PteProt(lo: number, hi: number): number {
  let prot = 0;
  if (lo & S2AP_R) prot |= KVM_PGTABLE_PROT_R;
  if (lo & S2AP_W) prot |= KVM_PGTABLE_PROT_W;
  if (!(hi & S2_XN_MASK_HI)) prot |= KVM_PGTABLE_PROT_X;
  return prot;
}

/** The metadata of a GUEST donation annotation (model encoding). */
export function decodeDonationMeta(lo: number, hi: number): DonationMeta {
  return { vmHandle: hi >>> 16, gfn: (hi & 0xffff) * 2 ** 20 + (lo >>> 12) };
}

function encodeAnnotation(owner: number, meta?: DonationMeta): [number, number] {
  if (owner === 0) return [0, 0]; // kvm_init_invalid_leaf_owner(PKVM_ID_HOST) == 0: an empty PTE
  let lo = owner << 2;
  let hi = 0;
  if (meta) {
    lo |= (meta.gfn % 2 ** 20) << 12;
    hi = ((meta.vmHandle & 0xffff) << 16) | (Math.floor(meta.gfn / 2 ** 20) & 0xffff);
  }
  return [lo >>> 0, hi >>> 0];
}

/** stage2_set_prot_attr for an identity leaf: Normal memory (NOFWB), S2AP from R/W, XN unless X, SH IS, AF. */
function encodeLeaf(addr: number, level: number, prot: number): [number, number] {
  let lo = PTE_VALID | S2_MEMATTR_NORMAL | S2_SH_IS | S2_AF;
  if (level === LAST_LEVEL) lo |= PTE_TYPE;
  if (prot & KVM_PGTABLE_PROT_R) lo |= S2AP_R;
  if (prot & KVM_PGTABLE_PROT_W) lo |= S2AP_W;
  lo |= paddrLo(addr);
  const hi = paddrHi(addr) | (prot & KVM_PGTABLE_PROT_X ? 0 : S2_XN_HI);
  return [lo >>> 0, hi >>> 0];
}

type LeafWriter = (addr: number, level: number) => [number, number];

/**
 * The host stage-2 (host_mmu.pgt): a KVM-format identity stage-2 page table in `mem`, with tables from the
 * host_s2 pool and KVM's own geometry (kvmHostStage2Geometry, not io-pgtable's).
 * - valid leaves are identity maps (memory PKVM_HOST_MEM_PROT, MMIO PKVM_HOST_MMIO_PROT), blocks at L1/L2;
 * - pages the host does not own are invalid annotations, owner id in bits [9:2], always at page level
 *   (kvm_pgtable_stage2_set_owner forces PTEs);
 * - a zero PTE is host-owned by default and faulted in lazily (handle_host_mem_abort).
 * Ops return 0 or a negative errno (-ENOMEM when the pool is empty), like kvm_pgtable_stage2_*.
 */
export class KvmHostStage2 {
  readonly geometry: KvmStage2Geometry;
  readonly pgdPa: number;
  readonly iaLimit: number;
  private tables = 0;

  constructor(
    private readonly mem: PhysicalMemory,
    private readonly pool: PagePool,
    ipaBits: number,
  ) {
    this.geometry = kvmHostStage2Geometry(ipaBits);
    this.iaLimit = 2 ** ipaBits;
    const pgd = pool.donate(Math.log2(this.geometry.concatPages)); // host_s2_zalloc_pages_exact
    if (pgd === null) throw KernelError.of('ENOMEM', 'no pages for the host stage-2 PGD');
    this.pgdPa = pgd;
  }

  /** Table pages below the PGD currently in use. */
  get tablePages(): number {
    return this.tables;
  }

  /** A concatenated PGD is contiguous, so entry `idx` of any table is at tablePa + 8 * idx. */
  private entryPa(tablePa: number, idx: number): number {
    return tablePa + idx * 8;
  }

  private entriesAt(level: number): number {
    return level === this.geometry.startLevel ? this.geometry.pgdEntries : ENTRIES;
  }

  private frame(pa: number): [Uint32Array, number] {
    return [this.mem.frameWords(pa), (pa % 4096) >> 2];
  }

  /** kvm_pgtable_get_leaf: the entry that maps `addr` (a leaf, an annotation or zero) and its level. */
  getLeaf(addr: number): HostStage2Entry {
    if (!(addr >= 0) || addr >= this.iaLimit) throw KernelError.of('ERANGE', `IPA 0x${addr.toString(16)} beyond the host stage-2`);
    let level = this.geometry.startLevel;
    let tablePa = this.pgdPa;
    for (;;) {
      const bs = blockSize(level);
      const idx = Math.floor(addr / bs) % this.entriesAt(level);
      const [f, w] = this.frame(this.entryPa(tablePa, idx));
      const lo = f[w];
      const hi = f[w + 1];
      if (level < LAST_LEVEL && (lo & 3) === 3) {
        tablePa = pteToPaddr(lo, hi);
        level++;
        continue;
      }
      return { addr: Math.floor(addr / bs) * bs, level, lo, hi };
    }
  }

  /** kvm_pgtable_stage2_map for an identity range. Blocks only when `forcePte` is false (host_stage2_force_pte_cb). */
  map(start: number, size: number, prot: number, forcePte: boolean): number {
    return this.write(start, size, forcePte, (addr, level) => encodeLeaf(addr, level, prot));
  }

  /** kvm_pgtable_stage2_set_owner: page-level invalid annotations with `owner` (0 = host: an empty PTE). */
  setOwner(start: number, size: number, owner: number, meta?: DonationMeta): number {
    if (owner > 0xff) return -ERRNO.EINVAL;
    const [lo, hi] = encodeAnnotation(owner, meta);
    return this.write(start, size, true, () => [lo, hi]);
  }

  private write(start: number, size: number, forcePte: boolean, leaf: LeafWriter): number {
    if (start % 4096 !== 0 || size % 4096 !== 0 || size <= 0 || start + size > this.iaLimit) return -ERRNO.EINVAL;
    return this.writeTable(this.geometry.startLevel, this.pgdPa, 0, start, start + size, forcePte, leaf);
  }

  private writeTable(
    level: number, tablePa: number, base: number, start: number, end: number, forcePte: boolean, leaf: LeafWriter,
  ): number {
    const bs = blockSize(level);
    const n = this.entriesAt(level);
    const first = Math.floor((start - base) / bs);
    for (let idx = first; idx < n; idx++) {
      const eb = base + idx * bs;
      if (eb >= end) break;
      const [f, w] = this.frame(this.entryPa(tablePa, idx));
      const lo = f[w];
      const hi = f[w + 1];
      const isTable = level < LAST_LEVEL && (lo & 3) === 3;
      // kvm_level_supports_block_mapping: L1 and L2 for a 4K granule; a table is descended, never replaced.
      const leafHere = level === LAST_LEVEL || (!forcePte && level >= 1 && !isTable);
      if (leafHere && eb >= start && eb + bs <= end) {
        const [nlo, nhi] = leaf(eb, level);
        f[w] = nlo;
        f[w + 1] = nhi;
        continue;
      }
      if (level === LAST_LEVEL) throw new OwnershipBugError('kvm_pgtable_stage2_map', 'unaligned leaf at the last level');
      let sub: number;
      if (isTable) {
        sub = pteToPaddr(lo, hi);
      } else {
        if (lo !== 0 && !kvmPteValid(lo)) {
          throw new OwnershipBugError('stage2_map_walk_leaf', `annotation at level ${level} (annotations are page-level)`);
        }
        // An empty entry, or a valid block that is broken: KVM drops the rest of the block, rebuilt lazily on fault.
        const t = this.pool.donate(0);
        if (t === null) return -ERRNO.ENOMEM;
        this.tables++;
        f[w] = paddrLo(t) | 3;
        f[w + 1] = paddrHi(t);
        sub = t;
      }
      const ret = this.writeTable(level + 1, sub, eb, Math.max(start, eb), Math.min(end, eb + bs), forcePte, leaf);
      if (ret) return ret;
    }
    return 0;
  }

  /**
   * kvm_pgtable_stage2_unmap over [start, end): clears valid leaves and frees tables left empty. An annotated
   * (counted) PTE gives -EPERM and stops the walk (pKVM SMMUv3 series patch 02: owner ids survive recycling).
   */
  unmap(start: number, end: number): number {
    end = Math.min(end, this.iaLimit);
    if (start >= end) return 0;
    return this.unmapTable(this.geometry.startLevel, this.pgdPa, 0, start, end).ret;
  }

  private unmapTable(level: number, tablePa: number, base: number, start: number, end: number): { ret: number; empty: boolean } {
    const bs = blockSize(level);
    const n = this.entriesAt(level);
    const first = Math.max(0, Math.floor((start - base) / bs));
    let ret = 0;
    for (let idx = first; idx < n; idx++) {
      const eb = base + idx * bs;
      if (eb >= end) break;
      const [f, w] = this.frame(this.entryPa(tablePa, idx));
      const lo = f[w];
      if (lo === 0 && f[w + 1] === 0) continue;
      if (level < LAST_LEVEL && (lo & 3) === 3) {
        const sub = pteToPaddr(lo, f[w + 1]);
        const r = this.unmapTable(level + 1, sub, eb, Math.max(start, eb), Math.min(end, eb + bs));
        if (r.empty) {
          f[w] = 0;
          f[w + 1] = 0;
          this.pool.reclaim(sub);
          this.tables--;
        }
        if (r.ret) {
          ret = r.ret;
          break;
        }
      } else if (kvmPteValid(lo)) {
        f[w] = 0;
        f[w + 1] = 0;
      } else {
        ret = -ERRNO.EPERM; // stage2_unmap_walker: counted invalid PTE
        break;
      }
    }
    let empty = false;
    if (level > this.geometry.startLevel) {
      const [f, w] = this.frame(tablePa);
      empty = true;
      for (let j = w; j < w + 2 * ENTRIES; j++) if (f[j] !== 0) { empty = false; break; }
    }
    return { ret, empty };
  }

  /** Every non-table entry overlapping [start, end) in address order, zero entries included (KVM_PGTABLE_WALK_LEAF). */
  forEachEntry(cb: (e: HostStage2Entry) => void, start = 0, end = this.iaLimit): void {
    this.walk(this.geometry.startLevel, this.pgdPa, 0, start, end, cb);
  }

  private walk(level: number, tablePa: number, base: number, start: number, end: number, cb: (e: HostStage2Entry) => void): void {
    const bs = blockSize(level);
    const n = this.entriesAt(level);
    const first = Math.max(0, Math.floor((start - base) / bs));
    for (let idx = first; idx < n; idx++) {
      const eb = base + idx * bs;
      if (eb >= end) return;
      const [f, w] = this.frame(this.entryPa(tablePa, idx));
      const lo = f[w];
      const hi = f[w + 1];
      if (level < LAST_LEVEL && (lo & 3) === 3) this.walk(level + 1, pteToPaddr(lo, hi), eb, start, end, cb);
      else cb({ addr: eb, level, lo, hi });
    }
  }

  /**
   * The leaf ranges kvm_iommu_snapshot_host_stage2 walks, merged into runs: 'mapped' (valid, with its KVM prot),
   * 'annotated' (invalid non-zero: not the host's) and 'empty' (zero: host-owned, never faulted in). Runs are
   * cut at memblock boundaries so `isMemory` is exact for every run (the kernel tests the leaf's address only).
   */
  snapshotLeaves(ranges: MemoryRanges, start = 0, end = this.iaLimit): HostStage2Leaf[] {
    const out: HostStage2Leaf[] = [];
    const push = (s: number, e: number, state: HostStage2Leaf['state'], kvmProt: number | undefined) => {
      let a = s;
      while (a < e) {
        const r = ranges.findMemRange(a);
        const b = Math.min(e, r.end);
        const isMemory = r.memblock >= 0;
        const last = out[out.length - 1];
        if (last && last.end === a && last.state === state && last.kvmProt === kvmProt && last.isMemory === isMemory) last.end = b;
        else out.push(kvmProt === undefined ? { start: a, end: b, state, isMemory } : { start: a, end: b, state, kvmProt, isMemory });
        a = b;
      }
    };
    this.forEachEntry((e) => {
      const s = Math.max(e.addr, start);
      const t = Math.min(e.addr + blockSize(e.level), end);
      if (e.lo === 0 && e.hi === 0) push(s, t, 'empty', undefined);
      else if (kvmPteValid(e.lo)) push(s, t, 'mapped', kvmStage2PteProt(e.lo, e.hi));
      else push(s, t, 'annotated', undefined);
    }, start, end);
    return out;
  }

  /** The KVM prot the host CPU gets at `addr`: a valid leaf's, the fault-in default for a zero PTE, 0 when annotated. */
  hostAccessProt(addr: number, ranges: MemoryRanges): number {
    const e = this.getLeaf(addr);
    if (kvmPteValid(e.lo)) return kvmStage2PteProt(e.lo, e.hi);
    if (e.lo === 0 && e.hi === 0) return ranges.addrIsMemory(addr) ? PKVM_HOST_MEM_PROT : PKVM_HOST_MMIO_PROT;
    return 0;
  }

  /** Digest input: every non-zero entry (address, level, both halves), in address order. */
  digestInto(update: (words: Float64Array) => void): void {
    const buf = new Float64Array(4);
    const visit = (level: number, tablePa: number, base: number): void => {
      const bs = blockSize(level);
      const n = this.entriesAt(level);
      for (let idx = 0; idx < n; idx++) {
        const [f, w] = this.frame(this.entryPa(tablePa, idx));
        const lo = f[w];
        const hi = f[w + 1];
        if (lo === 0 && hi === 0) continue;
        const addr = base + idx * bs;
        if (level < LAST_LEVEL && (lo & 3) === 3) {
          visit(level + 1, pteToPaddr(lo, hi), addr);
          continue;
        }
        buf[0] = addr;
        buf[1] = level;
        buf[2] = lo;
        buf[3] = hi;
        update(buf);
      }
    };
    visit(this.geometry.startLevel, this.pgdPa, 0);
  }
}
