import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { MachineService } from './machine.service';

/**
 * pkvm.v1.iommu.mem: the host CPU's RAM accesses (a write is an event, a read is not), checked against the
 * host stage-2 permissions once the hypervisor pushed them (EFAULT, reported to the hypervisor).
 */
@Controller()
export class IommuMemController {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuMemService.ReadMem')
  async readMem(@Payload() req: pkvm.v1.ReadMemRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IReadMemResponse> {
    return { data: await this.svc.hostCpu(ctx, async () => (await this.svc.ready()).readMem(Number(req.pa), req.length)) };
  }

  @Hypercall('IommuMemService.WriteMem')
  async writeMem(@Payload() req: pkvm.v1.WriteMemRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IWriteMemResponse> {
    return { written: await this.svc.hostCpu(ctx, () => this.svc.execute<number>(ctx, 'MemWrite', req)) };
  }
}
