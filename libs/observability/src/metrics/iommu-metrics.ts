import { Counter, Gauge, type Registry } from 'prom-client';

/** What the iommu service reads off its machine at each scrape. */
export interface IommuMetricsSource {
  /** After kvm_iommu_init: the EL2 IOMMU pool and the idmap's page-table pages (PGD included). */
  el2(): { poolPages: number; poolFreePages: number; pgtablePages: number } | undefined;
  /** Per SMMU: IOTLB lookups since the machine was built (a restart starts them again; Prometheus sees a reset). */
  iotlb(): readonly { smmu: number; hits: number; misses: number }[];
}

/**
 * The iommu service's gauges, read at scrape time (nothing on the DMA path):
 * - pkvm_iommu_pgtable_pages: page-table pages of the EL2 identity map in use (io-pgtable-arm, PGD included; 0 before init);
 * - pkvm_iommu_pool_pages{state="in_use"|"free"}: the EL2 IOMMU page pool (hyp_pool);
 * - pkvm_iommu_iotlb_lookups_total{smmu,result="hit"|"miss"}: the SMMUv3 model's IOTLB on translated DMA;
 * - pkvm_iommu_iotlb_hit_ratio{smmu}: hits / lookups since start (absent before the first lookup).
 */
export function registerIommuMetrics(registry: Registry, source: IommuMetricsSource): void {
  new Gauge({
    name: 'pkvm_iommu_pgtable_pages',
    help: 'Page-table pages of the EL2 IOMMU identity map in use (PGD included); 0 before kvm_iommu_init',
    registers: [registry],
    collect() {
      this.set(source.el2()?.pgtablePages ?? 0);
    },
  });
  new Gauge({
    name: 'pkvm_iommu_pool_pages',
    help: 'Pages of the EL2 IOMMU pool by state; absent before kvm_iommu_init',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.reset();
      const el2 = source.el2();
      if (!el2) return;
      this.set({ state: 'in_use' }, el2.poolPages - el2.poolFreePages);
      this.set({ state: 'free' }, el2.poolFreePages);
    },
  });
  new Counter({
    name: 'pkvm_iommu_iotlb_lookups_total',
    help: 'IOTLB lookups of translated DMA in the SMMUv3 model, by SMMU and result',
    labelNames: ['smmu', 'result'],
    registers: [registry],
    collect() {
      // The model keeps the running totals; the counter shows them as they are.
      this.reset();
      for (const t of source.iotlb()) {
        this.inc({ smmu: String(t.smmu), result: 'hit' }, t.hits);
        this.inc({ smmu: String(t.smmu), result: 'miss' }, t.misses);
      }
    },
  });
  new Gauge({
    name: 'pkvm_iommu_iotlb_hit_ratio',
    help: 'IOTLB hits / lookups since the machine was built, by SMMU; absent before the first lookup',
    labelNames: ['smmu'],
    registers: [registry],
    collect() {
      this.reset();
      for (const t of source.iotlb()) if (t.hits + t.misses > 0) this.set({ smmu: String(t.smmu) }, t.hits / (t.hits + t.misses));
    },
  });
}
