import { KernelError } from '@pkvm/errno';
import { EventRow, ReplyRow, StoreBackend, uniqueViolation } from './backend';
import { StreamVersionConflictError } from '@pkvm/errno';

/** An event with its id, time and bytes fixed at the call (so a retry inside the store writes the same row). */
export interface PreparedEvent {
  eventId: string;
  type: string;
  payload: Buffer;
  metadata: string;
  recordedAt: number;
}

export interface PreparedAppend {
  streamId: string;
  expectedVersion: number;
  events: PreparedEvent[];
}

/** One caller's unit of work: all its appends (and its reply) commit together or not at all. */
export interface WorkItem {
  appends: PreparedAppend[];
  reply?: ReplyRow;
  /** Set once the item was re-checked against the database after a cache miss-match (see flush). */
  rechecked?: boolean;
  resolve(positions: number[]): void;
  reject(err: unknown): void;
}

/** Called after each successful transaction with the rows written, in position order. */
export type CommittedListener = (rows: EventRow[], positions: number[]) => void;

/**
 * Group commit: calls queue up while a transaction is in flight and the next transaction takes them all.
 * Expected versions are checked against an in-memory cache of stream versions (the store is its service's
 * single writer) item by item, so a conflicting item fails alone and the rest of its batch commits. The
 * UNIQUE(stream_id, stream_version) constraint stays the backstop: if the batch's transaction fails, the
 * cache is dropped for its streams and the items are committed one by one, so only the real loser fails.
 */
export class GroupCommitter {
  private queue: WorkItem[] = [];
  private active = false;
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly backend: StoreBackend,
    private readonly outbox: boolean,
    private readonly maxBatchEvents: number,
    private readonly versionCacheSize: number,
    private readonly onCommitted: CommittedListener,
  ) {}

  /** True while work is queued or a transaction is in flight. */
  get busy(): boolean {
    return this.active || this.queue.length > 0;
  }

  enqueue(item: WorkItem): void {
    this.queue.push(item);
    if (!this.active) {
      this.active = true;
      setImmediate(() => void this.drain());
    }
  }

  /** Drops every cached stream version; each is re-read from the database on its next append. */
  forgetVersions(): void {
    this.versions.clear();
  }

  /** Resolves once everything queued so far has been committed or refused. */
  async drained(): Promise<void> {
    while (this.busy) await new Promise((r) => setTimeout(r, 1));
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        await this.flush(this.takeBatch());
        // Let the callers just resolved queue their next calls before the next batch is cut.
        if (this.queue.length < 2) await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.active = false;
    }
  }

  private takeBatch(): WorkItem[] {
    let events = 0;
    let n = 0;
    while (n < this.queue.length) {
      const size = this.queue[n].appends.reduce((s, a) => s + a.events.length, 0);
      if (n > 0 && events + size > this.maxBatchEvents) break;
      events += size;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async flush(items: WorkItem[]): Promise<void> {
    try {
      await this.loadMissingVersions(items);
    } catch (err) {
      for (const it of items) it.reject(err);
      return;
    }
    // Plan: check each item against the versions as left by the items accepted before it.
    const overlay = new Map<string, number>();
    const accepted: WorkItem[] = [];
    const rows: EventRow[] = [];
    const replies: ReplyRow[] = [];
    for (const it of items) {
      const local = new Map<string, number>();
      let conflict: StreamVersionConflictError | undefined;
      let staleCache = false;
      for (const a of it.appends) {
        const fromBatch = local.get(a.streamId) ?? overlay.get(a.streamId);
        const current = fromBatch ?? this.versions.get(a.streamId)!;
        if (a.expectedVersion !== current) {
          conflict = new StreamVersionConflictError(a.streamId, a.expectedVersion, current);
          // The caller knows a version the cache does not: someone else wrote. Re-read it once.
          if (fromBatch === undefined && a.expectedVersion > current && !it.rechecked) {
            this.versions.delete(a.streamId);
            staleCache = true;
          }
          break;
        }
        local.set(a.streamId, current + a.events.length);
      }
      if (staleCache) {
        it.rechecked = true;
        this.queue.unshift(it);
        continue;
      }
      if (conflict) {
        it.reject(conflict);
        continue;
      }
      for (const [k, v] of local) overlay.set(k, v);
      accepted.push(it);
      for (const a of it.appends) {
        let version = a.expectedVersion;
        for (const e of a.events) {
          rows.push({
            eventId: e.eventId,
            streamId: a.streamId,
            streamVersion: ++version,
            type: e.type,
            payload: e.payload,
            metadata: e.metadata,
            recordedAt: e.recordedAt,
          });
        }
      }
      if (it.reply) replies.push(it.reply);
    }
    if (accepted.length === 0) return;

    let positions: number[];
    try {
      positions = await this.backend.commit({ events: rows, outbox: this.outbox, replies });
    } catch (err) {
      for (const it of accepted) for (const a of it.appends) this.versions.delete(a.streamId);
      if (accepted.length > 1) {
        for (const it of accepted) await this.flush([it]);
      } else {
        accepted[0].reject(await this.explain(accepted[0], err));
      }
      return;
    }
    for (const [k, v] of overlay) this.setVersion(k, v);
    let i = 0;
    for (const it of accepted) {
      const n = it.appends.reduce((s, a) => s + a.events.length, 0);
      it.resolve(positions.slice(i, i + n));
      i += n;
    }
    if (rows.length > 0) {
      try {
        this.onCommitted(rows, positions);
      } catch {
        // listeners report their own problems; the commit stands
      }
    }
  }

  private async loadMissingVersions(items: WorkItem[]): Promise<void> {
    const missing = new Set<string>();
    for (const it of items) for (const a of it.appends) if (!this.versions.has(a.streamId)) missing.add(a.streamId);
    if (missing.size === 0) return;
    const found = await this.backend.loadVersions([...missing]);
    for (const id of missing) this.setVersion(id, found.get(id) ?? 0);
  }

  private setVersion(streamId: string, version: number): void {
    this.versions.delete(streamId);
    this.versions.set(streamId, version);
    if (this.versions.size > this.versionCacheSize) {
      // Forget the least recently written tenth; they are reloaded on demand.
      let drop = Math.ceil(this.versionCacheSize / 10);
      for (const k of this.versions.keys()) {
        if (drop-- <= 0) break;
        this.versions.delete(k);
      }
    }
  }

  /** The error to give a lone item whose transaction failed. */
  private async explain(it: WorkItem, err: unknown): Promise<unknown> {
    const unique = uniqueViolation(err);
    if (!unique) return err;
    if (unique.constraint.includes('stream_version')) {
      // Another writer got there first: report the stream that moved.
      try {
        const now = await this.backend.loadVersions(it.appends.map((a) => a.streamId));
        const moved = it.appends.find((a) => (now.get(a.streamId) ?? 0) !== a.expectedVersion) ?? it.appends[0];
        return new StreamVersionConflictError(moved.streamId, moved.expectedVersion, now.get(moved.streamId) ?? 0, { cause: err });
      } catch {
        const a = it.appends[0];
        return new StreamVersionConflictError(a.streamId, a.expectedVersion, undefined, { cause: err });
      }
    }
    if (unique.constraint.includes('event_id')) {
      return KernelError.of('EEXIST', 'an event with this event id is already stored', { cause: err });
    }
    if (unique.constraint.includes('request_id') || unique.constraint.includes('replies')) {
      return KernelError.of('EEXIST', `a reply is already recorded for request ${it.reply?.requestId}`, { cause: err });
    }
    return err;
  }
}
