import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { registerIommuMetrics } from '@pkvm/observability';
import { ServiceRuntime } from '@pkvm/service-host';
import { MachineService } from './machine.service';

/** The iommu's own series on /metrics (libs/observability iommu-metrics.ts), read off the machine at each scrape. */
@Injectable()
export class IommuMetrics implements OnModuleInit {
  constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime, @Inject(MachineService) private readonly svc: MachineService) {}

  onModuleInit(): void {
    registerIommuMetrics(this.rt.metrics.registry, {
      el2: () => {
        const el2 = this.svc.machine?.el2;
        if (!el2) return undefined;
        return { poolPages: el2.pool.nrPages, poolFreePages: el2.pool.freeCount, pgtablePages: el2.pgtable.tableBytes / 4096 };
      },
      iotlb: () => (this.svc.machine?.smmus ?? []).map((d, smmu) => ({ smmu, hits: d.stats.iotlbHits, misses: d.stats.iotlbMisses })),
    });
  }
}
