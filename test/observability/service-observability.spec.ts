/**
 * Observability of the four real services (compiled dist/, real NATS, small platform), one stack for the file:
 * /metrics over HTTP on each HEALTH_PORT moves when a hypercall is served, a boot started under one W3C trace id
 * leaves that id in the JSON log lines of all four services, and the saga and IOMMU series follow the boot.
 */
import { functionId } from '@pkvm/hypercalls';
import { pkvm, type AppName } from '@pkvm/proto';
import { traceIdOf } from '@pkvm/transport';
import { StackFixture } from '../boot/support/coordinator-fixture';
import { freePort } from '../support/nats-server';
import { repoRoot } from '../support/service-process';

const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];
const TRACE = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const RAM = 0x4000_0000; // platforms/small.json
const D = pkvm.v1.DmaDirection;

/** The value of one series (labels in any order; the service label is implied) in a scrape, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(/,(?=[a-z_]+=")/).filter((l) => !l.startsWith('service='));
    if (have.length === want.length && want.every((w) => have.includes(w))) return Number(m[3]);
  }
  return 0;
}

describe('observability of the real services (small platform)', () => {
  const f = new StackFixture({ PKVM_PLATFORM: `${repoRoot}/platforms/small.json`, LOG_LEVEL: 'debug', PKVM_LOG_FORMAT: 'json' });
  const ports = new Map<AppName, number>();
  const scrape = async (app: AppName): Promise<string> => {
    const res = await fetch(`http://127.0.0.1:${ports.get(app)}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  const hvc = (name: string, args: number[], traceparent?: string) =>
    f.client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: functionId(name), args }, traceparent ? { traceparent } : {});

  beforeAll(async () => {
    for (const app of APPS) ports.set(app, await freePort());
    await f.start(APPS[0]!, { HEALTH_PORT: String(ports.get(APPS[0]!)) });
    await Promise.all(APPS.slice(1).map((app) => f.start(app, { HEALTH_PORT: String(ports.get(app)) })));
  }, 60_000);
  afterAll(() => f.dispose());

  it('a served hypercall moves its latency histogram; a refused one the errno counter', async () => {
    const pingCount = (t: string) => sample(t, 'pkvm_hypercall_duration_seconds_count', { method: 'IommuService.Ping', function: '' });
    const enodev = (t: string) => sample(t, 'pkvm_hypercall_errors_total', { method: 'IommuEl2Service.EnableDev', function: '', errno: 'ENODEV' });
    const before = await scrape('iommu');
    await f.client.call('IommuService.Ping', { nonce: 'metrics' });
    await expect(f.client.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 1 })).rejects.toMatchObject({ errnoName: 'ENODEV' }); // before kvm_iommu_init
    const after = await scrape('iommu');
    expect(pingCount(after)).toBe(pingCount(before) + 1);
    expect(enodev(after)).toBe(enodev(before) + 1);

    // HypService.Hvc is labelled by SMCCC function; before __pkvm_init EL2 answers SMCCC_RET_NOT_SUPPORTED in x0
    const share = { method: 'HypService.Hvc', function: '__pkvm_host_share_hyp' };
    const hypBefore = await scrape('hypervisor');
    expect(await hvc('__pkvm_host_share_hyp', [RAM / 4096])).toMatchObject({ x0: -1 });
    const hypAfter = await scrape('hypervisor');
    expect(sample(hypAfter, 'pkvm_hypercall_duration_seconds_count', share)).toBe(sample(hypBefore, 'pkvm_hypercall_duration_seconds_count', share) + 1);
    expect(sample(hypAfter, 'pkvm_hypercall_errors_total', { ...share, errno: 'SMCCC_RET_NOT_SUPPORTED' }))
      .toBe(sample(hypBefore, 'pkvm_hypercall_errors_total', { ...share, errno: 'SMCCC_RET_NOT_SUPPORTED' }) + 1);
  });

  it("one boot's trace id is in the JSON log lines of all four services; every line is JSON, served calls name request id and subject", async () => {
    const { bootId } = await f.client.call<pkvm.v1.StartBootResponse>('BootSagaService.StartBoot', {}, { traceparent: TRACE });
    const { boot } = await f.waitBoot(bootId, f.terminal, 90_000);
    expect(boot.outcome?.status).toBe(pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED);
    const traceId = traceIdOf(TRACE);
    const withTrace: Record<string, number> = {};
    for (const app of APPS) {
      const lines = f.processes.get(app)!.log.split('\n').filter((l) => l.trim() !== '');
      const records = lines.map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          throw new Error(`${app} wrote a line that is not JSON: ${l}`);
        }
      });
      for (const r of records) expect(r).toMatchObject({ service: app, level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
      const served = records.filter((r) => String(r.msg).startsWith('served '));
      expect(served.length).toBeGreaterThan(0);
      for (const r of served) expect(r).toMatchObject({ request_id: expect.any(String), subject: expect.stringMatching(/^pkvm\.v1\./), trace_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
      withTrace[app] = records.filter((r) => r.trace_id === traceId).length;
    }
    expect(Object.entries(withTrace).filter(([, n]) => n === 0).map(([app]) => app)).toEqual([]);
    // the coordinator logs its saga steps under the boot's trace
    const steps = f.processes.get('boot-coordinator')!.log.split('\n').filter((l) => l.includes('"outcome":"succeeded"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(s).toMatchObject({ boot_id: bootId, trace_id: traceId });
  });

  it('the saga steps, the IOMMU page tables and the IOTLB show on /metrics after the boot', async () => {
    const coordinator = await scrape('boot-coordinator');
    const { events } = await f.getBoot((await f.client.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {})).boots[0]!.bootId!);
    const succeeded = events.flatMap((e) => (e.type === 'StepSucceeded' ? [e.step] : []));
    expect(succeeded.length).toBeGreaterThan(0);
    for (const step of succeeded) expect([step, sample(coordinator, 'pkvm_boot_saga_steps_total', { step, outcome: 'succeeded' })]).toEqual([step, 1]);

    let iommu = await scrape('iommu');
    expect(sample(iommu, 'pkvm_iommu_pgtable_pages')).toBeGreaterThan(0);
    expect(sample(iommu, 'pkvm_iommu_pool_pages', { state: 'in_use' })).toBeGreaterThanOrEqual(sample(iommu, 'pkvm_iommu_pgtable_pages'));
    const lookups = (t: string, result: string) => sample(t, 'pkvm_iommu_iotlb_lookups_total', { smmu: '0', result });
    const [hits, misses] = [lookups(iommu, 'hit'), lookups(iommu, 'miss')];

    expect(await hvc('__pkvm_iommu_enable_dev', [0, 1])).toMatchObject({ x0: 0, x1: 0 });
    for (let i = 0; i < 2; i++) {
      const r = await f.client.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', { smmu: 0, sid: 1, iova: RAM, length: 16, direction: D.DMA_DIRECTION_READ });
      expect(r.ok).toBe(true);
    }
    iommu = await scrape('iommu');
    expect([lookups(iommu, 'miss') - misses, lookups(iommu, 'hit') - hits]).toEqual([1, 1]);
    expect(sample(iommu, 'pkvm_iommu_iotlb_hit_ratio', { smmu: '0' })).toBeGreaterThan(0);
  });
});
