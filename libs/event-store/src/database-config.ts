import { join } from 'node:path';
import type { DatabaseConfig } from './types';

/**
 * The database a service uses by default: PostgreSQL when DATABASE_URL is set (one schema per service,
 * `pkvm_<service>` with '-' as '_'), else a SQLite file per service, `<dataDir>/<service>/events.sqlite`
 * (dataDir defaults to `.data`; the folder is created on open).
 */
export function databaseConfigFor(
  service: string,
  opts: { env?: Record<string, string | undefined>; dataDir?: string } = {},
): DatabaseConfig {
  const url = (opts.env ?? process.env).DATABASE_URL;
  if (url) return { kind: 'postgres', url, schema: `pkvm_${service.replace(/-/g, '_').toLowerCase()}` };
  return { kind: 'sqlite', file: join(opts.dataDir ?? '.data', service, 'events.sqlite') };
}
