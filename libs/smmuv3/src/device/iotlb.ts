/**
 * IOTLB of stage-2 translations, tagged by VMID and IPA (one entry per leaf: page or block).
 * Entries are removed ONLY by invalidation commands: a stale entry keeps serving until its TLBI completes.
 * Only stage-2 (S1-bypass) entries exist in the twin; stage-1 and nested entries are not modelled.
 */
export interface IotlbEntry {
  readonly vmid: number;
  /** Lookup level of the leaf: 1 (1 GiB block), 2 (2 MiB block) or 3 (4 KiB page). */
  readonly level: number;
  /** IPA of the start of the leaf's block. */
  readonly ipaBase: number;
  /** Output address of the start of the block. */
  readonly paBase: number;
  readonly size: number;
  readonly read: boolean;
  readonly write: boolean;
}

/** Leaf size by level, 4 KiB granule. */
export const LEAF_SIZE: readonly number[] = [2 ** 39, 2 ** 30, 2 ** 21, 2 ** 12];

export class Iotlb {
  /** Per level 1..3: vmid -> (block number -> entry). */
  private readonly levels: Map<number, Map<number, IotlbEntry>>[] = [new Map(), new Map(), new Map(), new Map()];
  private count = 0;

  get size(): number {
    return this.count;
  }

  lookup(vmid: number, ipa: number): IotlbEntry | undefined {
    for (let level = 3; level >= 1; level--) {
      const e = this.levels[level].get(vmid)?.get(Math.floor(ipa / LEAF_SIZE[level]));
      if (e !== undefined) return e;
    }
    return undefined;
  }

  insert(e: IotlbEntry): void {
    let byVmid = this.levels[e.level].get(e.vmid);
    if (byVmid === undefined) {
      byVmid = new Map();
      this.levels[e.level].set(e.vmid, byVmid);
    }
    const key = Math.floor(e.ipaBase / LEAF_SIZE[e.level]);
    if (!byVmid.has(key)) this.count++;
    byVmid.set(key, e);
  }

  /** TLBI_S2_IPA: drop every entry of `vmid` overlapping [ipa, ipa + length). */
  invalidateRange(vmid: number, ipa: number, length: number): void {
    const end = ipa + Math.max(length, 1);
    for (let level = 1; level <= 3; level++) {
      const byVmid = this.levels[level].get(vmid);
      if (byVmid === undefined || byVmid.size === 0) continue;
      const first = Math.floor(ipa / LEAF_SIZE[level]);
      const last = Math.floor((end - 1) / LEAF_SIZE[level]);
      if (last - first + 1 <= byVmid.size) {
        for (let k = first; k <= last; k++) if (byVmid.delete(k)) this.count--;
      } else {
        for (const k of [...byVmid.keys()]) if (k >= first && k <= last && byVmid.delete(k)) this.count--;
      }
    }
  }

  /** TLBI_S12_VMALL: drop every entry of `vmid`. */
  invalidateVmid(vmid: number): void {
    for (let level = 1; level <= 3; level++) {
      const byVmid = this.levels[level].get(vmid);
      if (byVmid === undefined) continue;
      this.count -= byVmid.size;
      this.levels[level].delete(vmid);
    }
  }

  /** TLBI_NSNH_ALL: drop everything. */
  invalidateAll(): void {
    for (const l of this.levels) l.clear();
    this.count = 0;
  }

  /** Every entry (for dumps and tests). */
  entries(): IotlbEntry[] {
    return this.levels.flatMap((l) => [...l.values()].flatMap((m) => [...m.values()]));
  }
}
