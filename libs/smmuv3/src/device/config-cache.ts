import type { StreamTableEntry } from '../stream-table-entry';
import type { Stage2WalkConfig } from './stage2-walk-config';

/** A cached, legal STE with its decoded stage-2 walk configuration (when Config has stage 2). */
export interface CachedConfig {
  readonly ste: StreamTableEntry;
  readonly s2?: Stage2WalkConfig;
}

/**
 * Configuration cache of STEs by StreamID. Only valid, legal STEs are cached; entries are removed
 * ONLY by CFGI_STE / CFGI_STE_RANGE (CFGI_ALL), so an STE rewritten in memory keeps its old cached copy
 * until the CFGI completes.
 */
export class ConfigCache {
  private readonly bySid = new Map<number, CachedConfig>();

  get size(): number {
    return this.bySid.size;
  }

  get(sid: number): CachedConfig | undefined {
    return this.bySid.get(sid);
  }

  set(sid: number, c: CachedConfig): void {
    this.bySid.set(sid, c);
  }

  /** CFGI_STE. */
  invalidate(sid: number): void {
    this.bySid.delete(sid);
  }

  /** CFGI_STE_RANGE: 2^(range + 1) StreamIDs aligned down from `sid`; Range 31 is CFGI_ALL. */
  invalidateRange(sid: number, range: number): void {
    if (range >= 31) {
      this.bySid.clear();
      return;
    }
    const n = 2 ** (range + 1);
    const first = sid - (sid % n);
    if (n <= this.bySid.size) {
      for (let s = first; s < first + n; s++) this.bySid.delete(s);
    } else {
      for (const s of [...this.bySid.keys()]) if (s >= first && s < first + n) this.bySid.delete(s);
    }
  }

  sids(): number[] {
    return [...this.bySid.keys()].sort((a, b) => a - b);
  }
}
