import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { KernelError } from '@pkvm/errno';
import { MAX_EVENT_PAYLOAD } from '@pkvm/event-store';
import { existsSync } from 'node:fs';
import { loadPlatform, loadShippedPlatform } from '@pkvm/platform';
import { failStopOnLostCommit, ServiceRuntime } from '@pkvm/service-host';
import { CallContext, HypercallClient } from '@pkvm/transport';
import type { pkvm } from '@pkvm/proto';
import { applyCall, applyMachineEvent, captureImage, changesState, encodeMachineEvent, HostAccessFault, HostStage2FaultError, Machine, MachineEventType } from './machine';
import { MachineSnapshotStore } from './machine-snapshot-store';
import { StageOrderedCommits } from './stage-ordered-commits';

/** Events read per page while replaying. */
const REPLAY_PAGE = 2_000;
/** Longest wait for the hypervisor to take a host stage-2 fault report. */
const FAULT_REPORT_MS = 5_000;

/**
 * The machine as a fold of its event stream `machine:<platform>`: replayed at start (and when this instance
 * takes the writer lease over), then advanced by each accepted call, whose request is staged as an event
 * at the stream's current version in the same commit as the reply.
 */
@Injectable()
export class MachineService implements OnModuleInit {
  private readonly logger = new Logger('iommu-machine');
  machine!: Machine;
  streamId!: string;
  /** The stream version the in-memory machine reflects. */
  version = 0;
  private catchingUp?: Promise<void>;
  snapshots!: MachineSnapshotStore;
  private commits?: StageOrderedCommits;
  /** A snapshot every N machine events (PKVM_IOMMU_SNAPSHOT_EVERY; 0 = never). */
  private readonly snapshotEvery = Number(process.env.PKVM_IOMMU_SNAPSHOT_EVERY ?? 10_000);

  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime) {}

  /** Process exit for fail-stop (a seam for tests). */
  exit: (code: number) => void = (code) => process.exit(code);
  /** Calls out of the machine: the host stage-2 fault reports to the hypervisor. */
  private client?: HypercallClient;
  /** The injected crash (a seam for tests): SIGKILL. */
  kill: () => void = () => process.kill(process.pid, 'SIGKILL');
  /**
   * The one-shot crash the host armed (IommuMmioService.ArmCrash, fault injection): a method or service name.
   * Process memory only, never an event: a restarted iommu has none, so it does not crash again.
   */
  private crashAt = '';

  /** ArmCrash: `immediately` dies on this request without answering; else arms `at` (empty disarms). */
  armCrash(req: pkvm.v1.ArmCrashRequest): string {
    if (req.immediately) this.crash('ArmCrash (immediately)');
    this.crashAt = req.at ?? '';
    if (this.crashAt) this.logger.warn(`crash armed at the next ${this.crashAt}`);
    return this.crashAt;
  }

  /** Called first by each armable handler, before it reads or stages anything: dies if armed at `method`. */
  crashPoint(method: string): void {
    const at = this.crashAt;
    if (at && (method === at || method.startsWith(`${at}.`))) this.crash(method);
  }

  private crash(where: string): never {
    this.logger.warn(`injected crash at ${where}: SIGKILL before committing anything`);
    this.crashAt = '';
    this.kill();
    throw new Error(`injected crash at ${where}`); // not reached in the service (SIGKILL); a test seam may return
  }

  async onModuleInit(): Promise<void> {
    // PKVM_PLATFORM, else platforms/qemu-virt.json from the working directory, else the shipped copy.
    const file = this.rt.config.platformFile;
    const platform = process.env.PKVM_PLATFORM || existsSync(file) ? loadPlatform(file) : loadShippedPlatform('qemu-virt');
    this.machine = new Machine(platform);
    this.streamId = `machine:${platform.name}`;
    const t0 = Date.now();
    this.snapshots = new MachineSnapshotStore(this.rt.store, `machine-snapshot:${platform.name}`, (m) => this.logger.warn(m));
    const restored = await this.snapshots.loadLatest(platform);
    if (restored) {
      this.machine = restored.machine;
      this.version = restored.version;
      this.logger.log(`${this.streamId}: restored snapshot at v${this.version}`);
    }
    const from = this.version;
    await this.replay();
    this.logger.log(`${this.streamId}: replayed ${this.version - from} events in ${Date.now() - t0} ms`);
    failStopOnLostCommit(this.rt.store, this.streamId, 'iommu-machine', (c) => this.exit(c));
    this.commits = new StageOrderedCommits(this.rt.store, this.streamId, (m) => this.logger.warn(m));
    this.commits.reset(this.version);
    // A standby replayed at its start; the previous writer may have gone on since: catch up first.
    this.rt.server.on('lease-acquired', () => {
      this.catchingUp = this.replay().finally(() => (this.catchingUp = undefined));
    });
  }

  /** Applies every stored event after `version`, in order. A stored event that no longer applies is fatal. */
  private async replay(): Promise<void> {
    for (;;) {
      const page = await this.rt.store.readStream(this.streamId, this.version + 1, REPLAY_PAGE);
      for (const e of page) {
        try {
          applyMachineEvent(this.machine, e.type, e.payload);
        } catch (err) {
          throw new Error(`${this.streamId} v${e.streamVersion} (${e.type}) does not replay: ${(err as Error).message}`);
        }
        this.version = e.streamVersion;
      }
      if (page.length < REPLAY_PAGE) {
        this.commits?.reset(this.version);
        return;
      }
    }
  }

  /** Captures the image now (at `version`) and writes it once this call's event is committed. */
  private snapshotAfterCommit(ctx: CallContext): void {
    const at = this.version;
    const image = captureImage(this.machine);
    if (image) ctx.afterCommit(() => void this.snapshots.save(at, image));
  }

  /** Waits while a take-over replay runs (reads and writes must see the whole log). */
  async ready(): Promise<Machine> {
    if (this.catchingUp) await this.catchingUp;
    return this.machine;
  }

  /**
   * Runs a host CPU access (the mem and mmio areas). A refusal by the host stage-2 (HostStage2FaultError,
   * EFAULT) is the CPU's trap into EL2: it is reported to the hypervisor (pkvm.v1.hypervisor.fault
   * .HostStage2Fault, handle_host_mem_abort) before the refusal is answered. The access changed nothing.
   */
  async hostCpu<T>(ctx: CallContext, run: () => Promise<T> | T): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof HostStage2FaultError) await this.reportHostFault(ctx, e.fault);
      throw e;
    }
  }

  /** Best effort: a hypervisor that does not answer is logged; the host still gets its EFAULT. */
  private async reportHostFault(ctx: CallContext, f: HostAccessFault): Promise<void> {
    const timeoutMs = Math.min(FAULT_REPORT_MS, ctx.remainingMs());
    if (!(timeoutMs > 0)) return;
    this.client ??= new HypercallClient(this.rt.nc, { subjectPrefix: this.rt.config.subjectPrefix });
    try {
      await this.client.call('HypervisorFaultService.HostStage2Fault', { ...f }, { timeoutMs, traceparent: ctx.traceparent });
    } catch (e) {
      this.logger.warn(`host stage-2 fault at 0x${f.addr.toString(16)} not reported to the hypervisor: ${(e as Error).message}`);
    }
  }

  /** Runs a state-changing call; when accepted (and it changed state) stages its event at the current version. */
  async execute<T>(ctx: CallContext, type: MachineEventType, request: object): Promise<T> {
    await this.ready();
    // Refuse what the store would refuse, before the machine applies it (a failed commit is fail-stop).
    const payload = encodeMachineEvent(type, request);
    if (payload.length > MAX_EVENT_PAYLOAD) throw KernelError.of('E2BIG', `${type}: ${payload.length} bytes exceed an event's ${MAX_EVENT_PAYLOAD}`);
    let result: T;
    try {
      result = applyCall(this.machine, type, request as never) as T;
    } catch (e) {
      if (e instanceof KernelError) throw e; // a refusal: checked before the first write
      // A lib's "cannot happen" (a WARN_ON throwing a plain Error) may have left a half-applied call that the
      // log will never hold: fail-stop, the restart replays the log without it.
      this.logger.error(`${type} failed inside the machine: ${(e as Error).stack ?? e}; exiting to replay`);
      this.exit(70);
      throw e;
    }
    if (changesState(type, result)) {
      ctx.append(this.streamId, this.version, [{ type, payload }]);
      this.version++;
      if (this.snapshotEvery > 0 && this.version % this.snapshotEvery === 0) this.snapshotAfterCommit(ctx);
    }
    return result;
  }
}
