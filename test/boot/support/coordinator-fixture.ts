import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { BootSagaEvent } from '@pkvm/boot-saga';
import { EventStore } from '@pkvm/event-store';
import type { AppName } from '@pkvm/proto';
import { pkvm } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../../support/service-process';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const PING: Record<AppName, string> = {
  'boot-coordinator': 'BootCoordinatorService.Ping',
  'host-kernel': 'HostKernelService.Ping',
  hypervisor: 'HypervisorService.Ping',
  iommu: 'IommuService.Ping',
};

/**
 * Services as child processes on their own subject prefix, stream and data folder (the real NATS), a client on
 * their subjects, and the built `pkvm` CLI pointed at them. `extraEnv` selects the coordinator's executor.
 */
export class StackFixture {
  readonly prefix = uniquePrefix('boot');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-boot-'));
  readonly processes = new Map<AppName, ServiceProcess>();
  client!: HypercallClient;

  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  env(over: Record<string, string> = {}): Record<string, string> {
    return { ...stackEnv(this.prefix, this.dataDir, sharedNatsUrl()), ...this.extraEnv, ...over };
  }

  async start(app: AppName, over: Record<string, string> = {}): Promise<ServiceProcess> {
    const p = ServiceProcess.start(app, this.env(over));
    this.processes.set(app, p);
    this.client ??= await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: this.prefix, defaultTimeoutMs: 10_000 });
    await this.waitReady(app);
    return p;
  }

  /** Ping until the app answers (it takes the writer lease first: up to the TTL after a SIGKILL). */
  async waitReady(app: AppName, ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.client.call(PING[app], { nonce: 'ready' }, { timeoutMs: 1000 });
        return;
      } catch (e) {
        if (Date.now() > until) throw new Error(`${app} did not answer: ${(e as Error).message}\n${this.processes.get(app)?.log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Resolves when the app's process has exited (e.g. an injected crash in `exit` mode), with its signal. */
  exited(app: AppName, ms = 30_000): Promise<NodeJS.Signals | number | null> {
    const c = this.processes.get(app)!.child;
    if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve(c.signalCode ?? c.exitCode);
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`${app} did not exit within ${ms} ms`)), ms);
      c.once('exit', (code, signal) => {
        clearTimeout(t);
        ok(signal ?? code);
      });
    });
  }

  async startBoot(req: pkvm.v1.IStartBootRequest): Promise<string> {
    const r = await this.client.call<pkvm.v1.StartBootResponse>('BootSagaService.StartBoot', req);
    return r.bootId;
  }

  async getBoot(bootId: string): Promise<{ boot: pkvm.v1.IBootSummary; events: BootSagaEvent[] }> {
    const r = await this.client.call<pkvm.v1.GetBootResponse>('BootSagaService.GetBoot', { bootId }, { timeoutMs: 2000 });
    return { boot: r.boot!, events: r.events.map((e) => JSON.parse(Buffer.from(e.json ?? new Uint8Array()).toString('utf8')) as BootSagaEvent) };
  }

  /** Polls GetBoot until `until` holds (a coordinator that does not answer yet is waited for). */
  async waitBoot(bootId: string, until: (b: pkvm.v1.IBootSummary) => boolean, ms = 60_000): Promise<{ boot: pkvm.v1.IBootSummary; events: BootSagaEvent[] }> {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        const r = await this.getBoot(bootId);
        if (until(r.boot)) return r;
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
      if (Date.now() > deadline) throw new Error(`boot ${bootId}: condition not reached within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  terminal = (b: pkvm.v1.IBootSummary): boolean => b.outcome?.status !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING;

  /** The built CLI against this stack. */
  pkvm(...args: string[]): Promise<CliRun> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', this.prefix, ...args], { cwd: repoRoot });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => done({ status, stdout, stderr }));
    });
  }

  /** The coordinator's event store, opened read-side after the coordinator stopped. */
  async coordinatorStore(): Promise<EventStore> {
    return EventStore.open({ service: 'boot-coordinator', database: { kind: 'sqlite', file: join(this.dataDir, `${this.prefix}-boot-coordinator.sqlite`) } });
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.processes.values()].map((p) => p.stop()));
  }

  async dispose(): Promise<void> {
    await this.stopAll();
    await this.client?.close();
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


