import { resolve } from 'node:path';
import { kvmHypReserve, SUB_STEPS, summarizePlatform } from '@pkvm/boot-saga';
import { encodeHypercall } from '@pkvm/hypercalls';
import { loadPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { El2IommuPort, PortOutcome, RecordingPort } from './el2-port';
import { applyHypEvent } from './hyp-events';
import { Hypervisor } from './hypervisor';
import { divideMemoryPool } from './pkvm-init';

const platform = loadPlatform(resolve(__dirname, '../../../../platforms/small.json'));
const co = kvmHypReserve(summarizePlatform(platform));
const RAM = 0x4000_0000;

/** A port that answers every call with `ret` (per call kind) and counts the idmap calls. */
function fakePort(rets: Partial<Record<PortOutcome['call'], number>> = {}) {
  const idmap: [number, number, number][] = [];
  const answer = (call: PortOutcome['call']) => Promise.resolve({ call, ret: rets[call] ?? 0, detail: '' });
  const port: El2IommuPort = {
    initIommu: () => answer('InitIommu'),
    snapshotHostStage2: () => answer('SnapshotHostStage2'),
    hostStage2Idmap: (s, e, p) => (idmap.push([s, e, p]), answer('HostStage2Idmap')),
    enableDev: () => answer('EnableDev'),
    disableDev: () => answer('DisableDev'),
    setHostAccess: () => answer('SetHostAccess'),
  };
  return { port, idmap };
}

const OPS = { driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true, smmuArrayPfn: 0, smmuArrayPages: 0, smmus: [] };

/** A live run that keeps the events as the service stores them. */
class Recorder {
  readonly hyp = new Hypervisor(platform);
  readonly events: { type: string; payload: Uint8Array }[] = [];
  constructor(private readonly port: El2IommuPort) {
    this.hyp.installIommuOps(OPS);
    this.events.push({ type: 'InstallIommuOps', payload: pkvm.v1.InstallIommuOpsRequest.encode(OPS).finish() });
    this.hyp.setIommuPoolPages(co.iommuPages);
    this.events.push({ type: 'SetIommuPoolPages', payload: pkvm.v1.SetIommuPoolPagesRequest.encode({ pages: co.iommuPages }).finish() });
  }
  async hvc(name: string, args: number[], cpu = 0) {
    const r = encodeHypercall(name, args);
    const rec = new RecordingPort(this.port);
    const out = await this.hyp.hvc({ x0: r.x0, args: r.args, cpu }, rec);
    if (out.record) {
      this.events.push({
        type: out.name,
        payload: pkvm.v1.HvcEvent.encode({ request: { x0: r.x0, args: r.args, cpu }, outcomes: rec.outcomes }).finish(),
      });
    }
    return out;
  }
}

describe('Hypervisor (EL2 domain, fake iommu port)', () => {
  it('reaches every sub-step a crash may name, in the kernel order, each before its iommu call (subStepReached)', async () => {
    const calls: string[] = [];
    const { port } = fakePort();
    const logged: El2IommuPort = {
      ...port,
      initIommu: (...a) => (calls.push('InitIommu'), port.initIommu(...a)),
      snapshotHostStage2: (l) => (calls.push('SnapshotHostStage2'), port.snapshotHostStage2(l)),
    };
    const r = new Recorder(logged);
    r.hyp.subStepReached = (subStep, cpu) => calls.push(`${subStep}@${cpu}`);
    await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48]);
    await r.hvc('__pkvm_prot_finalize', [], 0);
    const crashable = SUB_STEPS.filter((d) => d.crashable.includes('hypervisor')).map((d) => `${d.id}@0`);
    expect(calls.filter((c) => c.includes('@'))).toEqual(crashable);
    // the crash points around the iommu calls: g3.2 before InitIommu, g3.4 after it; g4 before the snapshot, h after
    const at = (x: string) => calls.indexOf(x);
    expect(at('g3.2:smmu_init_device@0')).toBeLessThan(at('InitIommu'));
    expect(at('InitIommu')).toBeLessThan(at('g3.4:smmu_init_pgt@0'));
    expect(at('g4:iommu_snapshot@0')).toBeLessThan(at('SnapshotHostStage2'));
    expect(at('SnapshotHostStage2')).toBeLessThan(at('h:hyp_ffa_init@0'));
  });

  it('ignores the idmap hook until the snapshot ran, then makes one call per range', async () => {
    const { port, idmap } = fakePort();
    const r = new Recorder(port);
    expect(await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48])).toMatchObject({ x0: 0, x1: 0 });
    expect(idmap).toEqual([]); // fix_host_ownership went through the hook before kvm_iommu_init: ignored
    expect(r.hyp.ownerChanges[0]).toMatchObject({ call: 'fix_host_ownership', iommuNotified: true, idmapInitialized: false });
    await r.hvc('__pkvm_host_donate_hyp', [RAM / 4096, 3]);
    expect(idmap).toEqual([[RAM, RAM + 3 * 4096, 0]]);
  });

  it('case 16 (EL2 side): an idmap failure (pool exhausted) never reaches the host', async () => {
    const r = new Recorder(fakePort({ HostStage2Idmap: -12 }).port);
    await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48]);
    expect(await r.hvc('__pkvm_host_donate_hyp', [RAM / 4096, 1])).toMatchObject({ x0: 0, x1: 0, record: true });
    expect(await r.hvc('__pkvm_hyp_donate_host', [RAM / 4096, 1])).toMatchObject({ x0: 0, x1: 0 });
    expect(await r.hvc('__kvm_vcpu_run', [0])).toMatchObject({ x0: 0, x1: 0, record: false });
  });

  it('initialised iff the snapshot succeeded (the posted code has the flag inverted)', async () => {
    const { port } = fakePort({ SnapshotHostStage2: -12 });
    const r = new Recorder(port);
    expect(await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48])).toMatchObject({ x1: -12 });
    expect(r.hyp.idmapInitialized).toBe(false);
    expect(r.hyp.initSteps.at(-1)).toMatchObject({ subStep: 'g4:iommu_snapshot', ret: -12 });
  });

  it('case 17 (EL2 side): the IOMMU slice is carved last with hyp_kvm_iommu_pages; none when the count is 0', () => {
    const s = divideMemoryPool(platform, co.base, co.totalPages * 4096, co.iommuPages);
    if (typeof s === 'number') throw new Error(String(s));
    expect(s.iommu).toEqual({ base: co.base + (co.totalPages - co.iommuPages) * 4096, pages: co.iommuPages });
    expect(s.hostS2.pages).toBe(568); // 64 MiB: __hyp_pgtable_max_pages(16384) = 36, + 16 + 516
    const none = divideMemoryPool(platform, co.base, co.totalPages * 4096, 0);
    expect(typeof none !== 'number' && none.iommu).toEqual({ base: 0, pages: 0 });
  });

  it('divide_memory_pool: a carve-out one page short is -ENOMEM', async () => {
    const r = new Recorder(fakePort().port);
    expect(await r.hvc('__pkvm_init', [co.base, (co.totalPages - 1) * 4096, 1, 0, 48])).toMatchObject({ x1: -12 });
    expect(r.hyp.initSteps.at(-1)).toMatchObject({ subStep: '2:divide_memory_pool', ret: -12 });
  });

  it('replays its events to the same state hash, through the same code', async () => {
    const r = new Recorder(fakePort().port);
    await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48]);
    await r.hvc('__pkvm_prot_finalize', []);
    await r.hvc('__pkvm_host_share_hyp', [RAM / 4096 + 1]);
    const vm = await r.hvc('__pkvm_init_vm', [1, 1, 1]);
    await r.hvc('__pkvm_init_vcpu', [vm.x1, RAM / 4096 + 1]);
    await r.hvc('__pkvm_vcpu_load', [vm.x1, 0, 0]);
    await r.hvc('__pkvm_host_donate_guest', [RAM / 4096 + 2, 0x40]);
    await r.hvc('__pkvm_host_donate_hyp', [RAM / 4096 + 3, 2]);
    await r.hvc('__pkvm_host_donate_hyp_mmio', [0x1000_0000 / 4096]);
    await r.hvc('__pkvm_iommu_enable_dev', [0, 1]);
    expect(await r.hvc('__pkvm_host_donate_hyp', [RAM / 4096 + 3, 1])).toMatchObject({ x1: -1, record: false });

    const replayed = new Hypervisor(platform);
    for (const e of r.events) await applyHypEvent(replayed, e.type, e.payload);
    expect(replayed.stateHash()).toBe(r.hyp.stateHash());
    expect(replayed.memMap(RAM, RAM + 0x10_000)).toEqual(r.hyp.memMap(RAM, RAM + 0x10_000));
  });

  it('a vCPU that was put can be loaded again, and its VM torn down', async () => {
    const r = new Recorder(fakePort().port);
    await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48]);
    await r.hvc('__pkvm_prot_finalize', []);
    await r.hvc('__pkvm_host_share_hyp', [RAM / 4096 + 1]);
    const vm = await r.hvc('__pkvm_init_vm', [1, 0, 1]);
    expect(await r.hvc('__pkvm_init_vcpu', [vm.x1, RAM / 4096 + 1])).toMatchObject({ x1: 0 });
    await r.hvc('__pkvm_vcpu_load', [vm.x1, 0, 0]);
    expect(await r.hvc('__pkvm_teardown_vm', [vm.x1])).toMatchObject({ x1: -16 }); // EBUSY while loaded
    await r.hvc('__pkvm_vcpu_put', []);
    await r.hvc('__pkvm_vcpu_load', [vm.x1, 0, 0]);
    expect(r.hyp.loaded.get(0)).toEqual({ handle: vm.x1, idx: 0 });
    await r.hvc('__pkvm_vcpu_put', []);
    expect(await r.hvc('__pkvm_teardown_vm', [vm.x1])).toMatchObject({ x1: 0 });
  });

  it('a replay that would make a different iommu call is refused', async () => {
    const r = new Recorder(fakePort().port);
    await r.hvc('__pkvm_init', [co.base, co.totalPages * 4096, 1, 0, 48]);
    const ev = pkvm.v1.HvcEvent.decode(r.events[2].payload);
    ev.outcomes = ev.outcomes.slice(0, 1);
    const other = new Hypervisor(platform);
    for (const e of r.events.slice(0, 2)) await applyHypEvent(other, e.type, e.payload);
    await expect(applyHypEvent(other, '__pkvm_init', pkvm.v1.HvcEvent.encode(ev).finish())).rejects.toThrow(/replay diverged/);
  });
});
