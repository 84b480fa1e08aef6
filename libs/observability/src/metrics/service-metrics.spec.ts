import { method } from '@pkvm/proto';
import type { ServedCall } from '@pkvm/transport';
import { registerIommuMetrics } from './iommu-metrics';
import { SagaStepMetrics } from './saga-step-metrics';
import { ServiceMetrics } from './service-metrics';

const served = (name: string, over: Partial<ServedCall> = {}): ServedCall => ({
  method: method(name), request: {}, response: {}, requestId: undefined, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  durationMs: 2, replayed: false, ...over,
});

/** The value of one series (`name{a="x",b="y"}`, labels in any order) in the text exposition, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const key = (name: string, labels: string) => `${name}{${labels.split(/,(?=[a-z_]+=")/).filter(Boolean).sort().join(',')}}`;
  const [, wantName, wantLabels] = /^([^{]+)\{?([^}]*)\}?$/.exec(series)!;
  const want = key(wantName, wantLabels);
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (m && key(m[1], m[2] ?? '') === want) return Number(m[3]);
  }
  return undefined;
}

describe('ServiceMetrics', () => {
  it('counts served calls in the latency histogram and refusals by errno', async () => {
    const m = new ServiceMetrics('iommu');
    m.onServed(served('IommuService.Ping'));
    m.onServed(served('IommuService.Ping', { durationMs: 30 }));
    m.onServed(served('IommuEl2Service.EnableDev', { errno: -19 }));
    const { body, contentType } = await m.scrape();
    expect(contentType).toMatch(/^text\/plain/);
    expect(sample(body, 'pkvm_hypercall_duration_seconds_count{service="iommu",method="IommuService.Ping",function=""}')).toBe(2);
    expect(sample(body, 'pkvm_hypercall_duration_seconds_bucket{le="0.0025",service="iommu",method="IommuService.Ping",function=""}')).toBe(1);
    expect(sample(body, 'pkvm_hypercall_duration_seconds_sum{service="iommu",method="IommuService.Ping",function=""}')).toBeCloseTo(0.032);
    expect(sample(body, 'pkvm_hypercall_errors_total{service="iommu",method="IommuEl2Service.EnableDev",function="",errno="ENODEV"}')).toBe(1);
    expect(body).not.toMatch(/pkvm_hypercall_errors_total\{[^}]*IommuService.Ping/);
  });

  it('keeps registries apart: two services in one process do not share series', async () => {
    const a = new ServiceMetrics('iommu');
    const b = new ServiceMetrics('hypervisor');
    a.onServed(served('IommuService.Ping'));
    expect((await b.scrape()).body).not.toContain('IommuService.Ping');
  });

  it('counts saga step outcomes by step and outcome', async () => {
    const m = new ServiceMetrics('boot-coordinator');
    const saga = new SagaStepMetrics(m.registry);
    saga.record('S0', 'succeeded');
    saga.record('S4', 'failed');
    saga.record('S4', 'compensated');
    saga.record('S0', 'succeeded');
    const { body } = await m.scrape();
    expect(sample(body, 'pkvm_boot_saga_steps_total{service="boot-coordinator",step="S0",outcome="succeeded"}')).toBe(2);
    expect(sample(body, 'pkvm_boot_saga_steps_total{service="boot-coordinator",step="S4",outcome="failed"}')).toBe(1);
    expect(sample(body, 'pkvm_boot_saga_steps_total{service="boot-coordinator",step="S4",outcome="compensated"}')).toBe(1);
  });

  it('reads the iommu gauges at scrape time (no pool series before kvm_iommu_init)', async () => {
    const m = new ServiceMetrics('iommu');
    let el2: { poolPages: number; poolFreePages: number; pgtablePages: number } | undefined;
    const tlb = [{ smmu: 0, hits: 0, misses: 0 }];
    registerIommuMetrics(m.registry, { el2: () => el2, iotlb: () => tlb });
    let body = (await m.scrape()).body;
    expect(sample(body, 'pkvm_iommu_pgtable_pages{service="iommu"}')).toBe(0);
    expect(sample(body, 'pkvm_iommu_pool_pages{service="iommu",state="free"}')).toBeUndefined();
    expect(sample(body, 'pkvm_iommu_iotlb_hit_ratio{service="iommu",smmu="0"}')).toBeUndefined();
    el2 = { poolPages: 512, poolFreePages: 500, pgtablePages: 7 };
    tlb[0] = { smmu: 0, hits: 3, misses: 1 };
    body = (await m.scrape()).body;
    expect(sample(body, 'pkvm_iommu_pgtable_pages{service="iommu"}')).toBe(7);
    expect(sample(body, 'pkvm_iommu_pool_pages{service="iommu",state="in_use"}')).toBe(12);
    expect(sample(body, 'pkvm_iommu_pool_pages{service="iommu",state="free"}')).toBe(500);
    expect(sample(body, 'pkvm_iommu_iotlb_lookups_total{service="iommu",smmu="0",result="hit"}')).toBe(3);
    expect(sample(body, 'pkvm_iommu_iotlb_lookups_total{service="iommu",smmu="0",result="miss"}')).toBe(1);
    expect(sample(body, 'pkvm_iommu_iotlb_hit_ratio{service="iommu",smmu="0"}')).toBe(0.75);
    // the running totals, not their sum over scrapes
    tlb[0] = { smmu: 0, hits: 4, misses: 1 };
    body = (await m.scrape()).body;
    expect(sample(body, 'pkvm_iommu_iotlb_lookups_total{service="iommu",smmu="0",result="hit"}')).toBe(4);
  });
});
