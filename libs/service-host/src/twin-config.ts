import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { AppName } from '@pkvm/proto';

/** Everything a service reads from its environment, with the embedded defaults. */
export interface TwinConfig {
  app: AppName;
  instanceId: string;
  natsUrl: string;
  /** '' in deployments; unique per test run so runs on one server never collide. */
  subjectPrefix: string;
  streamName: string;
  dataDir: string;
  /** PostgreSQL when set (one schema per service), else a SQLite file under dataDir. */
  databaseUrl?: string;
  /** Optional HTTP port for Kubernetes probes (/livez, /readyz). */
  healthPort?: number;
  leaseTtlMs: number;
  platformFile: string;
}

export function twinConfigFromEnv(app: AppName, env: NodeJS.ProcessEnv = process.env): TwinConfig {
  const prefix = env.PKVM_SUBJECT_PREFIX ?? '';
  return {
    app,
    instanceId: env.PKVM_INSTANCE_ID ?? `${app}-${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    subjectPrefix: prefix,
    streamName: env.PKVM_STREAM ?? (prefix ? `${prefix}_PKVM` : 'PKVM'),
    dataDir: resolve(env.PKVM_DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    healthPort: env.HEALTH_PORT ? Number(env.HEALTH_PORT) : undefined,
    leaseTtlMs: Number(env.PKVM_LEASE_TTL_MS ?? 3000),
    platformFile: resolve(env.PKVM_PLATFORM ?? join('platforms', 'qemu-virt.json')),
  };
}

/** The store's location for this service: a SQLite file, or a PostgreSQL schema per service. */
export function storeLocation(c: TwinConfig): { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string } {
  const tag = c.app.replace(/-/g, '_');
  if (c.databaseUrl) return { kind: 'postgres', url: c.databaseUrl, schema: c.subjectPrefix ? `${c.subjectPrefix}_${tag}` : `pkvm_${tag}` };
  return { kind: 'sqlite', file: join(c.dataDir, c.subjectPrefix ? `${c.subjectPrefix}-${c.app}.sqlite` : `${c.app}.sqlite`) };
}
