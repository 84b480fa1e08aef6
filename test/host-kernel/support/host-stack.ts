import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KernelError } from '@pkvm/errno';
import type { AppName } from '@pkvm/proto';
import { HypercallClient, type CallOptions } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../../support/service-process';

export const PLATFORM = {
  small: resolve(repoRoot, 'platforms/small.json'),
  qemuVirt: resolve(repoRoot, 'platforms/qemu-virt.json'),
};

const PING: Record<AppName, string> = {
  'host-kernel': 'HostKernelService.Ping',
  hypervisor: 'HypervisorService.Ping',
  iommu: 'IommuService.Ping',
  'boot-coordinator': 'BootCoordinatorService.Ping',
};

/** The host kernel with the services it talks to (iommu, hypervisor), each its own process on a private prefix. */
export class HostStack {
  readonly prefix = uniquePrefix('hk');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-hk-'));
  readonly services = new Map<AppName, ServiceProcess>();
  client!: HypercallClient;
  platformFile: string;

  constructor(platform: string | object, readonly apps: AppName[] = ['iommu', 'hypervisor', 'host-kernel']) {
    if (typeof platform === 'string') this.platformFile = platform;
    else {
      this.platformFile = join(this.dataDir, 'platform.json');
      writeFileSync(this.platformFile, JSON.stringify(platform));
    }
  }

  get env(): Record<string, string> {
    return { ...stackEnv(this.prefix, this.dataDir, sharedNatsUrl()), PKVM_PLATFORM: this.platformFile };
  }

  async start(): Promise<this> {
    this.client = await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: this.prefix, defaultTimeoutMs: 20_000 });
    for (const app of this.apps) this.services.set(app, ServiceProcess.start(app, this.env));
    await Promise.all(this.apps.map((a) => this.waitReady(a)));
    return this;
  }

  async waitReady(app: AppName, ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.client.call(PING[app], { nonce: 'ready' }, { timeoutMs: 1000 });
        return;
      } catch (e) {
        if (Date.now() > until) throw new Error(`${app} did not answer: ${(e as Error).message}\n${this.services.get(app)?.log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async restart(app: AppName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await this.services.get(app)!.stop(signal);
    this.services.set(app, ServiceProcess.start(app, this.env));
    await this.waitReady(app);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.stop()));
    await this.client?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A host boot step: pkvm.v1.host.boot.<method>. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  boot<T = any>(method: string, req: object = {}, opts: CallOptions = {}): Promise<T> {
    return this.client.call<T>(`HostKernelBootService.${method}`, req, opts);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<T = any>(method: string, req: object = {}, opts: CallOptions = {}): Promise<T> {
    return this.client.call<T>(method, req, opts);
  }

  async mmioRead32(pa: number): Promise<number> {
    return (await this.call('IommuMmioService.Read', { pa, width: 4 })).lo >>> 0;
  }

  /** The errno name a call is refused with. */
  async refusal(method: string, req: object = {}): Promise<string> {
    try {
      await this.client.call(method, req);
    } catch (e) {
      if (e instanceof KernelError) return e.errnoName;
      throw e;
    }
    throw new Error(`${method} was accepted`);
  }
}
