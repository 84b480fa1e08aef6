import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { KernelError } from '@pkvm/errno';
import { exportHistory, fold, importHistory, summarizePlatform, validateFaults } from '@pkvm/boot-saga';
import type { EventBody, Faults, PlatformSummary } from '@pkvm/boot-saga';
import { loadPlatform, loadShippedPlatform, SHIPPED_PLATFORMS } from '@pkvm/platform';
import type { ShippedPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { ServiceRuntime } from '@pkvm/service-host';
import { HypercallClient, TransportError } from '@pkvm/transport';
import { createStepExecutor, settingsFromEnv } from './executors/executor-from-env';
import { BootHistoryRepository } from './saga/boot-history.repository';
import { BootSagaRunner } from './saga/boot-saga-runner';
import { bootSummary, wireEvents } from './saga/boot-view';
import { faultsFromWire } from './saga/faults-wire';

const BOOT_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The boot-saga use cases behind BootSagaService: start a boot (record BootRequested, hand it to the runner),
 * read boots, export and import histories. Resumes every unfinished boot whenever this instance becomes the
 * writer (at start, and when a standby takes over), and stops the runner when it stops being the writer.
 */
@Injectable()
export class BootSagaService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('boot-saga');
  readonly repo: BootHistoryRepository;
  readonly runner: BootSagaRunner;

  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime) {
    const settings = settingsFromEnv();
    this.repo = new BootHistoryRepository(rt.store);
    this.runner = new BootSagaRunner(this.repo, createStepExecutor(rt, settings), { crashMode: settings.crashMode });
    this.logger.log(`step executor: ${settings.executor}; injected coordinator crashes: ${settings.crashMode}`);
  }

  onModuleInit(): void {
    this.rt.server.on('lease-acquired', () => {
      void this.runner.resumeAll().then(
        (ids) => ids.length > 0 && this.logger.log(`resumed ${ids.join(', ')}`),
        (e: Error) => this.logger.error(`resuming unfinished boots failed: ${e.stack ?? e.message}`),
      );
    });
    this.rt.server.on('lease-lost', () => void this.runner.stop());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.runner.executor.close();
  }

  async start(req: pkvm.v1.IStartBootRequest, requestId: string | undefined): Promise<pkvm.v1.IStartBootResponse> {
    const faults: Faults = faultsFromWire(req.faults);
    validateFaults(faults, 'faults');
    this.runner.executor.checkFaults(faults);
    const bootId = req.bootId || (requestId ? `boot-${createHash('sha256').update(requestId).digest('hex').slice(0, 16)}` : `boot-${randomUUID()}`);
    if (!BOOT_ID.test(bootId)) throw KernelError.of('EINVAL', `boot_id: must match ${BOOT_ID}`);
    const executor = this.runner.executor.name;
    if (await this.repo.exists(bootId)) {
      const h = await this.repo.read(bootId);
      // A retried StartBoot (same request id) gets the boot it started; anything else is a clash.
      if (requestId !== undefined && h.requestMeta.requestId === requestId) return { bootId, executor: h.requestMeta.executor ?? executor };
      throw KernelError.of('EEXIST', `boot ${bootId} exists`);
    }
    const platform = await this.platformFor(req.platform ?? '');
    if (!this.runner.tryReserve(bootId)) throw KernelError.of('EBUSY', `boot ${this.runner.activeBoot()} is running; one machine boots once at a time`);
    try {
      const body: EventBody = { type: 'BootRequested', bootId, platform, ...(faults.failStep || faults.crash ? { faults } : {}) };
      await this.repo.append(bootId, 0, [body], bootId, { executor, ...(requestId ? { requestId } : {}) });
    } catch (e) {
      this.runner.release(bootId);
      throw e;
    }
    this.logger.log(`${bootId}: BootRequested on ${platform.name}${faults.failStep || faults.crash ? ` with faults ${JSON.stringify(faults)}` : ''} (${executor})`);
    this.runner.launch(bootId);
    return { bootId, executor };
  }

  async get(req: pkvm.v1.IGetBootRequest): Promise<pkvm.v1.IGetBootResponse> {
    const h = await this.repo.read(this.bootIdOf(req.bootId));
    if (h.events.length === 0) throw KernelError.of('ENOENT', `no boot ${req.bootId}`);
    return { boot: bootSummary(h), events: wireEvents(h.events, Number(req.fromVersion ?? 0)) };
  }

  async list(): Promise<pkvm.v1.IListBootsResponse> {
    const boots: pkvm.v1.IBootSummary[] = [];
    for (const id of await this.repo.list()) boots.push(bootSummary(await this.repo.read(id)));
    return { boots };
  }

  async export(req: pkvm.v1.IExportBootRequest): Promise<pkvm.v1.IExportBootResponse> {
    const h = await this.repo.read(this.bootIdOf(req.bootId));
    if (h.events.length === 0) throw KernelError.of('ENOENT', `no boot ${req.bootId}`);
    return { json: exportHistory(h.events) };
  }

  async import(req: pkvm.v1.IImportBootRequest): Promise<pkvm.v1.IImportBootResponse> {
    const events = importHistory(req.json ?? '');
    const s = fold(events);
    if (s.phase !== 'terminal') throw KernelError.of('EINVAL', 'events: the history has no terminal event; an unfinished boot would be resumed against the live services');
    if (!BOOT_ID.test(s.bootId)) throw KernelError.of('EINVAL', `events[0].bootId: must match ${BOOT_ID}`);
    if (await this.repo.exists(s.bootId)) throw KernelError.of('EEXIST', `boot ${s.bootId} exists`);
    await this.repo.appendRecorded(s.bootId, 0, events, { executor: 'imported' });
    return { bootId: s.bootId, events: events.length };
  }

  private bootIdOf(id: string | null | undefined): string {
    if (!id || !BOOT_ID.test(id)) throw KernelError.of('EINVAL', `boot_id: must match ${BOOT_ID}`);
    return id;
  }

  /**
   * The machine the boot runs on: a shipped platform by name, else PKVM_PLATFORM, else qemu-virt. With the
   * host-kernel executor it must be the platform the host kernel loaded (KernelStatus), or the saga's record
   * (used by replay and what-if) would describe another machine.
   */
  private async platformFor(name: string): Promise<PlatformSummary> {
    let platform;
    if (name) {
      if (!(SHIPPED_PLATFORMS as readonly string[]).includes(name)) throw KernelError.of('EINVAL', `platform: unknown ${JSON.stringify(name)}; shipped: ${SHIPPED_PLATFORMS.join(', ')}`);
      platform = loadShippedPlatform(name as ShippedPlatform);
    } else {
      const file = this.rt.config.platformFile;
      platform = existsSync(file) ? loadPlatform(file) : loadShippedPlatform('qemu-virt');
    }
    if (this.runner.executor.name === 'host-kernel') {
      const client = new HypercallClient(this.rt.nc, { subjectPrefix: this.rt.config.subjectPrefix });
      let status: pkvm.v1.KernelStatusResponse;
      try {
        status = await client.call<pkvm.v1.KernelStatusResponse>('HostKernelBootService.KernelStatus', {}, { timeoutMs: 5_000 });
      } catch (e) {
        if (e instanceof TransportError) throw KernelError.of('EHOSTUNREACH', `the host-kernel boot service does not answer: ${e.message}`);
        throw e;
      } finally {
        await client.close();
      }
      if (status.platform && status.platform !== platform.name) {
        throw KernelError.of('EINVAL', `platform: the host kernel runs ${status.platform}, not ${platform.name}`);
      }
    }
    return summarizePlatform(platform);
  }
}
