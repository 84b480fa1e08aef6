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
    return this.svc.hostCpu(ctx, async () => (await this.svc.ready()).mmioRead(Number(req.pa), req.width));
  }

  @Hypercall('IommuMmioService.Write')
  write(@Payload() req: pkvm.v1.WriteRequest, @Ctx() ctx: CallContext): Promise<{ commands: CommandRecord[] }> {
    return this.svc.hostCpu(ctx, () => this.svc.execute(ctx, 'MmioWrite', req));
  }
}
