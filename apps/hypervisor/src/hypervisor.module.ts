import { Module } from '@nestjs/common';
import { HypHvcController } from './hyp-hvc.controller';
import { HypervisorDumpController } from './hypervisor-dump.controller';
import { HypervisorEarlyController } from './hypervisor-early.controller';
import { HypervisorFaultController } from './hypervisor-fault.controller';
import { HypervisorStateService } from './hypervisor-state.service';

/**
 * pKVM at EL2: the hypercall (pkvm.v1.hyp.Hvc), the host's early writes (pkvm.v1.hypervisor.early) and the
 * dumps (pkvm.v1.hypervisor.dump), over the EL2 state in src/el2 folded from `hyp:state`. Ping and Health come
 * from the shared service host.
 */
@Module({
  controllers: [HypHvcController, HypervisorEarlyController, HypervisorDumpController, HypervisorFaultController],
  providers: [HypervisorStateService],
})
export class HypervisorModule {}
