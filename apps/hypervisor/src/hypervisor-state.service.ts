import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { KernelError } from '@pkvm/errno';
import { loadPlatform, loadShippedPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { ServiceRuntime } from '@pkvm/service-host';
import { CallContext, HypercallClient } from '@pkvm/transport';
import { applyHypEvent, HYP_EVENT, HYP_STREAM, HvcOutput, Hypervisor, HypPanic, RecordingPort } from './el2';
import { faultFromWire, opsFromWire } from './el2/hyp-events';
import type { HostFaultRecord } from './el2';
import { NatsEl2Port } from './nats-el2-port';

const REPLAY_PAGE = 2_000;

/**
 * EL2 as a fold of the `hyp:state` stream: replayed at start (and on taking the writer lease), then advanced
 * by each accepted call, whose event is staged at the stream's current version with the reply. Calls run one
 * at a time (host_mmu.lock and friends): a promise chain serialises them.
 */
@Injectable()
export class HypervisorStateService implements OnModuleInit {
  private readonly logger = new Logger('hypervisor');
  hyp!: Hypervisor;
  version = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private client!: HypercallClient;

  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime) {}

  /** Process exit for fail-stop and BUG (a seam for tests). */
  exit: (code: number) => void = (code) => process.exit(code);
  /** The injected crash (a seam for tests): SIGKILL, as a machine check would stop EL2. */
  kill: () => void = () => process.kill(process.pid, 'SIGKILL');
  /**
   * The one-shot crash the host armed (ArmCrash, fault injection): a method or service name. Process memory
   * only, never an event: a restarted hypervisor has none, so it does not crash again.
   */
  private crashAt = '';

  async onModuleInit(): Promise<void> {
    const file = this.rt.config.platformFile;
    const platform = process.env.PKVM_PLATFORM || existsSync(file) ? loadPlatform(file) : loadShippedPlatform('qemu-virt');
    this.client = new HypercallClient(this.rt.nc, { subjectPrefix: this.rt.config.subjectPrefix });
    this.hyp = new Hypervisor(platform);
    const t0 = Date.now();
    await this.replay();
    this.logger.log(`${HYP_STREAM}: replayed ${this.version} events in ${Date.now() - t0} ms`);
    this.rt.server.on('lease-acquired', () => {
      this.chain = this.chain.then(() => this.replay());
    });
  }

  private async replay(): Promise<void> {
    for (;;) {
      const page = await this.rt.store.readStream(HYP_STREAM, this.version + 1, REPLAY_PAGE);
      for (const e of page) {
        try {
          await applyHypEvent(this.hyp, e.type, e.payload);
        } catch (err) {
          throw new Error(`${HYP_STREAM} v${e.streamVersion} (${e.type}) does not replay: ${(err as Error).message}`);
        }
        this.version = e.streamVersion;
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  /** Runs `fn` after every earlier call finished. */
  private serial<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private stage(ctx: CallContext, type: string, payload: Uint8Array, extra: { type: string; payload: Uint8Array }[] = []): void {
    const events = [{ type, payload }, ...extra];
    ctx.append(HYP_STREAM, this.version, events);
    this.version += events.length;
  }

  /** WARN records staged beside the hypercall's event (informational: the fold re-derives them from the call). */
  private warnEvents(from: number): { type: string; payload: Uint8Array }[] {
    return this.hyp.splats.slice(from).filter((s) => s.kind === 'WARN').map((s) => ({
      type: HYP_EVENT.warn,
      payload: pkvm.v1.KernelSplat.encode({ kind: pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_WARN, site: s.site, detail: s.detail, call: s.call }).finish(),
    }));
  }

  /**
   * ArmCrash: `immediately` dies on this request, without answering; otherwise the next call of `at` dies
   * before it runs (nothing of it is staged), or, with `subStep` (at = HypService.Hvc), the next hypercall that
   * reaches that EL2 sub-step dies there: its earlier sub-steps ran, their calls to the iommu included, and
   * nothing of the hypercall is staged. Empty `at` disarms.
   */
  armCrash(req: pkvm.v1.ArmCrashRequest, crashableSubSteps: readonly string[]): Promise<string> {
    const subStep = req.subStep ?? '';
    if (subStep && (req.at !== 'HypService.Hvc' || !crashableSubSteps.includes(subStep))) {
      return Promise.reject(KernelError.of('EINVAL', `sub_step ${JSON.stringify(subStep)} needs at = HypService.Hvc and one of ${crashableSubSteps.join(', ')}`));
    }
    return this.serial(() => {
      if (req.immediately) this.crash('ArmCrash (immediately)');
      this.crashAt = req.at ?? '';
      this.hyp.subStepReached = subStep ? (reached, cpu) => this.subStepCrashPoint(subStep, reached, cpu) : null;
      if (this.crashAt) this.logger.warn(`crash armed at the next ${this.crashAt}${subStep ? ` reaching ${subStep}` : ''}`);
      return this.crashAt;
    });
  }

  /** Called first by each armable call, inside the serial chain: dies if the crash is armed at `method`. */
  private crashPoint(method: string): void {
    const at = this.crashAt;
    // armed at a sub-step: the hypercall runs up to it (subStepCrashPoint)
    if (at && !this.hyp.subStepReached && (method === at || method.startsWith(`${at}.`))) this.crash(method);
  }

  /** The hypercall reached `reached` on `cpu`: dies if armed there (prot_finalize: the last CPU's, after the others'). */
  private subStepCrashPoint(armed: string, reached: string, cpu: number): void {
    if (reached !== armed) return;
    if (reached === 'prot_finalize' && cpu !== this.hyp.platform.cpus.length - 1) return;
    this.crash(`${this.crashAt} at ${reached}${reached === 'prot_finalize' ? ` (cpu${cpu})` : ''}`);
  }

  private crash(where: string): never {
    this.logger.warn(`injected crash at ${where}: SIGKILL before committing anything`);
    this.crashAt = '';
    this.hyp.subStepReached = null;
    this.kill();
    throw new Error(`injected crash at ${where}`); // not reached in the service (SIGKILL); a test seam may return
  }

  hvc(ctx: CallContext, req: pkvm.v1.HvcRequest): Promise<HvcOutput> {
    return this.serial(async () => {
      this.crashPoint('HypService.Hvc');
      const input = { x0: Number(req.x0), args: (req.args ?? []).map(Number), cpu: req.cpu ?? 0 };
      const fault = this.hyp.fault;
      // The iommu calls carry ids derived from the hypercall's: a hypercall run again after this process died
      // mid-way (its event never committed) reaches the iommu under the same ids, answered from its ledger.
      const port = new RecordingPort(new NatsEl2Port(this.client, ctx.requestId));
      const splatsBefore = this.hyp.splats.length;
      let out: HvcOutput;
      try {
        out = await this.hyp.hvc(input, port);
      } catch (e) {
        if (e instanceof HypPanic) {
          // BUG(): record the site, then stop as a panic stops the machine; the host sees no reply.
          this.logger.error(`BUG at ${e.site} during ${e.call}: ${e.detail}`);
          this.hyp.panic(e);
          this.stage(ctx, HYP_EVENT.bug, pkvm.v1.BugEvent.encode({ site: e.site, detail: e.detail, call: e.call }).finish());
          ctx.afterCommit(() => this.exit(70));
          return { x0: 0, x1: 0, x2: 0, x3: 0, name: e.call, record: true };
        }
        // An iommu call failed on the wire in the middle of a hypercall: EL2 state may be half applied and no
        // event will hold it. Fail-stop; the restart replays the log without it.
        this.logger.error(`hypercall failed mid-way: ${(e as Error).stack ?? e}; exiting to replay`);
        this.exit(70);
        throw e;
      }
      if (out.record) {
        const payload = pkvm.v1.HvcEvent.encode({
          request: { x0: input.x0, args: input.args, cpu: input.cpu },
          faultSubStep: fault?.subStep ?? '',
          faultErrno: fault?.errno ?? 0,
          outcomes: port.outcomes.map((o) => ({ call: o.call, ret: o.ret, detail: o.detail ?? '' })),
        }).finish();
        this.stage(ctx, out.name, payload, this.warnEvents(splatsBefore));
      }
      return out;
    });
  }

  private early<T>(ctx: CallContext, type: string, payload: Uint8Array, apply: () => T): Promise<T> {
    return this.serial(() => {
      this.crashPoint(`HypervisorEarlyService.${type}`);
      if (!this.hyp.earlyAllowed()) throw KernelError.of('EPERM', `${type}: the host is de-privileged; EL2 memory is no longer writable`);
      const r = apply();
      this.stage(ctx, type, payload);
      return r;
    });
  }

  installIommuOps(ctx: CallContext, req: pkvm.v1.InstallIommuOpsRequest) {
    return this.early(ctx, HYP_EVENT.installIommuOps, pkvm.v1.InstallIommuOpsRequest.encode(req).finish(), () => {
      this.hyp.installIommuOps(opsFromWire(req));
      return this.hyp.ops;
    });
  }

  setIommuPoolPages(ctx: CallContext, req: pkvm.v1.SetIommuPoolPagesRequest) {
    const pages = Number(req.pages);
    if (!Number.isSafeInteger(pages) || pages < 0 || pages > 2 ** 36) return Promise.reject(KernelError.of('EINVAL', `bad page count ${req.pages}`));
    return this.early(ctx, HYP_EVENT.setIommuPoolPages, pkvm.v1.SetIommuPoolPagesRequest.encode(req).finish(), () => {
      this.hyp.setIommuPoolPages(pages);
      return pages;
    });
  }

  armInitFault(ctx: CallContext, req: pkvm.v1.ArmInitFaultRequest, validSubSteps: readonly string[]) {
    if (req.subStep && (!validSubSteps.includes(req.subStep) || !(req.errno > 0 && req.errno < 4096))) {
      return Promise.reject(KernelError.of('EINVAL', `fault needs one of ${validSubSteps.join(', ')} and an errno in 1..4095`));
    }
    return this.early(ctx, HYP_EVENT.armInitFault, pkvm.v1.ArmInitFaultRequest.encode(req).finish(), () => {
      this.hyp.armInitFault(req.subStep ? { subStep: req.subStep, errno: req.errno } : null);
      return this.hyp.fault;
    });
  }

  /**
   * handle_host_mem_abort for a host access the machine refused: EL2's answer, staged as one event (the
   * request and the answer; replay recomputes the answer). Only a malformed report is refused.
   */
  hostStage2Fault(ctx: CallContext, req: pkvm.v1.HostStage2FaultRequest): Promise<HostFaultRecord> {
    const f = faultFromWire(req);
    if (!Number.isSafeInteger(f.addr) || f.addr < 0 || f.addr >= 2 ** 48) return Promise.reject(KernelError.of('EINVAL', `fault address ${req.addr} is outside [0, 2^48)`));
    if (f.area !== 'mem' && f.area !== 'mmio') return Promise.reject(KernelError.of('EINVAL', `fault area '${f.area}' is neither mem nor mmio`));
    return this.serial(() => {
      const r = this.hyp.hostStage2Fault(f);
      this.logger.warn(`host stage-2 fault: ${f.write ? 'write' : 'read'} at 0x${f.addr.toString(16)} (${f.area}) -> ${r.ret} (${r.detail})`);
      this.stage(ctx, HYP_EVENT.hostStage2Fault, pkvm.v1.HostStage2FaultEvent.encode({ request: req, ret: r.ret }).finish());
      return r;
    });
  }

  /** Reads wait for the calls before them. */
  read<T>(fn: (h: Hypervisor) => T): Promise<T> {
    return this.serial(() => fn(this.hyp));
  }
}
