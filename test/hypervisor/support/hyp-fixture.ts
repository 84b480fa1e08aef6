import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import { KernelError } from '@pkvm/errno';
import { encodeHypercall } from '@pkvm/hypercalls';
import { loadPlatform, Platform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../../support/service-process';

export const SMALL_FILE = resolve(repoRoot, 'platforms/small.json');
/** SMMUv3 GBPA register offset and bits (PKVM.md §5.7). */
const GBPA = 0x44;
const GBPA_ABORT = 1 << 20;
const GBPA_UPDATE = 2 ** 31;

export interface Regs {
  x0: number;
  x1: number;
  x2: number;
  x3: number;
}

export interface BootOptions {
  ops?: Partial<pkvm.v1.IInstallIommuOpsRequest> | null;
  gbpaAbort?: boolean;
  fault?: { subStep: string; errno: number };
  /** Skip __pkvm_init. */
  noInit?: boolean;
}

/** apps/iommu and apps/hypervisor as child processes on one unique prefix, and a client on it. */
export class HypFixture {
  iommu!: ServiceProcess;
  hyp!: ServiceProcess;
  client!: HypercallClient;
  readonly prefix = uniquePrefix('hyp');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-hyp-'));
  readonly platform: Platform;
  readonly carveOut;

  constructor(readonly platformFile = SMALL_FILE) {
    this.platform = loadPlatform(platformFile);
    this.carveOut = kvmHypReserve(summarizePlatform(this.platform));
  }

  get env(): Record<string, string> {
    return { ...stackEnv(this.prefix, this.dataDir, sharedNatsUrl()), PKVM_PLATFORM: this.platformFile };
  }

  async start(): Promise<void> {
    this.iommu = ServiceProcess.start('iommu', this.env);
    this.hyp = ServiceProcess.start('hypervisor', this.env);
    this.client ??= await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: this.prefix, defaultTimeoutMs: 15_000 });
    await this.waitReady('IommuService.Ping', this.iommu);
    await this.waitReady('HypervisorService.Ping', this.hyp);
  }

  async waitReady(ping: string, proc: ServiceProcess, ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.client.call(ping, { nonce: 'ready' }, { timeoutMs: 1000 });
        return;
      } catch (e) {
        if (Date.now() > until) throw new Error(`${proc.app} did not answer: ${(e as Error).message}\n${proc.log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async restartHyp(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.hyp.stop(signal);
    this.hyp = ServiceProcess.start('hypervisor', this.env);
    await this.waitReady('HypervisorService.Ping', this.hyp);
  }

  async dispose(): Promise<void> {
    await this.hyp?.stop();
    await this.iommu?.stop();
    await this.client?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  call<T = any>(method: string, req: object): Promise<T> {
    return this.client.call<T>(method, req);
  }

  async refusal(method: string, req: object): Promise<string> {
    try {
      await this.client.call(method, req);
    } catch (e) {
      if (e instanceof KernelError) return e.errnoName;
      throw e;
    }
    throw new Error(`${method} was accepted`);
  }

  /** One HVC by name, as the host issues it: x0 = function id, x1..x6. */
  async hvc(name: string, args: (number | string)[] = [], cpu = 0): Promise<Regs> {
    const r = encodeHypercall(name, args);
    const res = await this.client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: r.x0, args: r.args, cpu });
    return { x0: Number(res.x0), x1: Number(res.x1), x2: Number(res.x2), x3: Number(res.x3) };
  }

  /** A raw HVC (unknown ids, malformed registers). */
  async rawHvc(x0: number, args: number[], cpu = 0): Promise<Regs> {
    const res = await this.client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0, args, cpu });
    return { x0: Number(res.x0), x1: Number(res.x1), x2: Number(res.x2), x3: Number(res.x3) };
  }

  async hypHash(): Promise<string> {
    return (await this.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {})).stateHash;
  }

  async iommuHash(): Promise<string> {
    return (await this.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).hash;
  }

  history(): Promise<pkvm.v1.InitHistoryResponse> {
    return this.call('HypervisorDumpService.InitHistory', {});
  }

  async ptdump(start: number, end: number): Promise<pkvm.v1.IPtdumpRange[]> {
    return (await this.call<pkvm.v1.PtdumpResponse>('IommuDumpService.Ptdump', { start, end })).ranges;
  }

  async memMap(start: number, end: number): Promise<pkvm.v1.IMemRange[]> {
    return (await this.call<pkvm.v1.MemMapResponse>('HypervisorDumpService.MemMap', { start, end })).ranges;
  }

  /** The host's side of the boot up to __pkvm_init (kvm_hyp_reserve, the driver's registration and probe). */
  async boot(o: BootOptions = {}): Promise<Regs | null> {
    for (const s of this.platform.smmus) {
      if (o.gbpaAbort ?? true) await this.call('IommuMmioService.Write', { pa: s.base + GBPA, width: 4, lo: (GBPA_ABORT | GBPA_UPDATE) >>> 0, hi: 0 });
    }
    await this.call('HypervisorEarlyService.SetIommuPoolPages', { pages: this.carveOut.iommuPages });
    if (o.ops !== null) {
      await this.call('HypervisorEarlyService.InstallIommuOps', {
        driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true, ...(o.ops ?? {}),
      });
    }
    if (o.fault) await this.call('HypervisorEarlyService.ArmInitFault', o.fault);
    if (o.noInit) return null;
    return this.hvc('__pkvm_init', [this.carveOut.base, this.carveOut.totalPages * 4096, this.platform.cpus.length, 0, 48]);
  }

  /** finalize_pkvm: __pkvm_prot_finalize on every CPU. */
  async deprivilege(): Promise<Regs[]> {
    const out: Regs[] = [];
    for (let cpu = 0; cpu < this.platform.cpus.length; cpu++) out.push(await this.hvc('__pkvm_prot_finalize', [], cpu));
    return out;
  }
}

export const pfn = (pa: number): number => pa / 4096;
