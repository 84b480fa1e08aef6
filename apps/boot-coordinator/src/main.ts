import { runService } from '@pkvm/service-host';
import { BootCoordinatorModule } from './boot-coordinator.module';

void runService('boot-coordinator', BootCoordinatorModule);
