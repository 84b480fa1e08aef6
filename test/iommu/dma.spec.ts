/**
 * Device DMA through the SMMU over NATS: an enabled device reaches exactly the idmapped pages, a write lands
 * in memory (read back over the mem area), and a DMA to an unmapped page faults with F_TRANSLATION, recorded
 * in the event queue the host programmed (read via the dump area and via mem).
 */
import { pkvm } from '@pkvm/proto';
import { CR0, SmmuReg } from '@pkvm/smmuv3';
import { IommuFixture, SMALL } from './support/iommu-fixture';

const D = pkvm.v1.DmaDirection;
const EVTQ = SMALL.ram + 0x1f0_0000; // the host's event queue page: 32 records of 32 bytes
const SID = 1; // dma-engine

describe('DMA through an enabled device (small platform)', () => {
  const f = new IommuFixture();
  const dma = (iova: number, length: number, dir: 'read' | 'write', data?: Uint8Array, sid = SID) =>
    f.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', {
      smmu: 0, sid, iova, length, direction: dir === 'read' ? D.DMA_DIRECTION_READ : D.DMA_DIRECTION_WRITE, data,
    });

  beforeAll(async () => {
    await f.start();
    await f.boot();
    // The host driver's event queue (arm_smmu_init_queues): EVTQ_BASE, PROD = CONS = 0, then CR0.EVTQEN.
    await f.call('IommuMmioService.Write', { pa: SMALL.smmu + SmmuReg.EVTQ_BASE, width: 8, lo: EVTQ | 5, hi: 0 });
    await f.mmioWrite32(SMALL.smmu + SmmuReg.EVTQ_PROD, 0);
    await f.mmioWrite32(SMALL.smmu + SmmuReg.EVTQ_CONS, 0);
    const cr0 = await f.mmioRead32(SMALL.smmu + SmmuReg.CR0);
    await f.mmioWrite32(SMALL.smmu + SmmuReg.CR0, cr0 | CR0.EVTQEN);
    expect(await f.mmioRead32(SMALL.smmu + SmmuReg.CR0ACK)).toBe(cr0 | CR0.EVTQEN);
  }, 60_000);
  afterAll(() => f.dispose());

  it('faults with C_BAD_STE before enable_dev: every STE is invalid after init', async () => {
    const r = await dma(SMALL.ram, 16, 'read');
    expect(r.ok).toBe(false);
    expect(r.fault!.reason).toBe('C_BAD_STE');
  });

  it('a DMA write lands in RAM and a mem read of that page returns the bytes; a DMA read returns them too', async () => {
    expect((await f.call<pkvm.v1.EnableDevResponse>('IommuEl2Service.EnableDev', { smmu: 0, sid: SID })).ret).toBe(0);
    const pa = SMALL.ram + 0x12_3ff0; // crosses a page boundary: two transactions
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 7 + 3) & 0xff);
    const w = await dma(pa, 64, 'write', bytes);
    expect(w).toMatchObject({ ok: true, completed: 64 });
    const m = await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa, length: 64 });
    expect([...m.data]).toEqual([...bytes]);
    const r = await dma(pa, 64, 'read');
    expect([...r.data]).toEqual([...bytes]);
  });

  it('reaches exactly the idmapped pages: RAM and MMIO yes; carve-out, IOMMU pool and SMMU MMIO no', async () => {
    const probes: [string, number, boolean][] = [
      ['first RAM page', SMALL.ram, true],
      ['last host RAM page', SMALL.pool - 0x1000, true],
      ['first pool page', SMALL.pool, false],
      ['last carve-out page', SMALL.ramEnd - 0x1000, false],
      ['SMMU registers', SMALL.smmu, false],
      ['SMMU page 1', SMALL.smmu + 0x1_0000, false],
      ['platform MMIO', 0x0900_0000, true],
      ['PCIe MMIO', 0x1000_0000, true],
    ];
    const got = [];
    for (const [name, iova] of probes) got.push([name, iova, (await dma(iova, 8, 'read')).ok]);
    expect(got).toEqual(probes);
  });

  it('a DMA to an unmapped page faults with F_TRANSLATION, recorded in the event queue; memory is untouched', async () => {
    const page = SMALL.ram + 0x40_0000;
    await f.call('IommuEl2Service.HostStage2Idmap', { start: page, end: page + 0x1000, kvmProt: 0 }); // donated away
    const before = await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa: page, length: 16 });
    const w = await dma(page - 8, 16, 'write', new Uint8Array(16).fill(0xee));
    expect(w.ok).toBe(false);
    expect(w.completed).toBe(8); // the first page's transaction completed
    expect(w.fault!).toMatchObject({ reason: 'F_TRANSLATION', recorded: true });
    expect(w.fault!.event).toMatchObject({ type: 0x10, typeName: 'F_TRANSLATION', sid: SID, rnw: false, s2: true });
    expect(Number(w.fault!.event!.inputAddr)).toBe(page);
    expect([...(await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa: page, length: 16 })).data]).toEqual([...before.data]);

    const q = await f.call<pkvm.v1.EventsResponse>('IommuDumpService.Events', { smmu: 0 });
    const last = q.events[q.events.length - 1];
    expect(last).toMatchObject({ typeName: 'F_TRANSLATION', sid: SID });
    expect(Number(last.inputAddr)).toBe(page);
    // the same record read as the host would, from RAM: dword0 = type | SID << 32; dword2 = input address
    const prod = await f.mmioRead32(SMALL.smmu + SmmuReg.EVTQ_PROD);
    const slot = EVTQ + ((prod - 1) & 31) * 32;
    const raw = (await f.call<pkvm.v1.ReadMemResponse>('IommuMemService.ReadMem', { pa: slot, length: 32 })).data;
    const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    expect(dv.getUint32(0, true) & 0xff).toBe(0x10);
    expect(dv.getUint32(4, true)).toBe(SID);
    expect(dv.getUint32(16, true) + dv.getUint32(20, true) * 2 ** 32).toBe(page);
  });

  it('a stale IOTLB entry is not used after the unmap (TLBI + SYNC reached the SMMU)', async () => {
    const page = SMALL.ram + 0x50_0000;
    expect((await dma(page, 8, 'read')).ok).toBe(true); // fills the IOTLB
    const info = await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    expect(Number(info.smmus[0].iotlbEntries)).toBeGreaterThan(0);
    await f.call('IommuEl2Service.HostStage2Idmap', { start: page, end: page + 0x1000, kvmProt: 0 });
    expect((await dma(page, 8, 'read')).fault?.reason).toBe('F_TRANSLATION');
  });

  it('a device whose SID was never enabled still faults (C_BAD_STE), and disable_dev cuts an enabled one off', async () => {
    expect((await dma(SMALL.ram, 8, 'read', undefined, 8)).fault?.reason).toBe('C_BAD_STE');
    await f.call('IommuEl2Service.DisableDev', { smmu: 0, sid: SID });
    expect((await dma(SMALL.ram, 8, 'read')).fault?.reason).toBe('C_BAD_STE');
  });
});
