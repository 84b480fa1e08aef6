/**
 * Event sourcing: the machine is a fold of its event stream. After SIGKILL the restarted iommu service
 * replays the stream and reaches the same StateHash (frames and model state), then goes on appending.
 */
import { pkvm } from '@pkvm/proto';
import { CR0, SmmuReg } from '@pkvm/smmuv3';
import { ServiceProcess } from '../support/service-process';
import { IommuFixture, RW_MEM, SMALL } from './support/iommu-fixture';

const D = pkvm.v1.DmaDirection;

describe('restart after SIGKILL (small platform)', () => {
  const f = new IommuFixture();
  beforeAll(() => f.start(), 60_000);
  afterAll(() => f.dispose());

  const info = () => f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});

  it('replays to an identical StateHash and stream version, and continues the stream', async () => {
    await f.boot();
    await f.call('IommuMmioService.Write', { pa: SMALL.smmu + SmmuReg.EVTQ_BASE, width: 8, lo: (SMALL.ram + 0x1f0_0000) | 4, hi: 0 });
    await f.mmioWrite32(SMALL.smmu + SmmuReg.CR0, (await f.mmioRead32(SMALL.smmu + SmmuReg.CR0)) | CR0.EVTQEN);
    for (const sid of [1, 8]) await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid });
    await f.call('IommuMemService.WriteMem', { pa: SMALL.ram + 0x9000, data: Uint8Array.from({ length: 100 }, (_, i) => i) });
    await f.call('IommuDmaService.Dma', { smmu: 0, sid: 1, iova: SMALL.ram + 0xa000, length: 300, direction: D.DMA_DIRECTION_WRITE, data: new Uint8Array(300).fill(0x5a) });
    await f.call('IommuDmaService.Dma', { smmu: 0, sid: 8, iova: SMALL.ram + 0x9000, length: 64, direction: D.DMA_DIRECTION_READ }); // IOTLB fill only
    await f.call('IommuEl2Service.HostStage2Idmap', { start: SMALL.ram + 0x20_0000, end: SMALL.ram + 0x22_0000, kvmProt: 0 });
    await f.call('IommuDmaService.Dma', { smmu: 0, sid: 8, iova: SMALL.ram + 0x20_0000, length: 8, direction: D.DMA_DIRECTION_READ }); // fault record
    await f.call('IommuEl2Service.HostStage2Idmap', { start: SMALL.ram + 0x21_0000, end: SMALL.ram + 0x21_1000, kvmProt: RW_MEM });
    await f.call('IommuEl2Service.DisableDev', { smmu: 0, sid: 8 });

    const before = await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {});
    const beforeInfo = await info();
    expect(Number(before.version)).toBe(14); // GBPA, init, snapshot, 2 mmio, 2 enable, mem, 3 DMA, 2 idmap, disable
    expect(Number(beforeInfo.smmus[0].eventsWritten)).toBe(1);

    await f.restart('SIGKILL');
    const after = await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {});
    expect(after).toEqual(before);
    expect(f.service.log).toMatch(/replayed 14 events/);
    const afterInfo = await info();
    expect(afterInfo.toJSON()).toEqual(beforeInfo.toJSON()); // no snapshot here (one every 10000 events)

    // the next accepted call appends at version 15 (no conflict with the replayed stream)
    const r = await f.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', { smmu: 0, sid: 1, iova: SMALL.ram + 0xa000, length: 4, direction: D.DMA_DIRECTION_READ });
    expect([...r.data]).toEqual([0x5a, 0x5a, 0x5a, 0x5a]);
    expect(Number((await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).version)).toBe(15);
  }, 60_000);

  it('a standby that takes the writer lease over catches up with the events written after its start', async () => {
    const standby = ServiceProcess.start('iommu', f.env); // same store, waits for the lease
    try {
      // it replays the stream as it is at its start, then waits for the lease
      const versionAtStart = Number((await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).version);
      for (let t = 0; !/replayed \d+ events/.test(standby.log); t++) {
        if (t > 200) throw new Error(`standby did not start:\n${standby.log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(standby.log).toContain(`replayed ${versionAtStart} events`);
      for (let i = 0; i < 5; i++) {
        await f.call('IommuDmaService.Dma', { smmu: 0, sid: 1, iova: SMALL.ram + 0xb000 + i * 0x1000, length: 16, direction: D.DMA_DIRECTION_WRITE, data: new Uint8Array(16).fill(i + 1) });
      }
      await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 9 });
      const before = await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {});
      await f.service.stop('SIGKILL');
      f.service = standby;
      await f.waitReady();
      expect(await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).toEqual(before);
      const r = await f.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', { smmu: 0, sid: 9, iova: SMALL.ram + 0xf000, length: 16, direction: D.DMA_DIRECTION_READ });
      expect([...r.data]).toEqual(new Array(16).fill(5));
    } finally {
      if (f.service !== standby) await standby.stop();
    }
  }, 60_000);
});

describe('restart from a snapshot (small platform, a snapshot every 5 events)', () => {
  const f = new IommuFixture(SMALL.file, { PKVM_IOMMU_SNAPSHOT_EVERY: '5' });
  beforeAll(() => f.start(), 60_000);
  afterAll(() => f.dispose());

  it('restores the newest snapshot, replays only the tail, and reaches the same StateHash', async () => {
    await f.boot(); // v3
    for (const sid of [1, 8]) await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid }); // v5: snapshot
    for (let i = 0; i < 6; i++) {
      await f.call('IommuDmaService.Dma', { smmu: 0, sid: 1 + 7 * (i % 2), iova: SMALL.ram + i * 0x3000, length: 200, direction: D.DMA_DIRECTION_WRITE, data: new Uint8Array(200).fill(i) });
    } // v11: snapshot at v10
    await f.call('IommuEl2Service.HostStage2Idmap', { start: SMALL.ram + 0x3000, end: SMALL.ram + 0x4000, kvmProt: 0 }); // v12
    const before = await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {});
    expect(Number(before.version)).toBe(12);
    // the snapshot is written in the background after its commit
    for (let t = 0; Number((await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {})).lastSnapshot) !== 10; t++) {
      if (t > 100) throw new Error('no snapshot at v10');
      await new Promise((r) => setTimeout(r, 50));
    }

    await f.restart('SIGKILL');
    expect(f.service.log).toMatch(/restored snapshot at v10/);
    expect(f.service.log).toMatch(/replayed 2 events/);
    expect(await f.call<pkvm.v1.StateHashResponse>('IommuDumpService.StateHash', {})).toEqual(before);
    const r = await f.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', { smmu: 0, sid: 8, iova: SMALL.ram + 0x3000, length: 8, direction: D.DMA_DIRECTION_READ });
    expect(r.fault?.reason).toBe('F_TRANSLATION'); // the tail's unmap was replayed on top of the snapshot
  }, 60_000);
});
