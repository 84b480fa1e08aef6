/**
 * Event store append rate (SQLite, no NATS) against raw better-sqlite3 inserts of the same rows, 100 per
 * transaction, into a table of the same schema, measured in the same run. Prints, never asserts.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/event-store.bench.js
 * Run by `npm run bench`, which loads scripts/register-paths.js for the `@pkvm/*` aliases.
 * EVENTS=<n> scales the concurrent runs (default 200000).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as EventStoreLib from '@pkvm/event-store';
import { reportFigure } from './bench-report';

const APPENDERS = 64;
const CONCURRENT_EVENTS = Number(process.env.EVENTS ?? 200_000);
const SEQUENTIAL_EVENTS = Math.max(1_000, Math.floor(CONCURRENT_EVENTS / 10));
const RAW_PER_TX = 100;

const payload = randomBytes(64);
const meta = { correlationId: randomUUID(), causationId: randomUUID() };

async function openStore(lib: typeof EventStoreLib, file: string): Promise<EventStoreLib.EventStore> {
  return lib.EventStore.open({ service: 'bench', database: { kind: 'sqlite', file } });
}

/** One event per append, awaited one after the other: a transaction per event. */
async function sequential(lib: typeof EventStoreLib, file: string, n: number): Promise<number> {
  const store = await openStore(lib, file);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await store.append('seq:0', i, [{ type: 'Mapped', payload }], meta);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  return n / s;
}

/** `APPENDERS` callers, each appending one event at a time to its own stream. */
async function concurrent(lib: typeof EventStoreLib, file: string, n: number): Promise<number> {
  const store = await openStore(lib, file);
  const per = Math.floor(n / APPENDERS);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: APPENDERS }, async (_, k) => {
      for (let v = 0; v < per; v++) await store.append(`dev:${k}`, v, [{ type: 'Mapped', payload }], meta);
    }),
  );
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  return (per * APPENDERS) / s;
}

/** Raw better-sqlite3: the same rows (built beforehand), 100 inserts per transaction, same schema and pragmas. */
async function raw(lib: typeof EventStoreLib, file: string, n: number): Promise<number> {
  await (await openStore(lib, file)).close(); // the schema, by the store's own migrations
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const metadata = JSON.stringify(meta);
  const rows = Array.from({ length: n }, (_, i) => [lib.newEventId(), `dev:${i % APPENDERS}`, Math.floor(i / APPENDERS) + 1, 'Mapped', payload, metadata, Date.now()]);
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_id, stream_version, type, payload, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const tx = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) insert.run(...rows[i]);
  });
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i += RAW_PER_TX) tx(i, Math.min(n, i + RAW_PER_TX));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  db.close();
  return n / s;
}

async function main(): Promise<void> {
  const lib = EventStoreLib;
  const dir = mkdtempSync(join(tmpdir(), 'pkvm-es-bench-'));
  try {
    const f = (name: string) => join(dir, name, 'events.sqlite');
    // warm-up (JIT, page cache)
    await concurrent(lib, f('warm'), 20_000);
    await raw(lib, f('warm-raw'), 20_000);

    const rawRate = await raw(lib, f('raw'), CONCURRENT_EVENTS);
    const seqRate = await sequential(lib, f('seq'), SEQUENTIAL_EVENTS);
    const concRate = await concurrent(lib, f('conc'), CONCURRENT_EVENTS);
    const rawRate2 = await raw(lib, f('raw2'), CONCURRENT_EVENTS);
    const baseline = (rawRate + rawRate2) / 2;
    const baselineName = `raw better-sqlite3, ${RAW_PER_TX} rows/tx`;
    reportFigure({
      name: 'event-store append, 1 event per transaction (sequential awaits)',
      value: seqRate,
      unit: 'events/s',
      baselineName,
      baseline,
    });
    reportFigure({
      name: `event-store append, ${APPENDERS} concurrent appenders (group commit)`,
      value: concRate,
      unit: 'events/s',
      baselineName,
      baseline,
      goal: '>= 0.5x',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
