import Database from 'better-sqlite3';
import { ERRNO } from '@pkvm/errno';
import type { ReplyLedger, StagedAppend } from '../ledger/reply-ledger.interface';

/**
 * A tiny durable ReplyLedger on better-sqlite3, for transport tests until the event store lands:
 * events and dedupe records in one file, committed in one transaction. Several processes may open one file
 * (WAL). Streams start at version 0; `expectedVersion` -1 skips the check. Test-only: not exported from the
 * package's index.
 */
export class SqliteReplyLedger implements ReplyLedger {
  private readonly db: Database.Database;
  private readonly getReply: Database.Statement;
  private readonly putReply: Database.Statement;
  private readonly getVersion: Database.Statement;
  private readonly putEvent: Database.Statement;
  private readonly commit: (requestId: string | undefined, reply: Uint8Array, appends: StagedAppend[]) => void;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL,
        payload BLOB NOT NULL, metadata TEXT NOT NULL,
        UNIQUE (stream_id, version));
      CREATE TABLE IF NOT EXISTS replies (request_id TEXT PRIMARY KEY, reply BLOB NOT NULL);`);
    this.getReply = this.db.prepare('SELECT reply FROM replies WHERE request_id = ?');
    this.putReply = this.db.prepare('INSERT INTO replies (request_id, reply) VALUES (?, ?)');
    this.getVersion = this.db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM events WHERE stream_id = ?');
    this.putEvent = this.db.prepare('INSERT INTO events (stream_id, version, type, payload, metadata) VALUES (?, ?, ?, ?, ?)');
    this.commit = this.db.transaction((requestId: string | undefined, reply: Uint8Array, appends: StagedAppend[]) => {
      for (const a of appends) {
        let v = this.version(a.streamId);
        if (a.expectedVersion !== -1 && a.expectedVersion !== v) {
          throw Object.assign(new Error(`stream ${a.streamId} is at version ${v}, expected ${a.expectedVersion}`), { errno: -ERRNO.EAGAIN });
        }
        for (const e of a.events) this.putEvent.run(a.streamId, ++v, e.type, Buffer.from(e.payload), JSON.stringify(e.metadata ?? {}));
      }
      if (requestId !== undefined) this.putReply.run(requestId, Buffer.from(reply));
    });
  }

  findReply(requestId: string): Promise<Uint8Array | undefined> {
    const row = this.getReply.get(requestId) as { reply: Buffer } | undefined;
    return Promise.resolve(row ? new Uint8Array(row.reply) : undefined);
  }

  commitWithReply(requestId: string | undefined, reply: Uint8Array, appends: StagedAppend[]): Promise<void> {
    try {
      this.commit(requestId, reply, appends);
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  version(streamId: string): number {
    return (this.getVersion.get(streamId) as { v: number }).v;
  }

  /** Every event of a stream: `{ version, type, payload (utf8), metadata }`. */
  events(streamId: string): { version: number; type: string; payload: string; metadata: Record<string, string> }[] {
    return (this.db.prepare('SELECT version, type, payload, metadata FROM events WHERE stream_id = ? ORDER BY version').all(streamId) as {
      version: number; type: string; payload: Buffer; metadata: string;
    }[]).map((r) => ({ version: r.version, type: r.type, payload: r.payload.toString('utf8'), metadata: JSON.parse(r.metadata) }));
  }

  close(): void {
    this.db.close();
  }
}
