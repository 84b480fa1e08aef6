import { KernelError, errnoName } from '@pkvm/errno';
import { compensationDefinition, isStepId, isSubStepId, stepDefinition, subStepDefinition } from '@pkvm/boot-saga';
import type { CompensationId, Faults, ServiceName, StepId, StepReply, StepResult, SubStepId, SubStepReport } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import { TransportError } from '@pkvm/transport';
import type { HypercallClient } from '@pkvm/transport';
import type { StepCall, StepExecutor, StepOutcome } from './step-executor';

/** The host-kernel rpc of each saga step (proto/pkvm/v1/host_kernel.proto, HostKernelBootService). */
export const HOST_BOOT_METHODS: Readonly<Record<StepId | CompensationId, string>> = {
  S0: 'HostKernelBootService.ReserveCarveout',
  S1: 'HostKernelBootService.RegisterDriver',
  S2: 'HostKernelBootService.CreateHypMappings',
  S3: 'HostKernelBootService.InitIommuDriver',
  S4: 'HostKernelBootService.PkvmInit',
  S5: 'HostKernelBootService.FreeHypPgds',
  S6: 'HostKernelBootService.Deprivilege',
  kvm_iommu_remove_driver: 'HostKernelBootService.RemoveIommuDriver',
};

const Driver = pkvm.v1.HostIommuDriver;

/**
 * Where a participant other than the host kernel dies during a step (host_kernel.proto `crash_service` /
 * `crash_at`): the host arms that service's one-shot ArmCrash at the first call the step makes to it, so the
 * service dies before committing anything of the step. The iommu during __pkvm_init as a whole step dies on
 * the arming itself, before the hypercall (its EL2 sub-steps are the cells below).
 */
const PARTICIPANT_CRASH_AT: Readonly<Record<'hypervisor' | 'iommu', Partial<Record<StepId | CompensationId, string>>>> = {
  hypervisor: { S4: 'HypService.Hvc', S6: 'HypService.Hvc' },
  iommu: { S3: 'IommuMmioService', S4: '', kvm_iommu_remove_driver: 'IommuMmioService' },
};

/**
 * Where the iommu dies at an EL2 sub-step: the call EL2 makes to it there. Device init and smmu_init_pgt run
 * in its one InitIommu call (one commit); the snapshot is SnapshotHostStage2. The hypervisor dies inside the
 * hypercall instead (ArmCrash `sub_step`).
 */
const IOMMU_SUB_STEP_CRASH_AT: Readonly<Partial<Record<SubStepId, string>>> = {
  'g3.2:smmu_init_device': 'IommuEl2Service.InitIommu',
  'g3.4:smmu_init_pgt': 'IommuEl2Service.InitIommu',
  'g4:iommu_snapshot': 'IommuEl2Service.SnapshotHostStage2',
};

/** The Ping of each service, to tell a restarted instance from the one told to crash. */
const PING: Readonly<Partial<Record<ServiceName, string>>> = {
  'host-kernel': 'HostKernelService.Ping',
  hypervisor: 'HypervisorService.Ping',
  iommu: 'IommuService.Ping',
};

/** Whether `service` takes part in `what` (libs/boot-saga STEPS / COMPENSATIONS participants). */
function participates(service: ServiceName, what: StepId | CompensationId): boolean {
  return (isStepId(what) ? stepDefinition(what) : compensationDefinition(what)).participants.includes(service);
}

export interface HostKernelStepExecutorOptions {
  /** Per-call deadline; __pkvm_init (the IOMMU snapshot) gets `pkvmInitTimeoutMs`. */
  readonly timeoutMs?: number;
  readonly pkvmInitTimeoutMs?: number;
  /** Deadline of the call that makes the host kernel crash (it never answers). Default 2000. */
  readonly crashCallTimeoutMs?: number;
  /** How long to wait for a crashed host kernel to answer Ping again (its supervisor restarts it). Default 60000. */
  readonly restartWaitMs?: number;
}

/**
 * The saga's steps as calls to the real host kernel over NATS (pkvm.v1.host.boot.*), with the command's
 * idempotency key as pkvm-request-id: a re-send after a coordinator crash is answered from the host's reply
 * ledger, never run twice. A step's `ret` (0 or a negative errno) is its outcome; a KernelError reply (the
 * request refused) is recorded as the step's failure with that errno.
 *
 * Fault injection: the coordinator never fakes a failure, it passes the fault in the step's request and the
 * service raises it where the kernel would fail (host_kernel.proto `inject_*` fields):
 * - S0, S1, S2, S3 with any errno (S1 -EBUSY: an earlier registration holds the slot);
 * - an S4 sub-step (`__pkvm_init` fails inside EL2: the host arms the hypervisor's ArmInitFault first);
 * - S6 `prot_finalize` (CPU 0's __pkvm_prot_finalize fails; the step returns -EINVAL).
 * S4 and S6 as whole steps are refused (their kernel errors come from a sub-step: name it), as is S5 (void).
 * Crashes: the coordinator itself, the host kernel (`crash_before_commit`: it SIGKILLs itself at the step),
 * the hypervisor or the iommu during a step they take part in (`crash_service`: the host arms their one-shot
 * ArmCrash, they SIGKILL themselves at the step's first call to them, or where EL2 reaches the fault's
 * sub-step); this executor waits until the crashed service answers again, then the runner re-sends. During a
 * step they take no part in (`background_crash_service`), they die at the step's start and restart beside
 * it: the step's reply arrives as without the crash, and is reported once the service serves again.
 */
export class HostKernelStepExecutor implements StepExecutor {
  readonly name = 'host-kernel' as const;

  constructor(private readonly client: HypercallClient, private readonly options: HostKernelStepExecutorOptions = {}) {}

  checkFaults(faults: Faults): void {
    const f = faults.failStep;
    if (f) {
      const ok = 'step' in f ? ['S0', 'S1', 'S2', 'S3'].includes(f.step) : (subStepDefinition(f.subStep).step === 'S4' || f.subStep === 'prot_finalize') && subStepDefinition(f.subStep).failable;
      if (!ok) {
        const what = 'step' in f ? `${f.step} ${errnoName(f.errno)}` : `sub-step ${f.subStep}`;
        const hint = 'step' in f && (f.step === 'S4' || f.step === 'S6') ? ` (${stepDefinition(f.step).kernelFunction} fails inside a sub-step: name it)` : '';
        throw KernelError.of('EOPNOTSUPP', `faults.failStep: the host-kernel boot service cannot inject ${what}${hint}; it injects S0-S3 errnos, __pkvm_init sub-steps and prot_finalize`);
      }
    }
    // every crash validateFaults accepts is injected: each service at each step, sub-steps where it acts
  }

  async execute(call: StepCall): Promise<StepOutcome> {
    const { command, state } = call;
    const what = command.kind === 'send-step' ? command.step : command.compensation;
    const name = HOST_BOOT_METHODS[what];
    const timeoutMs = what === 'S4' ? (this.options.pkvmInitTimeoutMs ?? 120_000) : (this.options.timeoutMs ?? 30_000);
    const f = state.faults.failStep;
    const failing = f && 'step' in f && f.step === what ? f.errno : undefined;
    const sub = f && 'subStep' in f ? f : undefined;
    const request: Record<string, unknown> = failing !== undefined ? { injectErrno: failing } : {};
    if (what === 'S0') request.nvheDebug = state.platform?.nvheDebug === true;
    if (what === 'S1') request.driver = Driver.HOST_IOMMU_DRIVER_SMMU_V3;
    if (what === 'S4' && sub && subStepDefinition(sub.subStep).step === 'S4') Object.assign(request, { injectSubStep: sub.subStep, injectErrno: sub.errno });
    if (what === 'S6' && sub?.subStep === 'prot_finalize') Object.assign(request, { injectProtFinalizeErrno: sub.errno, injectProtFinalizeCpu: 0 });
    if (call.crash === 'host-kernel') return this.crashed('host-kernel', name, { ...request, crashBeforeCommit: true }, command.idempotencyKey, what);
    if (call.crash === 'hypervisor' || call.crash === 'iommu') {
      const service = call.crash;
      if (!participates(service, what)) return this.crashedBeside(service, what, name, { ...request, backgroundCrashService: service }, command.idempotencyKey, timeoutMs);
      const subStep = state.faults.crash?.subStep;
      const crashAt = subStep ? (service === 'hypervisor' ? 'HypService.Hvc' : IOMMU_SUB_STEP_CRASH_AT[subStep]) : PARTICIPANT_CRASH_AT[service][what];
      if (crashAt === undefined) throw KernelError.of('EOPNOTSUPP', `${service} has no crash point at ${what}${subStep ? ` ${subStep}` : ''}`); // validateFaults keeps these out
      const arming = { crashService: service, crashAt, ...(subStep && service === 'hypervisor' ? { crashSubStep: subStep } : {}) };
      return this.crashed(service, name, { ...request, ...arming }, command.idempotencyKey, what);
    }
    let res: Record<string, unknown>;
    try {
      res = await this.client.call<Record<string, unknown>>(name, request, { requestId: command.idempotencyKey, timeoutMs });
    } catch (e) {
      if (e instanceof KernelError) return { kind: 'reply', reply: { ok: false, errno: e.errno, message: `${name} refused: ${e.message}`, subSteps: [] } };
      if (e instanceof TransportError) return { kind: 'lost', reason: e.message };
      throw e;
    }
    return { kind: 'reply', reply: toStepReply(what, res) };
  }

  /**
   * A service is told to crash during this step: the host kernel itself (`crash_before_commit`: it SIGKILLs
   * itself before committing anything, so the call never answers) or a participant the host arms
   * (`crash_service`: it SIGKILLs itself at its first call of the step, before committing it; the host's step
   * then fails on the wire and answers EIO, recorded nowhere). Wait until another instance of the crashed
   * service serves (its supervisor restarts it and it replays its stream), then report the reply lost: the
   * runner records the crash and re-sends with the same key, which runs the step.
   */
  private async crashed(service: ServiceName, name: string, request: Record<string, unknown>, key: string, what: string): Promise<StepOutcome> {
    const instance = await this.instanceOf(service);
    // The host answers (EIO) once its call to the crashed participant timed out: wait for that, so that the
    // re-send does not join the failed first run in the host's dedupe.
    const timeoutMs = service === 'host-kernel' ? (this.options.crashCallTimeoutMs ?? 2_000) : Math.max(this.options.crashCallTimeoutMs ?? 2_000, 20_000);
    try {
      await this.client.call(name, request, { requestId: key, timeoutMs });
      return { kind: 'lost', reason: `host-kernel answered ${what} although ${service} was told to crash`, crashed: service };
    } catch (e) {
      if (!(e instanceof TransportError) && !(e instanceof KernelError)) throw e;
    }
    await this.untilRestarted(service, instance);
    return { kind: 'lost', reason: `${service} crashed during ${what} [injected]`, crashed: service };
  }

  /**
   * A service that takes no part in the step is told to crash at its start (`background_crash_service`): the
   * host runs the step meanwhile, sending its calls to that service again until it is back. The reply is the
   * step's own; it is reported once another instance of the crashed service serves, so that the history's
   * ProcessResumed comes when it did and the next step finds it up.
   */
  private async crashedBeside(service: ServiceName, what: StepId | CompensationId, name: string, request: Record<string, unknown>, key: string, timeoutMs: number): Promise<StepOutcome> {
    const instance = await this.instanceOf(service);
    let outcome: StepOutcome;
    try {
      const res = await this.client.call<Record<string, unknown>>(name, request, { requestId: key, timeoutMs });
      outcome = { kind: 'reply', reply: toStepReply(what, res), crashed: service };
    } catch (e) {
      if (e instanceof KernelError) outcome = { kind: 'reply', reply: { ok: false, errno: e.errno, message: `${name} refused: ${e.message}`, subSteps: [] }, crashed: service };
      else if (e instanceof TransportError) outcome = { kind: 'lost', reason: e.message, crashed: service };
      else throw e;
    }
    await this.untilRestarted(service, instance);
    return outcome;
  }

  /** Waits until another process than `instance` answers for `service` (its supervisor restarts it), bounded. */
  private async untilRestarted(service: ServiceName, instance: string | undefined): Promise<void> {
    // Back means another process answers: the one told to crash may still be alive when a call times out.
    const until = Date.now() + (this.options.restartWaitMs ?? 60_000);
    for (;;) {
      const now = await this.instanceOf(service);
      if (now !== undefined && now !== instance) return;
      if (Date.now() > until) return; // not back yet: the runner's re-sends back off until it is
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The instance id of the service answering Ping, undefined when none answers. */
  private async instanceOf(service: ServiceName): Promise<string | undefined> {
    try {
      const r = await this.client.call<pkvm.v1.PingResponse>(PING[service]!, { nonce: 'crash' }, { timeoutMs: 1_000 });
      return r.instanceId;
    } catch (e) {
      if (!(e instanceof TransportError) && !(e instanceof KernelError)) throw e;
      return undefined;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

const num = (v: unknown): number => Number(v ?? 0);

function subSteps(res: Record<string, unknown>): SubStepReport[] {
  const list = (res.subSteps as pkvm.v1.IHostBootSubStep[] | undefined) ?? [];
  return list.map((s) => {
    const id = s.subStep ?? '';
    if (!isSubStepId(id)) throw KernelError.of('EPROTO', `host-kernel reported an unknown sub-step ${JSON.stringify(id)}`);
    const errno = num(s.errno);
    return { subStep: id, ok: !!s.ok, ...(!s.ok && errno !== 0 ? { errno } : {}), ...(s.detail ? { detail: s.detail } : {}) };
  });
}

/** A host-kernel response as the saga's StepReply; result keys follow libs/boot-saga's step model. */
export function toStepReply(what: StepId | CompensationId, res: Record<string, unknown>): StepReply {
  const ret = num(res.ret);
  const subs = what === 'S4' || what === 'S6' ? subSteps(res) : [];
  let result: StepResult = {};
  switch (what) {
    case 'S0':
      result = { hypMemBase: num(res.hypMemBase), hypMemSize: num(res.hypMemSize), hypMemPages: num(res.totalPages), iommuPages: num(res.iommuPages), hostS2Pages: num(res.hostS2Pages) };
      break;
    case 'S1':
      result = { registered: !!res.registered, smmus: num(res.smmus) };
      break;
    case 'S2':
      result = { mappedPages: num(res.mappedPages) };
      break;
    case 'S3':
      result = { smmusProbed: num(res.probed) };
      break;
    case 'S4':
      result = { x1: num(res.x1) };
      break;
    case 'S6':
      result = { cpus: num(res.cpus) };
      break;
    case 'kvm_iommu_remove_driver':
      return { ok: true, result: { removeDriverCalled: !!res.removeCalled }, subSteps: [] };
    default:
      break;
  }
  if (ret !== 0) {
    const detail = [...((res.log as string[] | undefined) ?? []), ...((res.warnings as { site?: string; message?: string }[] | undefined) ?? []).map((w) => `WARN ${w.site}: ${w.message}`)];
    return { ok: false, errno: ret, message: `${HOST_BOOT_METHODS[what].split('.')[1]} returned ${errnoName(ret)} (${ret})${detail.length ? `: ${detail.join('; ')}` : ''}`, subSteps: subs };
  }
  return { ok: true, result, subSteps: subs };
}
