import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { SUB_STEPS } from '@pkvm/boot-saga';
import { HypervisorStateService } from './hypervisor-state.service';

/** Sub-steps a fault may name: every __pkvm_init step that can fail (the driver's rollback cannot). */
const FAULTABLE = SUB_STEPS.filter((s) => s.step === 'S4' && s.failable).map((s) => s.id);
/** Sub-steps a crash may name: those EL2 runs on a boot without an errno (libs/boot-saga `crashable`). */
const CRASHABLE = SUB_STEPS.filter((s) => s.crashable.includes('hypervisor')).map((s) => s.id);

/** pkvm.v1.hypervisor.early: the host's writes into EL2 memory before de-privilege (EPERM after). */
@Controller()
export class HypervisorEarlyController {
  constructor(@Inject(HypervisorStateService) private readonly svc: HypervisorStateService) {}

  @Hypercall('HypervisorEarlyService.InstallIommuOps')
  async installIommuOps(@Payload() req: pkvm.v1.InstallIommuOpsRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IInstallIommuOpsResponse> {
    const ops = await this.svc.installIommuOps(ctx, req);
    return { ops: ops ?? undefined };
  }

  @Hypercall('HypervisorEarlyService.SetIommuPoolPages')
  async setIommuPoolPages(@Payload() req: pkvm.v1.SetIommuPoolPagesRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.ISetIommuPoolPagesResponse> {
    return { pages: await this.svc.setIommuPoolPages(ctx, req) };
  }

  @Hypercall('HypervisorEarlyService.ArmInitFault')
  async armInitFault(@Payload() req: pkvm.v1.ArmInitFaultRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IArmInitFaultResponse> {
    const f = await this.svc.armInitFault(ctx, req, FAULTABLE);
    return { subStep: f?.subStep ?? '', errno: f?.errno ?? 0 };
  }

  /**
   * Fault injection (tests): a one-shot SIGKILL at the next call of `at`, or where the next hypercall reaches
   * `sub_step` (no event; allowed after de-privilege).
   */
  @Hypercall('HypervisorEarlyService.ArmCrash')
  async armCrash(@Payload() req: pkvm.v1.ArmCrashRequest): Promise<pkvm.v1.IArmCrashResponse> {
    return { at: await this.svc.armCrash(req, CRASHABLE) };
  }
}
