import { runService } from '@pkvm/service-host';
import { HypervisorModule } from './hypervisor.module';

void runService('hypervisor', HypervisorModule);
