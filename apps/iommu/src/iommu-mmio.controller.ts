import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import type { CommandRecord } from './machine';
import { MachineService } from './machine.service';

/**
 * pkvm.v1.iommu.mmio: the host CPU's loads and stores to SMMU registers (a write is an event, a read is not),
 * checked against the host stage-2 permissions once pushed: after de-privilege the SMMU frames donated to the
 * hypervisor fault (EFAULT, reported to the hypervisor).
 */
@Controller()
export class IommuMmioController {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuMmioService.Read')
  read(@Payload() req: pkvm.v1.ReadRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IReadResponse> {
    this.svc.crashPoint('IommuMmioService.Read');
    return this.svc.hostCpu(ctx, async () => (await this.svc.ready()).mmioRead(Number(req.pa), req.width));
  }

  @Hypercall('IommuMmioService.Write')
  write(@Payload() req: pkvm.v1.WriteRequest, @Ctx() ctx: CallContext): Promise<{ commands: CommandRecord[] }> {
    this.svc.crashPoint('IommuMmioService.Write');
    return this.svc.hostCpu(ctx, () => this.svc.execute(ctx, 'MmioWrite', req));
  }

  /**
   * Fault injection (tests): a one-shot SIGKILL at the next call of `at` (e.g. "IommuMmioService" or
   * "IommuEl2Service.InitIommu"), before that call changes anything; no event.
   */
  @Hypercall('IommuMmioService.ArmCrash')
  armCrash(@Payload() req: pkvm.v1.ArmCrashRequest): pkvm.v1.IArmCrashResponse {
    return { at: this.svc.armCrash(req) };
  }
}
