import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { HypervisorStateService } from './hypervisor-state.service';

/** pkvm.v1.hyp.Hvc: the SMCCC hypercall (x0 = function id, x1..x6), answered as the kernel answers it. */
@Controller()
export class HypHvcController {
  constructor(@Inject(HypervisorStateService) private readonly svc: HypervisorStateService) {}

  @Hypercall('HypService.Hvc')
  async hvc(@Payload() req: pkvm.v1.HvcRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IHvcResponse> {
    const r = await this.svc.hvc(ctx, req);
    return { x0: r.x0, x1: r.x1, x2: r.x2, x3: r.x3 };
  }
}
