import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { AppName } from '@pkvm/proto';
import { PkvmClient, pkvm } from '@pkvm/sdk';
import { leaseBucketFor } from '@pkvm/transport';
import { uniquePrefix } from '../../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../../support/service-process';

export const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];
export const SMALL_PLATFORM = resolve(repoRoot, 'platforms/small.json');

/** An exit the stack did not ask for (fail-stop of a service whose peer went away), with its code. */
export interface UnplannedExit {
  app: AppName;
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
  /** The last lines the process wrote (why it stopped). */
  lastLines: string;
}

/**
 * The four services as child processes (compiled dist/) on one prefix, stream and data folder, on the small
 * platform. With `supervise`, an exit the test did not cause is restarted at once (as a Deployment would) and
 * recorded in `unplannedExits`, so a fail-stop cascade does not end the run.
 */
export class LoadStack {
  readonly prefix = uniquePrefix('load');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-load-'));
  readonly processes = new Map<AppName, ServiceProcess>();
  readonly unplannedExits: UnplannedExit[] = [];
  private readonly planned = new Set<ServiceProcess>();
  private disposing = false;

  constructor(readonly natsUrl: string, private readonly supervise = false) {}

  get env(): Record<string, string> {
    return { ...stackEnv(this.prefix, this.dataDir, this.natsUrl), PKVM_PLATFORM: SMALL_PLATFORM };
  }

  start(apps: AppName[] = APPS): void {
    for (const app of apps) this.spawn(app);
  }

  private spawn(app: AppName): ServiceProcess {
    const p = ServiceProcess.start(app, this.env);
    this.processes.set(app, p);
    p.child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      if (this.disposing || this.planned.has(p)) return;
      this.unplannedExits.push({ app, code, signal, at: Date.now(), lastLines: p.log.slice(-600) });
      if (this.supervise && this.processes.get(app) === p) this.spawn(app);
    });
    return p;
  }

  /** SIGKILLs `app` and starts it again (its store and the JetStream stream stay). */
  async kill(app: AppName): Promise<void> {
    const p = this.processes.get(app);
    if (p) {
      this.planned.add(p);
      await p.stop('SIGKILL');
    }
    this.spawn(app);
  }

  /** SIGTERMs every service (not restarted: the stores can be read, or the stack started again). */
  async stopAll(): Promise<void> {
    const all = [...this.processes.values()];
    for (const p of all) this.planned.add(p);
    await Promise.all(all.map((p) => p.stop()));
  }

  /** What the processes running now wrote (the killed ones' logs are gone with them). */
  logs(): string {
    return [...this.processes.entries()].map(([app, p]) => `--- ${app}\n${p.log}`).join('\n');
  }

  client(extra: Partial<Parameters<typeof PkvmClient.connect>[0]> = {}): Promise<PkvmClient> {
    return PkvmClient.connect({ servers: this.natsUrl, subjectPrefix: this.prefix, defaultTimeoutMs: 10_000, ...extra });
  }

  /** Pings each app through the SDK (Ping is idempotent: retried while the service comes up). */
  async waitReady(client: PkvmClient, apps: Iterable<AppName> = this.processes.keys()): Promise<void> {
    const area = { iommu: client.iommu, hypervisor: client.hyp, 'host-kernel': client.host, 'boot-coordinator': client.boot } as const;
    for (const app of apps) {
      try {
        await area[app].ping({ nonce: 'ready' }, { timeoutMs: 30_000, retry: { maxAttempts: 1000, maxBackoffMs: 200, perAttemptTimeoutMs: 2000 } });
      } catch (e) {
        throw new Error(`${app} did not answer: ${(e as Error).message}\n${this.processes.get(app)?.log}`);
      }
    }
  }

  /** Boots through the saga and waits for PROTECTED. */
  async boot(client: PkvmClient): Promise<void> {
    const { bootId } = await client.boot.saga.startBoot({}, { timeoutMs: 30_000 });
    const until = Date.now() + 60_000;
    for (;;) {
      const { boot } = await client.boot.saga.getBoot({ bootId });
      const st = boot?.outcome?.status;
      if (st === pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED) return;
      if (st !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING || Date.now() > until) throw new Error(`boot: ${JSON.stringify(boot?.outcome)}\n${this.logs()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async dispose(): Promise<void> {
    this.disposing = true;
    await Promise.all([...this.processes.values()].map((p) => p.stop()));
    const nc = await connect({ servers: this.natsUrl }).catch(() => undefined);
    if (nc) {
      try {
        const jsm = await jetstreamManager(nc);
        await jsm.streams.delete(`${this.prefix}_PKVM`).catch(() => undefined);
        await jsm.streams.delete(`KV_${leaseBucketFor(this.prefix)}`).catch(() => undefined); // the services' writer leases
      } finally {
        await nc.close();
      }
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
