import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { KernelError } from '@pkvm/errno';
import { EVENT_STORE_MIGRATIONS, MIGRATIONS_TABLE } from './migrations/event-store-init';
import type { DatabaseConfig } from './types';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export interface OpenedDataSource {
  dataSource: DataSource;
  /** Names of the migrations this open ran (empty when the schema was current). */
  migrationsRun: string[];
}

/**
 * Opens a TypeORM DataSource for the event store and brings its schema up to date with the migrations
 * (never `synchronize`). SQLite: the folder is created, WAL, synchronous=NORMAL, busy_timeout.
 * PostgreSQL: the service's schema is created when missing and is the connections' search_path.
 */
export async function openDataSource(db: DatabaseConfig): Promise<OpenedDataSource> {
  let dataSource: DataSource;
  if (db.kind === 'sqlite') {
    const file = resolve(db.file);
    mkdirSync(dirname(file), { recursive: true });
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: file,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      },
      migrations: EVENT_STORE_MIGRATIONS,
      migrationsTableName: MIGRATIONS_TABLE,
      migrationsRun: false,
      synchronize: false,
      logging: false,
    });
  } else if (db.kind === 'postgres') {
    if (!SCHEMA_NAME.test(db.schema)) {
      throw KernelError.of('EINVAL', `postgres schema ${JSON.stringify(db.schema)} must match ${SCHEMA_NAME}`);
    }
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      schema: db.schema,
      installExtensions: false,
      extra: { options: `-c search_path=${db.schema}` },
      migrations: EVENT_STORE_MIGRATIONS,
      migrationsTableName: MIGRATIONS_TABLE,
      migrationsRun: false,
      synchronize: false,
      logging: false,
    });
  } else {
    throw KernelError.of('EINVAL', `unknown database kind ${JSON.stringify((db as { kind: unknown }).kind)}`);
  }
  await dataSource.initialize();
  try {
    if (db.kind === 'postgres') {
      try {
        await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${db.schema}"`);
      } catch (e) {
        // Two services racing to create the schema: the loser sees a unique violation; the schema exists.
        if ((e as { driverError?: { code?: string } }).driverError?.code !== '23505') throw e;
      }
    }
    const ran = await dataSource.runMigrations({ transaction: 'all' });
    return { dataSource, migrationsRun: ran.map((m) => m.name) };
  } catch (e) {
    await dataSource.destroy().catch(() => undefined);
    throw e;
  }
}
