import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { EventStore, EventStoreConfig, DatabaseConfig, NewEvent } from '@pkvm/event-store';
import { ErrnoName, isErrno, KernelError } from '@pkvm/errno';
import { uniquePrefix } from '../support/nats-server';

export type BackendName = 'sqlite' | 'postgres';

function postgresUrl(): string | undefined {
  const explicit = process.env.DATABASE_URL ?? process.env.PKVM_TEST_DATABASE_URL;
  if (explicit) return explicit;
  // Synchronous probe, so describe.each knows at collection time whether the PostgreSQL suite runs.
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').connect(5432,'127.0.0.1');s.setTimeout(500,()=>process.exit(1));" +
        "s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));",
    ],
    { timeout: 3_000 },
  );
  return probe.status === 0 ? 'postgres://postgres@127.0.0.1:5432/test' : undefined;
}

export const PG_URL = postgresUrl();

/** The backends to run `describe.each` over; warns loudly when PostgreSQL is skipped. */
export function backends(): BackendName[] {
  if (PG_URL) return ['sqlite', 'postgres'];
  console.warn(
    '\n*****************************************************************************\n' +
      '*** event-store: PostgreSQL tests SKIPPED (DATABASE_URL unset and nothing  ***\n' +
      '*** answers on 127.0.0.1:5432). Only the SQLite backend was tested.       ***\n' +
      '*****************************************************************************\n',
  );
  return ['sqlite'];
}

/**
 * Databases for one spec file: SQLite files in a temp dir, PostgreSQL schemas with a unique name.
 * `cleanup()` drops every schema and removes the dir.
 */
export class TestDatabases {
  private readonly dir = mkdtempSync(join(tmpdir(), 'pkvm-es-'));
  private readonly schemas: string[] = [];
  private n = 0;

  constructor(readonly backend: BackendName) {}

  /** A fresh, empty database config. */
  fresh(): DatabaseConfig {
    this.n++;
    if (this.backend === 'sqlite') return { kind: 'sqlite', file: join(this.dir, `store-${this.n}`, 'events.sqlite') };
    const schema = `es_${uniquePrefix(String(this.n)).toLowerCase()}`;
    this.schemas.push(schema);
    return { kind: 'postgres', url: PG_URL!, schema };
  }

  async cleanup(): Promise<void> {
    if (this.schemas.length > 0) {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      try {
        for (const s of this.schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      } finally {
        await c.end();
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs SQL on the database behind `db` over a connection of its own (never through the store). */
export async function rawQuery<T = Record<string, unknown>>(db: DatabaseConfig, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.kind === 'sqlite') {
    const conn = new Database(db.file);
    try {
      conn.pragma('busy_timeout = 5000');
      const st = conn.prepare(sql.replace(/\$\d+/g, '?'));
      return st.reader ? (st.all(...params) as T[]) : (st.run(...params), []);
    } finally {
      conn.close();
    }
  }
  const c = new Client({ connectionString: db.url, options: `-c search_path=${db.schema}` });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export function openStore(db: DatabaseConfig, extra: Partial<EventStoreConfig> = {}): Promise<EventStore> {
  return EventStore.open({ service: 'iommu', database: db, logger: { warn: () => undefined }, ...extra });
}

export function ev(type: string, byte = 0, metadata?: Record<string, string>): NewEvent {
  return { type, payload: new Uint8Array([byte, byte + 1, byte + 2]), metadata };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Awaits `p` and checks it rejected with a KernelError of errno `name`. */
export async function expectErrno(p: Promise<unknown>, name: ErrnoName): Promise<void> {
  const outcome = await p.then(
    () => 'resolved',
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(KernelError);
  expect(isErrno(outcome, name) ? name : (outcome as KernelError).errnoName).toBe(name);
}
