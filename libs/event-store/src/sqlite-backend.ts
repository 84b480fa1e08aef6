import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { bytesOf, CommitBatch, OutboxEntry, parseMetadata, StoreBackend } from './backend';
import type { StoredEvent } from './types';

interface EventDbRow {
  position: number;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Buffer;
  metadata: string;
  recorded_at: number;
}

const EVENT_COLUMNS = 'position, event_id, stream_id, stream_version, type, payload, metadata, recorded_at';

function toStored(r: EventDbRow): StoredEvent {
  return {
    position: r.position,
    eventId: r.event_id,
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    type: r.type,
    payload: bytesOf(r.payload),
    metadata: parseMetadata(r.metadata),
    recordedAt: r.recorded_at,
  };
}

/**
 * SQLite through the DataSource's own better-sqlite3 connection. TypeORM opens it and runs the migrations;
 * the hot path uses prepared statements in a synchronous better-sqlite3 transaction: with one shared
 * connection an async (await-between-statements) transaction would let a concurrent read see uncommitted
 * rows, and the synchronous one also keeps group commit close to raw insert speed.
 */
export class SqliteBackend implements StoreBackend {
  private readonly db: Database;
  private readonly st: Record<
    | 'insertEvent' | 'insertOutbox' | 'insertReply' | 'pruneReplies' | 'maxReplySeq' | 'readStream' | 'readAll'
    | 'maxPosition' | 'streamVersion' | 'findReply' | 'outboxPeek' | 'outboxDelete' | 'outboxCount' | 'getMeta' | 'setMeta',
    Statement
  >;
  private readonly commitTx: Transaction<(batch: CommitBatch) => number[]>;

  constructor(dataSource: DataSource, private readonly replyRetention: number) {
    this.db = (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
    const p = (sql: string) => this.db.prepare(sql);
    this.st = {
      insertEvent: p(
        'INSERT INTO events (event_id, stream_id, stream_version, type, payload, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertOutbox: p('INSERT INTO outbox (position) VALUES (?)'),
      insertReply: p('INSERT INTO replies (request_id, seq, reply, recorded_at) VALUES (?, ?, ?, ?)'),
      pruneReplies: p('DELETE FROM replies WHERE seq <= ?'),
      maxReplySeq: p('SELECT COALESCE(MAX(seq), 0) AS v FROM replies'),
      readStream: p(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version LIMIT ?`),
      readAll: p(`SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? ORDER BY position LIMIT ?`),
      maxPosition: p('SELECT COALESCE(MAX(position), 0) AS v FROM events'),
      streamVersion: p('SELECT COALESCE(MAX(stream_version), 0) AS v FROM events WHERE stream_id = ?'),
      findReply: p('SELECT reply FROM replies WHERE request_id = ?'),
      outboxPeek: p(
        `SELECT e.position, e.event_id, e.stream_id, e.stream_version, e.type, e.payload, e.metadata, e.recorded_at
           FROM outbox o JOIN events e ON e.position = o.position ORDER BY o.position LIMIT ?`,
      ),
      outboxDelete: p('DELETE FROM outbox WHERE position = ?'),
      outboxCount: p('SELECT COUNT(*) AS v FROM outbox'),
      getMeta: p('SELECT value FROM store_meta WHERE key = ?'),
      setMeta: p('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
    this.commitTx = this.db.transaction((batch: CommitBatch) => this.commitSync(batch));
  }

  private commitSync(batch: CommitBatch): number[] {
    const positions = new Array<number>(batch.events.length);
    const { insertEvent, insertOutbox, insertReply } = this.st;
    for (let i = 0; i < batch.events.length; i++) {
      const e = batch.events[i];
      const pos = Number(
        insertEvent.run(e.eventId, e.streamId, e.streamVersion, e.type, e.payload, e.metadata, e.recordedAt).lastInsertRowid,
      );
      positions[i] = pos;
      if (batch.outbox) insertOutbox.run(pos);
    }
    if (batch.replies.length > 0) {
      // Read inside the write transaction, never cached: a standby that takes over must not reuse the old holder's seqs.
      let seq = (this.st.maxReplySeq.get() as { v: number }).v;
      for (const r of batch.replies) insertReply.run(r.requestId, ++seq, r.reply, r.recordedAt);
      this.st.pruneReplies.run(seq - this.replyRetention);
    }
    return positions;
  }

  async loadVersions(streamIds: string[]): Promise<Map<string, number>> {
    const m = new Map<string, number>();
    for (const id of streamIds) {
      const v = (this.st.streamVersion.get(id) as { v: number }).v;
      if (v > 0) m.set(id, v);
    }
    return m;
  }

  async commit(batch: CommitBatch): Promise<number[]> {
    // IMMEDIATE takes the write lock first, so the seq read above and the inserts see one state.
    return this.commitTx.immediate(batch);
  }

  async readStream(streamId: string, fromVersion: number, limit: number): Promise<StoredEvent[]> {
    return (this.st.readStream.all(streamId, fromVersion, limit) as EventDbRow[]).map(toStored);
  }

  async readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    return (this.st.readAll.all(fromPosition, limit) as EventDbRow[]).map(toStored);
  }

  async currentPosition(): Promise<number> {
    return (this.st.maxPosition.get() as { v: number }).v;
  }

  async streamVersion(streamId: string): Promise<number> {
    return (this.st.streamVersion.get(streamId) as { v: number }).v;
  }

  async findReply(requestId: string): Promise<Uint8Array | undefined> {
    const r = this.st.findReply.get(requestId) as { reply: Buffer } | undefined;
    return r ? bytesOf(r.reply) : undefined;
  }

  async outboxPeek(limit: number): Promise<OutboxEntry[]> {
    return (this.st.outboxPeek.all(limit) as EventDbRow[]).map((r) => ({
      position: r.position,
      eventId: r.event_id,
      streamId: r.stream_id,
      streamVersion: r.stream_version,
      type: r.type,
      payload: bytesOf(r.payload),
      metadata: r.metadata,
      recordedAt: r.recorded_at,
    }));
  }

  async outboxDelete(positions: number[]): Promise<void> {
    this.db.transaction(() => {
      for (const p of positions) this.st.outboxDelete.run(p);
    })();
  }

  async outboxCount(): Promise<number> {
    return (this.st.outboxCount.get() as { v: number }).v;
  }

  async probeWrite(): Promise<void> {
    const stamp = String(Date.now());
    this.db.transaction(() => {
      this.st.setMeta.run('health_probe', stamp);
      const back = this.st.getMeta.get('health_probe') as { value: string } | undefined;
      if (back?.value !== stamp) throw new Error('health probe read back a different value');
    })();
  }

  async getMeta(key: string): Promise<string | undefined> {
    return (this.st.getMeta.get(key) as { value: string } | undefined)?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.st.setMeta.run(key, value);
  }
}
