import { runService } from '@pkvm/service-host';
import { IommuModule } from './iommu.module';

void runService('iommu', IommuModule);
