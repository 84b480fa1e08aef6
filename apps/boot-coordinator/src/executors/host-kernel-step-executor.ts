import { KernelError, errnoName } from '@pkvm/errno';
import { isSubStepId } from '@pkvm/boot-saga';
import type { CompensationId, Faults, StepId, StepReply, StepResult, SubStepReport } from '@pkvm/boot-saga';
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

const EINVAL = -22;
const Driver = pkvm.v1.HostIommuDriver;

export interface HostKernelStepExecutorOptions {
  /** Per-call deadline; __pkvm_init (the IOMMU snapshot) gets `pkvmInitTimeoutMs`. */
  readonly timeoutMs?: number;
  readonly pkvmInitTimeoutMs?: number;
}

/**
 * The saga's steps as calls to the real host kernel over NATS (pkvm.v1.host.boot.*), with the command's
 * idempotency key as pkvm-request-id: a re-send after a coordinator crash is answered from the host's reply
 * ledger, never run twice. A step's `ret` (0 or a negative errno) is its outcome; a KernelError reply (the
 * request refused) is recorded as the step's failure with that errno.
 *
 * Fault injection, limited by what host_kernel.proto carries: S1 -EINVAL (missing_kern_ops) and S3 with any
 * errno (the test driver's init_driver). Other step or sub-step failures, and crashes of services other than
 * the coordinator, are refused with EOPNOTSUPP; the simulator executor (and `pkvm replay whatif`) has them all.
 */
export class HostKernelStepExecutor implements StepExecutor {
  readonly name = 'host-kernel' as const;

  constructor(private readonly client: HypercallClient, private readonly options: HostKernelStepExecutorOptions = {}) {}

  checkFaults(faults: Faults): void {
    const f = faults.failStep;
    if (f) {
      const ok = 'step' in f && ((f.step === 'S1' && f.errno === EINVAL) || f.step === 'S3');
      if (!ok) {
        const what = 'step' in f ? `${f.step} ${errnoName(f.errno)}` : `sub-step ${f.subStep}`;
        throw KernelError.of('EOPNOTSUPP', `faults.failStep: the host-kernel boot service cannot inject ${what} (only S1 EINVAL and S3 <errno>); use the simulator executor or pkvm replay whatif`);
      }
    }
    if (faults.crash && faults.crash.service !== 'boot-coordinator') {
      throw KernelError.of('EOPNOTSUPP', `faults.crash: the host-kernel boot service has no crash injection for ${faults.crash.service}; only boot-coordinator crashes are supported`);
    }
  }

  async execute(call: StepCall): Promise<StepOutcome> {
    const { command, state } = call;
    const what = command.kind === 'send-step' ? command.step : command.compensation;
    const name = HOST_BOOT_METHODS[what];
    const timeoutMs = what === 'S4' ? (this.options.pkvmInitTimeoutMs ?? 120_000) : (this.options.timeoutMs ?? 30_000);
    const f = state.faults.failStep;
    const failing = f && 'step' in f && f.step === what ? f.errno : undefined;
    let request: object = {};
    if (what === 'S0') request = { nvheDebug: state.platform?.nvheDebug === true };
    if (what === 'S1') {
      request =
        failing === EINVAL
          ? { driver: Driver.HOST_IOMMU_DRIVER_SMMU_V3, missingKernOps: true }
          : f && 'step' in f && f.step === 'S3'
            ? { driver: Driver.HOST_IOMMU_DRIVER_TEST, testInitErrno: f.errno }
            : { driver: Driver.HOST_IOMMU_DRIVER_SMMU_V3 };
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
