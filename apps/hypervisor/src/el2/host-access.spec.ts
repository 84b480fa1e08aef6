import { resolve } from 'node:path';
import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import { ERRNO } from '@pkvm/errno';
import { encodeHypercall } from '@pkvm/hypercalls';
import { PKVM_ID_HOST, PKVM_ID_HYP } from '@pkvm/ownership';
import { PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT } from '@pkvm/pgtable';
import { loadPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { El2IommuPort, PortOutcome, RecordingPort } from './el2-port';
import { hostAccessRanges, HostFaultInput } from './host-access';
import { applyHypEvent, HYP_EVENT } from './hyp-events';
import { Hypervisor } from './hypervisor';

const platform = loadPlatform(resolve(__dirname, '../../../../platforms/small.json'));
const co = kvmHypReserve(summarizePlatform(platform));
const RAM = 0x4000_0000;
const RAM_END = RAM + 0x400_0000;
const SMMU = 0x0905_0000;
const PCIE_MMIO = 0x1000_0000;
const PAGE = 4096;
const OPS = { driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true, smmuArrayPfn: 0, smmuArrayPages: 0, smmus: [] };

/** A port that answers 0 and keeps the SetHostAccess calls. */
function fakePort() {
  const access: [number, number, number][] = [];
  const answer = (call: PortOutcome['call']) => Promise.resolve({ call, ret: 0, detail: '' });
  const port: El2IommuPort = {
    initIommu: () => answer('InitIommu'),
    snapshotHostStage2: () => answer('SnapshotHostStage2'),
    hostStage2Idmap: () => answer('HostStage2Idmap'),
    enableDev: () => answer('EnableDev'),
    disableDev: () => answer('DisableDev'),
    setHostAccess: (s, e, p) => (access.push([s, e, p]), answer('SetHostAccess')),
  };
  return { port, access };
}

/** The service's event log, made in process. */
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
      this.events.push({ type: out.name, payload: pkvm.v1.HvcEvent.encode({ request: { x0: r.x0, args: r.args, cpu }, outcomes: rec.outcomes }).finish() });
    }
    return out;
  }
  fault(f: HostFaultInput) {
    const r = this.hyp.hostStage2Fault(f);
    this.events.push({ type: HYP_EVENT.hostStage2Fault, payload: pkvm.v1.HostStage2FaultEvent.encode({ request: f, ret: r.ret }).finish() });
    return r;
  }
}

async function booted() {
  const f = fakePort();
  const r = new Recorder(f.port);
  expect(await r.hvc('__pkvm_init', [co.base, co.totalPages * PAGE, 1, 0, 48])).toMatchObject({ x0: 0, x1: 0 });
  return { r, access: f.access };
}

describe('host CPU access: the map EL2 pushes to the machine', () => {
  it('nothing before the host stage-2 is installed; the whole map at the first __pkvm_prot_finalize', async () => {
    const { r, access } = await booted();
    expect(access).toEqual([]); // fix_host_ownership and the SMMU MMIO donation fired the hook: not pushed yet
    expect(r.hyp.hostAccessPushed).toBe(false);
    expect(await r.hvc('__pkvm_prot_finalize', [])).toMatchObject({ x0: 0, x1: 0 });
    expect(r.hyp.hostAccessPushed).toBe(true);
    const carveEnd = co.base + co.totalPages * PAGE;
    // one call per range: the platform's MMIO and RAM, the SMMU frames and the carve-out not the host's
    expect(access).toEqual([
      [0x0900_0000, SMMU, PKVM_HOST_MMIO_PROT],
      [SMMU, SMMU + 0x2_0000, 0],
      [SMMU + 0x2_0000, 0x0a00_0000, PKVM_HOST_MMIO_PROT],
      [PCIE_MMIO, PCIE_MMIO + 0x100_0000, PKVM_HOST_MMIO_PROT],
      ...(co.base > RAM ? [[RAM, co.base, PKVM_HOST_MEM_PROT]] : []),
      [co.base, carveEnd, 0],
      ...(carveEnd < RAM_END ? [[carveEnd, RAM_END, PKVM_HOST_MEM_PROT]] : []),
    ]);
    expect(r.hyp.hostAccessCalls).toBe(access.length);
    // the pushed map agrees with EL2's own view of every page
    for (const [s, e, p] of access) for (const pa of [s, e - PAGE]) expect(r.hyp.mp!.hostAccessAt(pa)).toBe(p);
    expect(hostAccessRanges(r.hyp.mp!, platform)).toEqual(access);
    // a second __pkvm_prot_finalize on the CPU is -EPERM and pushes nothing
    expect(await r.hvc('__pkvm_prot_finalize', [])).toMatchObject({ x1: -ERRNO.EPERM });
    expect(r.hyp.hostAccessCalls).toBe(access.length);
  });

  it('then every ownership change is pushed in the same hypercall, one call per range, MMIO donation included', async () => {
    const { r, access } = await booted();
    await r.hvc('__pkvm_prot_finalize', []);
    access.length = 0;
    await r.hvc('__pkvm_host_donate_hyp', [RAM / PAGE, 3]);
    expect(access).toEqual([[RAM, RAM + 3 * PAGE, 0]]);
    await r.hvc('__pkvm_hyp_donate_host', [RAM / PAGE + 1, 1]);
    expect(access.at(-1)).toEqual([RAM + PAGE, RAM + 2 * PAGE, PKVM_HOST_MEM_PROT]);
    await r.hvc('__pkvm_host_donate_hyp_mmio', [PCIE_MMIO / PAGE]); // no IOMMU call, but the CPU loses the page
    expect(access.at(-1)).toEqual([PCIE_MMIO, PCIE_MMIO + PAGE, 0]);
    await r.hvc('__pkvm_hyp_donate_host_mmio', [PCIE_MMIO / PAGE]);
    expect(access.at(-1)).toEqual([PCIE_MMIO, PCIE_MMIO + PAGE, PKVM_HOST_MMIO_PROT]);
    const n = access.length;
    expect(await r.hvc('__pkvm_host_donate_hyp', [RAM / PAGE, 1])).toMatchObject({ x1: -ERRNO.EPERM, record: false }); // refused: no push
    await r.hvc('__pkvm_host_share_hyp', [RAM / PAGE + 100]); // the host stage-2 does not change: no push
    expect(access.length).toBe(n);
  });

  it('handle_host_mem_abort: -EPERM for a page the host does not own (no fix-up), 0/-EAGAIN when the host may access it', async () => {
    const { r } = await booted();
    await r.hvc('__pkvm_prot_finalize', []);
    await r.hvc('__pkvm_host_donate_hyp', [RAM / PAGE, 1]);
    expect(r.fault({ addr: co.base + 8, write: true, length: 4, area: 'mem', hostProt: 0 })).toMatchObject({ seq: 1, ret: -ERRNO.EPERM, owner: PKVM_ID_HYP });
    expect(r.fault({ addr: SMMU + 0x44, write: true, length: 4, area: 'mmio', hostProt: 0 })).toMatchObject({ seq: 2, ret: -ERRNO.EPERM, owner: PKVM_ID_HYP });
    expect(r.fault({ addr: RAM, write: false, length: 8, area: 'mem', hostProt: 0 })).toMatchObject({ ret: -ERRNO.EPERM });
    // the page went back to the host after the machine refused the access: a race, benign
    await r.hvc('__pkvm_hyp_donate_host', [RAM / PAGE, 1]);
    expect(r.fault({ addr: RAM, write: false, length: 8, area: 'mem', hostProt: 0 })).toMatchObject({ ret: 0, owner: PKVM_ID_HOST });
    expect(r.hyp.hostStage2Fault({ addr: 2 ** 47, write: false, length: 1, area: 'mem', hostProt: 0 }).ret).toBe(-ERRNO.ERANGE);
    expect(r.hyp.hostFaultCount).toBe(5);
    // the page's state did not change: the abort fixes nothing up
    expect(r.hyp.mp!.hostAccessAt(co.base)).toBe(0);
  });

  it('replays pushes and faults to the same state hash without an iommu; a different answer is refused', async () => {
    const { r } = await booted();
    await r.hvc('__pkvm_prot_finalize', []);
    await r.hvc('__pkvm_host_donate_hyp', [RAM / PAGE + 5, 2]);
    r.fault({ addr: RAM + 5 * PAGE, write: true, length: 16, area: 'mem', hostProt: 0 });
    await r.hvc('__pkvm_hyp_donate_host', [RAM / PAGE + 5, 2]);
    const again = new Hypervisor(platform);
    for (const e of r.events) await applyHypEvent(again, e.type, e.payload);
    expect(again.stateHash()).toBe(r.hyp.stateHash());
    expect(again.hostFaults).toEqual(r.hyp.hostFaults);
    expect(again.hostAccessCalls).toBe(r.hyp.hostAccessCalls);

    const other = new Hypervisor(platform);
    const i = r.events.findIndex((e) => e.type === HYP_EVENT.hostStage2Fault);
    for (const e of r.events.slice(0, i)) await applyHypEvent(other, e.type, e.payload);
    const ev = pkvm.v1.HostStage2FaultEvent.decode(r.events[i].payload);
    ev.ret = 0;
    await expect(applyHypEvent(other, HYP_EVENT.hostStage2Fault, pkvm.v1.HostStage2FaultEvent.encode(ev).finish())).rejects.toThrow(/replayed to -1, recorded 0/);
  });
});
