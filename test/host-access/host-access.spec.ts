/**
 * Issue 4, the host-access check, against the real services over NATS (platforms/small.json): apps/hypervisor
 * pushes the host CPU's stage-2 permissions to apps/iommu (pkvm.v1.iommu.el2.SetHostAccess) when the first CPU
 * runs __pkvm_prot_finalize and with every ownership change after it; the machine's mem and mmio areas refuse
 * a host access without the permission (EFAULT, nothing changes) and report it to the hypervisor
 * (pkvm.v1.hypervisor.fault.HostStage2Fault), which records it (handle_host_mem_abort, -EPERM, no fix-up).
 *
 * Run `npx tsc -p tsconfig.build.json` first (the services run from dist/).
 */
import { ERRNO, KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { HypFixture, pfn } from '../hypervisor/support/hyp-fixture';

const RAM = 0x4000_0000;
const PAGE = 0x1000;
const GBPA = 0x44;
const CR0 = 0x20;

describe('host CPU accesses are checked against the host stage-2 (small platform)', () => {
  const f = new HypFixture();
  const smmu = f.platform.smmus[0].base;
  /** A host page the steps below donate to the hypervisor and back. */
  const page = RAM + 0x20_0000;
  const carve = () => f.carveOut.base + 0x10;

  const hypState = () => f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {});
  const faults = async () => (await f.call<pkvm.v1.HostFaultsResponse>('HypervisorDumpService.HostFaults', {})).faults;
  const iommuState = () => f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {});
  const writeMem = (pa: number, data: number[]) => f.call<pkvm.v1.WriteMemResponse>('IommuMemService.WriteMem', { pa, data: Uint8Array.from(data) });
  const readMem = async (pa: number, length: number) => [...(await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa, length })).data];

  /** The KernelError a refused call threw. */
  async function refused(p: Promise<unknown>): Promise<KernelError> {
    try {
      await p;
    } catch (e) {
      if (e instanceof KernelError) return e;
      throw e;
    }
    throw new Error('the access was accepted');
  }

  /** A refused host access: EFAULT naming the address and the permission, no state change, one fault recorded. */
  async function expectFault(access: () => Promise<unknown>, addr: number, write: boolean, area: 'mem' | 'mmio') {
    const before = await iommuState();
    const nFaults = Number((await hypState()).hostFaults);
    const e = await refused(access());
    expect(e.errnoName).toBe('EFAULT');
    expect(e.message).toContain(`0x${addr.toString(16)}`);
    expect(e.message).toContain(`needs ${write ? 'W' : 'R'}`);
    expect(await iommuState()).toEqual(before); // hash and stream version: nothing changed, nothing recorded
    const hs = await hypState();
    expect(Number(hs.hostFaults)).toBe(nFaults + 1);
    expect((await faults()).at(-1)).toMatchObject({ addr, write, area, ret: -ERRNO.EPERM, owner: 'HYP', hostProt: 0 });
  }

  beforeAll(async () => {
    await f.start();
  }, 60_000);
  afterAll(() => f.dispose());

  it('before the host stage-2 is installed, host accesses work (the boot needs them), none is checked', async () => {
    const r = await f.boot(); // host MMIO writes (GBPA) before __pkvm_init
    expect(r).toMatchObject({ x0: 0, x1: 0 });
    // after __pkvm_init (the carve-out and the SMMU frames are EL2's) but before __pkvm_prot_finalize
    expect(await writeMem(carve(), [1, 2, 3, 4])).toMatchObject({ written: 4 });
    expect(await readMem(carve(), 4)).toEqual([1, 2, 3, 4]);
    const gbpa = await f.call<pkvm.v1.ReadResponse>('IommuMmioService.Read', { pa: smmu + GBPA, width: 4 });
    expect(gbpa.lo & (1 << 20)).toBeTruthy(); // ABORT, as the host driver left it
    expect(await hypState()).toMatchObject({ hostAccessPushed: false, hostAccessCalls: 0, hostFaults: 0 });
  });

  it('de-privilege pushes the map in __pkvm_prot_finalize; a host write into the carve-out is refused (EFAULT) and recorded as a fault', async () => {
    expect((await f.deprivilege()).every((x) => x.x0 === 0 && x.x1 === 0)).toBe(true);
    const hs = await hypState();
    expect(hs.hostAccessPushed).toBe(true);
    expect(Number(hs.hostAccessCalls)).toBeGreaterThan(2);
    await expectFault(() => writeMem(carve(), [9, 9]), carve(), true, 'mem');
    await expectFault(() => readMem(carve(), 4), carve(), false, 'mem');
    // a write that starts in host RAM and runs into the carve-out writes nothing
    await expectFault(() => writeMem(f.carveOut.base - 2, [7, 7, 7, 7]), f.carveOut.base, true, 'mem');
    expect(await readMem(f.carveOut.base - 2, 2)).toEqual([0, 0]);
    // host RAM is the host's
    expect(await writeMem(page + 0x100, [5])).toMatchObject({ written: 1 });
  });

  it('a page donated to the hypervisor is refused to the host; given back (__pkvm_hyp_donate_host) the same write succeeds', async () => {
    const before = Number((await hypState()).hostAccessCalls);
    expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(page), 1])).toMatchObject({ x0: 0, x1: 0 });
    expect(Number((await hypState()).hostAccessCalls)).toBe(before + 1); // one call for the range, before the HVC returned
    await expectFault(() => writeMem(page + 8, [0xaa, 0xbb]), page + 8, true, 'mem');
    expect(await f.hvc('__pkvm_hyp_donate_host', [pfn(page), 1])).toMatchObject({ x0: 0, x1: 0 });
    expect(await writeMem(page + 8, [0xaa, 0xbb])).toMatchObject({ written: 2 });
    expect(await readMem(page + 8, 2)).toEqual([0xaa, 0xbb]);
  });

  it('after de-privilege the SMMU register frame donated to the hypervisor is refused to the host CPU', async () => {
    await expectFault(() => f.call('IommuMmioService.Write', { pa: smmu + GBPA, width: 4, lo: 0, hi: 0 }), smmu + GBPA, true, 'mmio');
    await expectFault(() => f.call('IommuMmioService.Read', { pa: smmu + CR0, width: 4 }), smmu + CR0, false, 'mmio');
    const all = await f.call<pkvm.v1.HostFaultsResponse>('HypervisorDumpService.HostFaults', { limit: 2 });
    expect(all.faults.map((x) => x.area)).toEqual(['mmio', 'mmio']);
    expect(Number(all.total)).toBe(6);
  });

  it('both services replay to the same state; the hypervisor replays without the iommu, the iommu keeps refusing', async () => {
    const hypHash = await f.hypHash();
    const iommu = await iommuState();
    await f.iommu.stop();
    await f.restartHyp(); // the iommu is down: the replay of the pushes and the faults must not call it
    expect(await f.hypHash()).toBe(hypHash);
    expect(Number((await hypState()).hostFaults)).toBe(6);
    f.iommu = (await import('../support/service-process')).ServiceProcess.start('iommu', f.env);
    await f.waitReady('IommuService.Ping', f.iommu);
    expect(await iommuState()).toEqual(iommu);
    expect((await refused(writeMem(carve(), [1]))).errnoName).toBe('EFAULT');
    expect(await writeMem(page + 8, [0xcc])).toMatchObject({ written: 1 });
  }, 60_000);
});
