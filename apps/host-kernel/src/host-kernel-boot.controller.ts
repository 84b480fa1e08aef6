import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { isSubStepId, SUB_STEPS, subStepDefinition } from '@pkvm/boot-saga';
import type { SubStepId } from '@pkvm/boot-saga';
import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { bootSteps, canonicalJson, driverFromWire, driverToWire, eventToWire, KernelEvent, RegistrationRequest } from './kernel';
import { HostKernelStateService } from './host-kernel-state.service';

/** The EL2 sub-steps of `step` where the hypervisor can be told to die (libs/boot-saga `crashable`). */
const hypervisorCrashSubSteps = (step: 'S4' | 'S6'): readonly string[] =>
  SUB_STEPS.filter((d) => d.step === step && d.crashable.includes('hypervisor')).map((d) => d.id);

/** A test errno: 0 or negative (the kernel's convention); anything else is a malformed request. */
function errnoArg(name: string, v: number | null | undefined): number {
  const n = v ?? 0;
  if (!Number.isInteger(n) || n > 0 || n < -4095) throw KernelError.of('EINVAL', `${name} must be 0 or a negative errno, got ${n}`);
  return n;
}

function registration(req: pkvm.v1.RegisterDriverRequest): RegistrationRequest {
  const driver = driverFromWire(req.driver);
  if (!driver) throw KernelError.of('EINVAL', 'RegisterDriver: driver must be SMMU_V3, TEST or NONE');
  return {
    driver,
    testInitErrno: errnoArg('test_init_errno', req.testInitErrno),
    testRemoveErrno: errnoArg('test_remove_errno', req.testRemoveErrno),
    missingKernOps: !!req.missingKernOps,
    missingEl2Ops: !!req.missingEl2Ops,
    testEl2WithoutIdmap: !!req.testEl2WithoutIdmap,
    injectErrno: errnoArg('inject_errno', req.injectErrno),
  };
}

/**
 * pkvm.v1.host.boot: one handler per boot step (PKVM.md §2.3). Each answers with the step's event, i.e. the
 * kernel function's result in `ret`; refusals (malformed requests, a step that cannot run again) are KernelError.
 */
@Controller()
export class HostKernelBootController {
  constructor(@Inject(HostKernelStateService) private readonly svc: HostKernelStateService) {}

  private async step(
    ctx: CallContext,
    f: Parameters<HostKernelStateService['run']>[1],
    req: {
      crashBeforeCommit?: boolean | null;
      crashService?: string | null;
      crashAt?: string | null;
      crashSubStep?: string | null;
      backgroundCrashService?: string | null;
    } = {},
    subStepsOf?: 'S4' | 'S6',
  ): Promise<Record<string, unknown>> {
    const subStep = req.crashSubStep ?? '';
    const crashable = subStepsOf ? hypervisorCrashSubSteps(subStepsOf) : [];
    if (subStep && (req.crashService !== 'hypervisor' || !crashable.includes(subStep)))
      throw KernelError.of('EINVAL', `crash_sub_step: ${JSON.stringify(subStep)} needs crash_service hypervisor and one of this step's sub-steps (${crashable.join(', ') || 'none'})`);
    if (req.backgroundCrashService && req.crashService) throw KernelError.of('EINVAL', 'crash_service and background_crash_service: give one');
    const e: KernelEvent = await this.svc.run(ctx, f, {
      crashBeforeCommit: !!req.crashBeforeCommit,
      ...(req.crashService ? { crashService: req.crashService, crashAt: req.crashAt ?? '', ...(subStep ? { crashSubStep: subStep } : {}) } : {}),
      ...(req.backgroundCrashService ? { backgroundCrashService: req.backgroundCrashService } : {}),
    });
    return eventToWire(e);
  }

  @Hypercall('HostKernelBootService.ReserveCarveout')
  reserveCarveout(@Payload() req: pkvm.v1.ReserveCarveoutRequest, @Ctx() ctx: CallContext) {
    const injectErrno = errnoArg('inject_errno', req.injectErrno);
    return this.step(ctx, (d) => bootSteps.reserveCarveout(d, { nvheDebug: !!req.nvheDebug, injectErrno }), req);
  }

  @Hypercall('HostKernelBootService.RegisterDriver')
  registerDriver(@Payload() req: pkvm.v1.RegisterDriverRequest, @Ctx() ctx: CallContext) {
    const r = registration(req);
    return this.step(ctx, (d) => bootSteps.registerDriver(d, r), req);
  }

  @Hypercall('HostKernelBootService.CreateHypMappings')
  createHypMappings(@Payload() req: pkvm.v1.CreateHypMappingsRequest, @Ctx() ctx: CallContext) {
    const injectErrno = errnoArg('inject_errno', req?.injectErrno);
    return this.step(ctx, (d) => bootSteps.createHypMappings(d, { injectErrno }), req ?? {});
  }

  @Hypercall('HostKernelBootService.InitIommuDriver')
  initIommuDriver(@Payload() req: pkvm.v1.InitIommuDriverRequest, @Ctx() ctx: CallContext) {
    const injectErrno = errnoArg('inject_errno', req?.injectErrno);
    return this.step(ctx, (d) => bootSteps.initIommuDriver(d, { injectErrno }), req ?? {});
  }

  @Hypercall('HostKernelBootService.PkvmInit')
  pkvmInit(@Payload() req: pkvm.v1.PkvmInitRequest, @Ctx() ctx: CallContext) {
    const injectErrno = errnoArg('inject_errno', req.injectErrno);
    const injectSubStep = req.injectSubStep ?? '';
    if (injectSubStep && !isSubStepId(injectSubStep)) throw KernelError.of('EINVAL', `inject_sub_step: unknown sub-step ${JSON.stringify(injectSubStep)}`);
    const def = injectSubStep ? subStepDefinition(injectSubStep as SubStepId) : undefined;
    if (def && (def.step !== 'S4' || !def.failable || injectErrno === 0))
      throw KernelError.of('EINVAL', `inject_sub_step: ${injectSubStep} is not a failable __pkvm_init sub-step, or inject_errno is 0`);
    return this.step(ctx, (d) => bootSteps.pkvmInit(d, { hypVaBits: req.hypVaBits ?? 0, ...(injectSubStep ? { injectSubStep, injectErrno } : {}) }), req, 'S4');
  }

  @Hypercall('HostKernelBootService.FreeHypPgds')
  freeHypPgds(@Payload() req: pkvm.v1.FreeHypPgdsRequest, @Ctx() ctx: CallContext) {
    return this.step(ctx, (d) => bootSteps.freeHypPgds(d), req ?? {});
  }

  @Hypercall('HostKernelBootService.Deprivilege')
  deprivilege(@Payload() req: pkvm.v1.DeprivilegeRequest, @Ctx() ctx: CallContext) {
    const protFinalizeErrno = errnoArg('inject_prot_finalize_errno', req?.injectProtFinalizeErrno);
    const protFinalizeCpu = req?.injectProtFinalizeCpu ?? 0;
    return this.step(ctx, (d) => bootSteps.deprivilege(d, { protFinalizeErrno, protFinalizeCpu }), req ?? {}, 'S6');
  }

  @Hypercall('HostKernelBootService.RemoveIommuDriver')
  removeIommuDriver(@Payload() req: pkvm.v1.RemoveIommuDriverRequest, @Ctx() ctx: CallContext) {
    return this.step(ctx, (d) => bootSteps.removeIommuDriver(d), req ?? {});
  }

  @Hypercall('HostKernelBootService.KernelStatus')
  async kernelStatus(): Promise<pkvm.v1.IKernelStatusResponse> {
    const s = await this.svc.ready();
    return {
      platform: this.svc.platform.name,
      version: this.svc.version,
      hypMemBase: s.carveOut?.hypMemBase ?? 0,
      hypMemSize: s.carveOut?.hypMemSize ?? 0,
      iommuPages: s.carveOut?.iommuPages ?? 0,
      driver: driverToWire(s.driver?.kind),
      el2Ops: s.el2Ops ?? '',
      deprivileged: s.deprivileged,
      removeCalls: s.removeCalls,
      warnings: [...s.warnings],
      log: [...s.log],
      smmus: s.smmus.map((m) => ({ ...m })),
      stateJson: canonicalJson(s),
    };
  }
}
