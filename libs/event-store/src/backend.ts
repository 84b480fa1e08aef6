import type { StoredEvent } from './types';

/** An event row ready to insert. */
export interface EventRow {
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  payload: Buffer;
  /** JSON text. */
  metadata: string;
  recordedAt: number;
}

export interface ReplyRow {
  requestId: string;
  reply: Buffer;
  recordedAt: number;
}

/** What one transaction writes. */
export interface CommitBatch {
  events: EventRow[];
  /** Write an outbox row per event. */
  outbox: boolean;
  replies: ReplyRow[];
}

/** An outbox row joined with its event. */
export interface OutboxEntry {
  position: number;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  payload: Uint8Array;
  metadata: string;
  recordedAt: number;
}

/** The SQL behind the store, one implementation per driver. */
export interface StoreBackend {
  /** Current versions of the given streams (absent = empty stream). */
  loadVersions(streamIds: string[]): Promise<Map<string, number>>;
  /**
   * Writes the batch in ONE transaction and returns the events' positions, in input order, increasing.
   * All or nothing; constraint violations surface as the driver's error.
   */
  commit(batch: CommitBatch): Promise<number[]>;
  readStream(streamId: string, fromVersion: number, limit: number): Promise<StoredEvent[]>;
  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]>;
  currentPosition(): Promise<number>;
  streamVersion(streamId: string): Promise<number>;
  findReply(requestId: string): Promise<Uint8Array | undefined>;
  outboxPeek(limit: number): Promise<OutboxEntry[]>;
  outboxDelete(positions: number[]): Promise<void>;
  outboxCount(): Promise<number>;
  /** A write and a read-back in a transaction (health probe). */
  probeWrite(): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

/** A zero-copy Uint8Array view of a driver Buffer (so callers compare plain byte arrays). */
export function bytesOf(b: Buffer | Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export function parseMetadata(text: string): Record<string, string> {
  return text === '{}' ? {} : (JSON.parse(text) as Record<string, string>);
}

/** Is `e` a unique/primary-key violation, and on which constraint (as far as the driver says)? */
export function uniqueViolation(e: unknown): { constraint: string } | undefined {
  const err = e as { code?: string; message?: string; constraint?: string; driverError?: unknown };
  const inner = (err?.driverError ?? err) as { code?: string; message?: string; constraint?: string };
  if (!inner) return undefined;
  if (inner.code === '23505') return { constraint: inner.constraint ?? '' };
  if (inner.code === 'SQLITE_CONSTRAINT_UNIQUE' || inner.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { constraint: inner.message ?? '' };
  }
  return undefined;
}
