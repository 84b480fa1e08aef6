import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import type { DmaOutcome } from './machine';
import { MachineService } from './machine.service';
import { wireDma } from './machine-wire';

/** pkvm.v1.iommu.dma: device DMA through the SMMU; every DMA is an event (IOTLB fills, event records). */
@Controller()
export class IommuDmaController {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuDmaService.Dma')
  async dma(@Payload() req: pkvm.v1.DmaRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IDmaResponse> {
    return wireDma(await this.svc.execute<DmaOutcome>(ctx, 'Dma', req));
  }
}
