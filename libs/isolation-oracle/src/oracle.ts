import { createHash } from 'node:crypto';
import { checkWalk } from './check-isolation';
import { runProbes, ProbePlanOptions } from './dma-probe';
import type {
  DmaProbeFn, EnomemRecord, Finding, IsolationReport, OwnershipView, ReachabilityView,
} from './types';

type MaybePromise<T> = T | Promise<T>;

/** A running hash: each update chains the previous value, so equal values mean the same sequence of changes. */
export class RunningDigest {
  private h = createHash('sha256').update('isolation-oracle').digest('hex');
  private n = 0;

  update(...parts: (string | number | boolean | undefined)[]): string {
    this.h = createHash('sha256').update(this.h).update('|').update(parts.map((p) => String(p)).join(',')).digest('hex');
    this.n++;
    return this.h;
  }

  get value(): string {
    return this.h;
  }

  /** Updates so far. */
  get count(): number {
    return this.n;
  }
}

/** Where a check gets its inputs. The views are fetched only when the check does not skip. */
export interface OracleSources {
  ownership(): MaybePromise<OwnershipView>;
  reachability(): MaybePromise<ReachabilityView>;
  enomem(): MaybePromise<EnomemRecord>;
  /** The DMA probe; without it only the walk runs. */
  probe?: DmaProbeFn;
  /** Cheap digests of the inputs (e.g. service state hashes); default: the oracle's running digests. */
  ownershipDigest?(): MaybePromise<string>;
  idmapDigest?(): MaybePromise<string>;
}

export interface CheckOptions {
  probe?: ProbePlanOptions;
  /** Run the full check even when the digests are unchanged. */
  force?: boolean;
}

/** Findings that make a report not OK: a device reaches a page the host does not own. */
export const BLOCKING_KINDS: readonly string[] = ['violation'];

/** The report of a full check (walk, then probe). */
export async function checkIsolation(src: OracleSources, opts: CheckOptions = {}): Promise<IsolationReport> {
  const [ownership, reachability, enomem] = await Promise.all([src.ownership(), src.reachability(), src.enomem()]);
  const walk = checkWalk({ ownership, reachability, enomem });
  const probe = src.probe ? await runProbes(ownership, reachability, src.probe, opts.probe, walk.findings) : { records: [], findings: [] };
  const findings: Finding[] = [...walk.findings, ...probe.findings];
  const count = (pred: (k: string) => boolean) => findings.filter((f) => pred(f.kind)).length;
  return {
    ok: count((k) => BLOCKING_KINDS.includes(k)) === 0,
    findings,
    probes: probe.records,
    summary: {
      streams: reachability.streams.length,
      violations: count((k) => k === 'violation'),
      designGaps: count((k) => k.startsWith('design-gap:')),
      unreachable: count((k) => k === 'unreachable'),
      unreachableAfterEnomem: count((k) => k === 'unreachable-after-enomem'),
      probeMismatches: count((k) => k === 'probe-mismatch'),
      probes: probe.records.length,
      reachedBytes: walk.reachedBytes,
    },
    skipped: false,
  };
}

/**
 * The oracle to run after every event. It keeps two running digests, one over ownership changes and one over
 * idmap / stream-table changes (fed by noteOwnerChange / noteIdmapChange, or replaced by cheap digests from the
 * sources), and skips the walk and the probe when both are unchanged since the last clean check.
 */
export class IsolationOracle {
  readonly ownershipDigest = new RunningDigest();
  readonly idmapDigest = new RunningDigest();
  /** Full checks run (walk + probe). */
  fullChecks = 0;
  /** Checks answered from the digests. */
  skippedChecks = 0;
  private lastClean?: { own: string; idmap: string; report: IsolationReport };

  constructor(private readonly opts: CheckOptions = {}) {}

  /** A host stage-2 ownership change (start, end, new owner, whether the IOMMU heard of it). */
  noteOwnerChange(c: { call?: string; start: number; end: number; owner: string; iommuNotified?: boolean; hostState?: string }): void {
    this.ownershipDigest.update('owner', c.call, c.start, c.end, c.owner, c.hostState, c.iommuNotified);
  }

  /** A change to what devices reach: an idmap map/unmap, a snapshot, an STE enabled or disabled, a raw write. */
  noteIdmapChange(kind: string, ...args: (string | number | boolean)[]): void {
    this.idmapDigest.update(kind, ...args);
  }

  async check(src: OracleSources, opts: CheckOptions = {}): Promise<IsolationReport> {
    const o = { ...this.opts, ...opts };
    const own = src.ownershipDigest ? await src.ownershipDigest() : this.ownershipDigest.value;
    const idmap = src.idmapDigest ? await src.idmapDigest() : this.idmapDigest.value;
    const last = this.lastClean;
    if (!o.force && last && last.own === own && last.idmap === idmap) {
      this.skippedChecks++;
      return { ...last.report, skipped: true };
    }
    this.fullChecks++;
    const report = { ...(await checkIsolation(src, o)), ownershipDigest: own, idmapDigest: idmap };
    this.lastClean = report.ok ? { own, idmap, report } : undefined;
    return report;
  }
}
