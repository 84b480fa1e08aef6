import { runService } from '@pkvm/service-host';
import { HostKernelModule } from './host-kernel.module';

void runService('host-kernel', HostKernelModule);
