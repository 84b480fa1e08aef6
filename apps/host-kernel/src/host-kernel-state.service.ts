import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { loadPlatform, type Platform } from '@pkvm/platform';
import { failStopOnLostCommit, ServiceRuntime } from '@pkvm/service-host';
import { KernelError } from '@pkvm/errno';
import { CallContext, HypercallClient, TransportError } from '@pkvm/transport';
import { HypervisorClient } from './clients/hypervisor.client';
import { IommuMmioClient } from './clients/iommu-mmio.client';
import { OutgoingRequestIds } from './clients/outgoing-request-ids';
import { StepCalls } from './clients/step-calls';
import {
  applyKernelEvent,
  decodeKernelEvent,
  DriverContext,
  encodeKernelEvent,
  INITIAL_KERNEL_STATE,
  KernelEvent,
  KernelState,
} from './kernel';

const REPLAY_PAGE = 1_000;
/** Per outgoing call: an SMMU probe is a few dozen register accesses. */
const OUTGOING_TIMEOUT_MS = 10_000;
/** Per outgoing call of a step that armed a crash: the crashed service never answers. */
const CRASH_STEP_TIMEOUT_MS = 3_000;
/** A step beside a crashing service stops re-sending its calls this long before its own deadline. */
const REPLY_MARGIN_MS = 1_000;

/** The participants whose one-shot crash a step may arm (fault injection), and their ArmCrash rpc. */
const ARM_CRASH: Readonly<Record<string, string>> = {
  hypervisor: 'HypervisorEarlyService.ArmCrash',
  iommu: 'IommuMmioService.ArmCrash',
};

/** Fault injection of a step (tests). */
export interface StepFaults {
  /** SIGKILL this host kernel at the start of the step. */
  readonly crashBeforeCommit?: boolean;
  /** Arm this participant's one-shot crash at `crashAt` (empty: it dies on the arming) before the step runs. */
  readonly crashService?: string;
  readonly crashAt?: string;
  /** With crashService "hypervisor": the EL2 sub-step of the hypercall where it dies (ArmCrash sub_step). */
  readonly crashSubStep?: string;
  /** A service the step needs no answer from: told to die at once (not waited for) while the step runs. */
  readonly backgroundCrashService?: string;
}

/**
 * The host kernel's boot state as a fold of its stream `kernel:<platform>`: replayed at start (and when this
 * instance takes the writer lease over), then advanced by each accepted step, whose event is staged at the
 * stream's version in the same commit as the reply. Steps run one at a time, as the kernel's boot does.
 */
@Injectable()
export class HostKernelStateService implements OnModuleInit {
  private readonly logger = new Logger('host-kernel');
  platform!: Platform;
  streamId!: string;
  state: KernelState = INITIAL_KERNEL_STATE;
  version = 0;
  private client!: HypercallClient;
  private tail: Promise<unknown> = Promise.resolve();
  private catchingUp?: Promise<void>;

  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime) {}

  async onModuleInit(): Promise<void> {
    this.platform = loadPlatform(this.rt.config.platformFile);
    this.streamId = `kernel:${this.platform.name}`;
    this.client = new HypercallClient(this.rt.nc, { subjectPrefix: this.rt.config.subjectPrefix, defaultTimeoutMs: OUTGOING_TIMEOUT_MS });
    await this.replay();
    this.logger.log(`${this.streamId}: replayed ${this.version} events`);
    failStopOnLostCommit(this.rt.store, this.streamId, 'host-kernel');
    this.rt.server.on('lease-acquired', () => {
      this.catchingUp = this.replay().finally(() => (this.catchingUp = undefined));
    });
  }

  private async replay(): Promise<void> {
    for (;;) {
      const page = await this.rt.store.readStream(this.streamId, this.version + 1, REPLAY_PAGE);
      for (const e of page) {
        this.state = applyKernelEvent(this.state, decodeKernelEvent(e.type, e.payload));
        this.version = e.streamVersion;
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  /** The ArmCrash rpc of the service a crash field names (undefined when empty); EINVAL for any other service. */
  private armCrashMethod(field: string, service: string | undefined): string | undefined {
    if (!service) return undefined;
    const method = ARM_CRASH[service];
    if (!method) throw KernelError.of('EINVAL', `${field} must be hypervisor or iommu, got ${JSON.stringify(service)}`);
    return method;
  }

  async ready(): Promise<KernelState> {
    if (this.catchingUp) await this.catchingUp;
    return this.state;
  }

  /**
   * Runs one step on the current state with ports whose outgoing calls carry ids derived from the step's
   * request id; stages its event and applies it. A refusal (KernelError) stages nothing.
   */
  run(ctx: CallContext, step: (d: DriverContext) => Promise<KernelEvent>, options: StepFaults = {}): Promise<KernelEvent> {
    const go = async () => {
      await this.ready();
      if (options.crashBeforeCommit) {
        // Fault injection (tests): the host kernel dies at this step before it runs or commits anything; the
        // request's id is not in the reply ledger, so the re-send after a restart runs the step.
        this.logger.warn(`injected crash at ${ctx.requestId ?? 'a step'}: SIGKILL`);
        process.kill(process.pid, 'SIGKILL');
        await new Promise(() => undefined);
      }
      const crashing = this.armCrashMethod('crash_service', options.crashService);
      const beside = this.armCrashMethod('background_crash_service', options.backgroundCrashService);
      const tp = ctx.traceparent ? { traceparent: ctx.traceparent } : {};
      const ids = new OutgoingRequestIds(ctx.requestId, ctx.traceparent, crashing || beside ? CRASH_STEP_TIMEOUT_MS : undefined);
      if (crashing) {
        // Fault injection (tests): the participant dies at its first call of `crashAt` in this step (or, for
        // the hypervisor with a sub-step, when that hypercall reaches it), before it commits that call; the step
        // then fails on the wire (EIO, not recorded in the reply ledger) and the re-send after the restart runs
        // it. The arming carries no request id: it is no part of the step.
        const at = options.crashAt ?? '';
        const subStep = options.crashSubStep ?? '';
        this.logger.warn(`${ctx.requestId ?? 'a step'}: arming ${options.crashService}'s crash at ${at || 'once (on the arming)'}${subStep ? ` (${subStep})` : ''}`);
        await this.client.call(crashing, { at, immediately: at === '', subStep }, { timeoutMs: CRASH_STEP_TIMEOUT_MS, ...tp });
      }
      if (beside) {
        // Fault injection (tests): a service the step needs no answer from dies now and restarts beside it; the
        // step's calls to it are sent again with their ids until it is back (they never reach a dying process's
        // commit). Its answer never comes, so it is not awaited.
        this.logger.warn(`${ctx.requestId ?? 'a step'}: ${options.backgroundCrashService} is told to crash now`);
        this.client.call(beside, { at: '', immediately: true }, { timeoutMs: CRASH_STEP_TIMEOUT_MS, ...tp }).catch(() => undefined);
      }
      const calls = new StepCalls(this.client, ids, beside ? ctx.deadline - REPLY_MARGIN_MS : undefined);
      const d: DriverContext = {
        platform: this.platform,
        state: this.state,
        mmio: new IommuMmioClient(calls),
        el2: new HypervisorClient(calls),
      };
      let e: KernelEvent;
      let lostOnTheWire = false;
      try {
        e = await step(d);
      } catch (err) {
        lostOnTheWire = err instanceof TransportError;
        throw err;
      } finally {
        // A crash armed at a call the step did not make must not fire later (best effort). After a call lost on
        // the wire it stays armed: the participant may not have reached its crash point yet.
        if (crashing && !lostOnTheWire) await this.client.call(crashing, { at: '' }, { timeoutMs: CRASH_STEP_TIMEOUT_MS }).catch(() => undefined);
      }
      ctx.append(this.streamId, this.version, [{ type: e.type, payload: encodeKernelEvent(e) }]);
      this.version++;
      this.state = applyKernelEvent(this.state, e);
      return e;
    };
    const result = this.tail.then(go, go);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
