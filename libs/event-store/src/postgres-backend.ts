import type { DataSource } from 'typeorm';
import { bytesOf, CommitBatch, OutboxEntry, parseMetadata, StoreBackend } from './backend';
import type { StoredEvent } from './types';

interface EventDbRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Buffer;
  metadata: string;
  recorded_at: string;
}

const EVENT_COLUMNS = 'position, event_id, stream_id, stream_version, type, payload, metadata, recorded_at';
/** Rows per multi-row INSERT (8 parameters each, well under PostgreSQL's 65535). */
const ROWS_PER_INSERT = 500;

function toStored(r: EventDbRow): StoredEvent {
  return {
    position: Number(r.position),
    eventId: r.event_id,
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    type: r.type,
    payload: bytesOf(r.payload),
    metadata: parseMetadata(r.metadata),
    recordedAt: Number(r.recorded_at),
  };
}

function placeholders(rows: number, cols: number, from = 1): string {
  const out: string[] = [];
  let n = from;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) cells.push(`$${n++}`);
    out.push(`(${cells.join(', ')})`);
  }
  return out.join(', ');
}

/**
 * PostgreSQL through TypeORM: a pooled QueryRunner per group-commit transaction, pooled connections for reads
 * (which therefore only ever see committed rows). BIGINT columns come back as strings and are converted to
 * numbers (exact up to 2^53).
 */
export class PostgresBackend implements StoreBackend {
  private constructor(private readonly ds: DataSource, private readonly replyRetention: number) {}

  static async create(ds: DataSource, replyRetention: number): Promise<PostgresBackend> {
    return new PostgresBackend(ds, replyRetention);
  }

  async loadVersions(streamIds: string[]): Promise<Map<string, number>> {
    const rows: { stream_id: string; v: number }[] = await this.ds.query(
      'SELECT stream_id, MAX(stream_version) AS v FROM events WHERE stream_id = ANY($1) GROUP BY stream_id',
      [streamIds],
    );
    return new Map(rows.map((r) => [r.stream_id, Number(r.v)]));
  }

  async commit(batch: CommitBatch): Promise<number[]> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const positions: number[] = [];
      for (let i = 0; i < batch.events.length; i += ROWS_PER_INSERT) {
        const chunk = batch.events.slice(i, i + ROWS_PER_INSERT);
        const params: unknown[] = [];
        for (const e of chunk) params.push(e.eventId, e.streamId, e.streamVersion, e.type, e.payload, e.metadata, e.recordedAt);
        // Defaults (the sequence) are evaluated row by row in VALUES order; map back by event id anyway.
        const rows: { position: string; event_id: string }[] = await qr.query(
          `INSERT INTO events (event_id, stream_id, stream_version, type, payload, metadata, recorded_at)
           VALUES ${placeholders(chunk.length, 7)} RETURNING position, event_id`,
          params,
        );
        const byId = new Map(rows.map((r) => [r.event_id, Number(r.position)]));
        for (const e of chunk) positions.push(byId.get(e.eventId)!);
      }
      for (let i = 1; i < positions.length; i++) {
        if (!(positions[i] > positions[i - 1])) throw new Error('event positions not increasing in append order');
      }
      if (batch.outbox && positions.length > 0) {
        await qr.query('INSERT INTO outbox (position) SELECT unnest($1::bigint[])', [positions]);
      }
      if (batch.replies.length > 0) {
        // Read inside the transaction, never cached: a standby that takes over must not reuse the old holder's seqs.
        let seq = Number((await qr.query('SELECT COALESCE(MAX(seq), 0) AS v FROM replies'))[0].v);
        for (let i = 0; i < batch.replies.length; i += ROWS_PER_INSERT) {
          const chunk = batch.replies.slice(i, i + ROWS_PER_INSERT);
          const params: unknown[] = [];
          for (const r of chunk) params.push(r.requestId, ++seq, r.reply, r.recordedAt);
          await qr.query(`INSERT INTO replies (request_id, seq, reply, recorded_at) VALUES ${placeholders(chunk.length, 4)}`, params);
        }
        await qr.query('DELETE FROM replies WHERE seq <= $1', [seq - this.replyRetention]);
      }
      await qr.commitTransaction();
      return positions;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }

  async readStream(streamId: string, fromVersion: number, limit: number): Promise<StoredEvent[]> {
    const rows: EventDbRow[] = await this.ds.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`,
      [streamId, fromVersion, limit],
    );
    return rows.map(toStored);
  }

  async readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    const rows: EventDbRow[] = await this.ds.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= $1 ORDER BY position LIMIT $2`,
      [fromPosition, limit],
    );
    return rows.map(toStored);
  }

  async currentPosition(): Promise<number> {
    return Number((await this.ds.query('SELECT COALESCE(MAX(position), 0) AS v FROM events'))[0].v);
  }

  async streamVersion(streamId: string): Promise<number> {
    return Number(
      (await this.ds.query('SELECT COALESCE(MAX(stream_version), 0) AS v FROM events WHERE stream_id = $1', [streamId]))[0].v,
    );
  }

  async findReply(requestId: string): Promise<Uint8Array | undefined> {
    const rows: { reply: Buffer }[] = await this.ds.query('SELECT reply FROM replies WHERE request_id = $1', [requestId]);
    return rows.length ? bytesOf(rows[0].reply) : undefined;
  }

  async outboxPeek(limit: number): Promise<OutboxEntry[]> {
    const rows: EventDbRow[] = await this.ds.query(
      `SELECT e.position, e.event_id, e.stream_id, e.stream_version, e.type, e.payload, e.metadata, e.recorded_at
         FROM outbox o JOIN events e ON e.position = o.position ORDER BY o.position LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      position: Number(r.position),
      eventId: r.event_id,
      streamId: r.stream_id,
      streamVersion: r.stream_version,
      type: r.type,
      payload: bytesOf(r.payload),
      metadata: r.metadata,
      recordedAt: Number(r.recorded_at),
    }));
  }

  async outboxDelete(positions: number[]): Promise<void> {
    await this.ds.query('DELETE FROM outbox WHERE position = ANY($1::bigint[])', [positions]);
  }

  async outboxCount(): Promise<number> {
    return Number((await this.ds.query('SELECT COUNT(*) AS v FROM outbox'))[0].v);
  }

  async probeWrite(): Promise<void> {
    const stamp = String(Date.now());
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query(
        `INSERT INTO store_meta (key, value) VALUES ('health_probe', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [stamp],
      );
      const rows: { value: string }[] = await qr.query(`SELECT value FROM store_meta WHERE key = 'health_probe'`);
      if (rows[0]?.value !== stamp) throw new Error('health probe read back a different value');
      await qr.commitTransaction();
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }

  async getMeta(key: string): Promise<string | undefined> {
    const rows: { value: string }[] = await this.ds.query('SELECT value FROM store_meta WHERE key = $1', [key]);
    return rows[0]?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.ds.query(
      'INSERT INTO store_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
  }
}
