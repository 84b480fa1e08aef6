import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { AppName } from '@pkvm/proto';
import { PkvmClient, pkvm } from '@pkvm/sdk';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { ServiceProcess, stackEnv } from '../support/service-process';

export const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];

/** Services as child processes (compiled dist/) on their own prefix, stream and data folder. */
export class SdkStack {
  readonly prefix: string;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-sdk-'));
  readonly processes = new Map<AppName, ServiceProcess>();

  constructor(tag = 'sdk') {
    this.prefix = uniquePrefix(tag);
  }

  get env(): Record<string, string> {
    return stackEnv(this.prefix, this.dataDir, sharedNatsUrl());
  }

  start(apps: AppName[] = APPS): void {
    for (const app of apps) this.processes.set(app, ServiceProcess.start(app, this.env));
  }

  /** Pings each started app through the SDK (Ping is idempotent: retried while the service comes up). */
  async waitReady(client: PkvmClient): Promise<void> {
    const area = { iommu: client.iommu, hypervisor: client.hyp, 'host-kernel': client.host, 'boot-coordinator': client.boot } as const;
    for (const app of this.processes.keys()) {
      try {
        await area[app].ping({ nonce: 'ready' }, { timeoutMs: 30_000, retry: { maxAttempts: 1000, maxBackoffMs: 200 } });
      } catch (e) {
        throw new Error(`${app} did not answer: ${(e as Error).message}\n${this.processes.get(app)?.log}`);
      }
    }
  }

  client(extra: Partial<Parameters<typeof PkvmClient.connect>[0]> = {}): Promise<PkvmClient> {
    return PkvmClient.connect({ servers: sharedNatsUrl(), subjectPrefix: this.prefix, defaultTimeoutMs: 10_000, ...extra });
  }

  /** Boots through the saga and waits for PROTECTED. */
  async boot(client: PkvmClient): Promise<void> {
    const { bootId } = await client.boot.saga.startBoot({});
    const until = Date.now() + 60_000;
    for (;;) {
      const { boot } = await client.boot.saga.getBoot({ bootId });
      const st = boot?.outcome?.status;
      if (st === pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED) return;
      if (st !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING || Date.now() > until) throw new Error(`boot: ${JSON.stringify(boot?.outcome)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.processes.values()].map((p) => p.stop()));
    const nc = await connect({ servers: sharedNatsUrl() });
    try {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(`${this.prefix}_PKVM`).catch(() => undefined);
    } finally {
      await nc.close();
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
