import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import type { CommandRecord } from './machine';
import { MachineService } from './machine.service';

/** pkvm.v1.iommu.mmio: the host CPU's loads and stores to SMMU registers (a write is an event, a read is not). */
@Controller()
export class IommuMmioController {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuMmioService.Read')
  async read(@Payload() req: pkvm.v1.ReadRequest): Promise<pkvm.v1.IReadResponse> {
    return (await this.svc.ready()).mmioRead(Number(req.pa), req.width);
  }

  @Hypercall('IommuMmioService.Write')
  write(@Payload() req: pkvm.v1.WriteRequest, @Ctx() ctx: CallContext): Promise<{ commands: CommandRecord[] }> {
    return this.svc.execute(ctx, 'MmioWrite', req);
  }
}
