import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { HypercallClient } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../../support/service-process';

/** platforms/small.json: 64 MiB of RAM at 1 GiB, one non-coherent SMMU at 0x0905_0000, 8 SID bits, linear table. */
export const SMALL = {
  file: resolve(repoRoot, 'platforms/small.json'),
  ram: 0x4000_0000,
  ramEnd: 0x4400_0000,
  smmu: 0x0905_0000,
  /** The carve-out slice the tests hand to kvm_iommu_init: 4 MiB near the top of RAM. */
  pool: 0x4380_0000,
  poolSize: 0x40_0000,
};

export const RW_MEM = 7; // PKVM_HOST_MEM_PROT
export const RW_MMIO = 6; // PKVM_HOST_MMIO_PROT

/** One iommu service process on its own prefix and data folder, and a client on its subjects. */
export class IommuFixture {
  service!: ServiceProcess;
  client!: HypercallClient;
  readonly prefix = uniquePrefix('iommu');
  readonly dataDir = mkdtempSync(join(tmpdir(), 'pkvm-iommu-'));

  constructor(readonly platformFile = SMALL.file, private readonly extraEnv: Record<string, string> = {}) {}

  get env(): Record<string, string> {
    return { ...stackEnv(this.prefix, this.dataDir, sharedNatsUrl()), PKVM_PLATFORM: this.platformFile, ...this.extraEnv };
  }

  async start(): Promise<void> {
    this.service = ServiceProcess.start('iommu', this.env);
    this.client ??= await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: this.prefix, defaultTimeoutMs: 10_000 });
    await this.waitReady();
  }

  /** Ping until the service answers (it replays its log and takes the lease first). */
  async waitReady(ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.client.call('IommuService.Ping', { nonce: 'ready' }, { timeoutMs: 1000 });
        return;
      } catch (e) {
        if (Date.now() > until) throw new Error(`iommu did not answer: ${(e as Error).message}\n${this.service.log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async restart(signal: NodeJS.Signals): Promise<void> {
    await this.service.stop(signal);
    this.service = ServiceProcess.start('iommu', this.env);
    await this.waitReady();
  }

  async dispose(): Promise<void> {
    await this.service?.stop();
    await this.client?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  call<T = any>(method: string, req: object): Promise<T> {
    return this.client.call<T>(method, req);
  }

  /** The errno name a call is refused with (fails the test when it succeeds). */
  async refusal(method: string, req: object): Promise<string> {
    try {
      await this.client.call(method, req);
    } catch (e) {
      if (e instanceof KernelError) return e.errnoName;
      throw e;
    }
    throw new Error(`${method} ${JSON.stringify(req)} was accepted`);
  }

  async hash(): Promise<string> {
    return (await this.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).hash;
  }

  mmioWrite32(pa: number, value: number) {
    return this.call<pkvm.v1.WriteResponse>('IommuMmioService.Write', { pa, width: 4, lo: value >>> 0, hi: 0 });
  }

  async mmioRead32(pa: number): Promise<number> {
    return (await this.call<pkvm.v1.ReadResponse>('IommuMmioService.Read', { pa, width: 4 })).lo;
  }

  /** What the host SMMU driver does before handing over (kvm_iommu_init_driver): GBPA = ABORT. */
  setGbpaAbort(smmuBase = SMALL.smmu) {
    return this.mmioWrite32(smmuBase + SmmuReg.GBPA, GBPA.ABORT | GBPA.UPDATE);
  }

  initIommu(pool = SMALL.pool, size = SMALL.poolSize) {
    return this.call<pkvm.v1.InitIommuResponse>('IommuEl2Service.InitIommu', { poolBase: pool, poolSize: size });
  }

  /** The small machine's host stage-2 at boot: RAM host-owned except the carve-out; MMIO never faulted in. */
  snapshotSmall(extra: pkvm.v1.IHostStage2Leaf[] = []) {
    const S = pkvm.v1.LeafState;
    const leaves: pkvm.v1.IHostStage2Leaf[] = [
      { start: 0, end: SMALL.smmu, state: S.LEAF_STATE_EMPTY, isMemory: false },
      { start: SMALL.smmu, end: SMALL.smmu + 0x2_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: false }, // donated SMMU MMIO
      { start: SMALL.smmu + 0x2_0000, end: SMALL.ram, state: S.LEAF_STATE_EMPTY, isMemory: false },
      { start: SMALL.ram, end: SMALL.pool, state: S.LEAF_STATE_EMPTY, isMemory: true },
      { start: SMALL.pool, end: SMALL.ramEnd, state: S.LEAF_STATE_ANNOTATED, isMemory: true }, // the carve-out incl. the IOMMU pool
      ...extra,
    ];
    return this.call<pkvm.v1.SnapshotHostStage2Response>('IommuEl2Service.SnapshotHostStage2', { leaves });
  }

  /** GBPA abort, kvm_iommu_init, snapshot. */
  async boot(): Promise<void> {
    await this.setGbpaAbort();
    await this.initIommu();
    const s = await this.snapshotSmall();
    if (s.ret !== 0 || !s.initialized) throw new Error(`snapshot failed: ${JSON.stringify(s)}`);
  }
}
