import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { componentName } from '@pkvm/ownership';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { HypervisorStateService } from './hypervisor-state.service';

/**
 * pkvm.v1.hypervisor.fault: the host CPU's stage-2 faults, reported by the machine (apps/iommu) when its mem
 * or mmio area refused a host access (handle_host_mem_abort). Each report is one event on `hyp:state`.
 */
@Controller()
export class HypervisorFaultController {
  constructor(@Inject(HypervisorStateService) private readonly svc: HypervisorStateService) {}

  @Hypercall('HypervisorFaultService.HostStage2Fault')
  async hostStage2Fault(@Payload() req: pkvm.v1.HostStage2FaultRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IHostStage2FaultResponse> {
    const r = await this.svc.hostStage2Fault(ctx, req);
    return { fault: { ...r, owner: componentName(r.owner) } };
  }
}
