import { Module } from '@nestjs/common';
import { IommuDmaController } from './iommu-dma.controller';
import { IommuDumpController } from './iommu-dump.controller';
import { IommuEl2Controller } from './iommu-el2.controller';
import { IommuIsolationController } from './iommu-isolation.controller';
import { IommuMetrics } from './iommu-metrics';
import { IommuMemController } from './iommu-mem.controller';
import { IommuMmioController } from './iommu-mmio.controller';
import { MachineService } from './machine.service';

/**
 * The iommu service: the machine (memory, SMMUs, EL2 SMMUv3 driver) as a fold of its event stream, served on
 * pkvm.v1.iommu.{el2,mmio,mem,dma,dump}. Ping and Health come from the shared service host.
 */
@Module({
  controllers: [IommuEl2Controller, IommuMmioController, IommuMemController, IommuDmaController, IommuDumpController, IommuIsolationController],
  providers: [MachineService, IommuMetrics],
})
export class IommuModule {}
