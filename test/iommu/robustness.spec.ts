/**
 * Refusals over NATS: malformed protobuf bodies and out-of-range arguments get EINVAL (or the errno the kernel
 * gives), the service goes on serving, and neither the StateHash nor the stream version moves.
 */
import { pkvm } from '@pkvm/proto';
import { decodeReply, subjectFor } from '@pkvm/transport';
import { IommuFixture, SMALL } from './support/iommu-fixture';

const D = pkvm.v1.DmaDirection;

describe('refused calls change nothing (small platform)', () => {
  const f = new IommuFixture();
  const version = async () => Number((await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {})).version);

  /** Each refusal: its errno, and the hash and version unchanged after it. */
  async function expectRefusals(cases: [string, object, string][]): Promise<void> {
    const h = await f.hash();
    const v = await version();
    const got: string[] = [];
    for (const [method, req] of cases) {
      got.push(`${method} ${JSON.stringify(req).slice(0, 60)} -> ${await f.refusal(method, req)}`);
      expect(await f.hash()).toBe(h);
    }
    expect(got).toEqual(cases.map(([method, req, errno]) => `${method} ${JSON.stringify(req).slice(0, 60)} -> ${errno}`));
    expect(await version()).toBe(v);
  }

  beforeAll(() => f.start(), 60_000);
  afterAll(() => f.dispose());

  it('answers a malformed protobuf body with EINVAL and goes on serving', async () => {
    const h = await f.hash();
    const nc = f.client.connection;
    for (const [method, body] of [
      ['pkvm.v1.iommu.el2.EnableDev', Uint8Array.of(0x08, 0xff)], // truncated varint
      ['pkvm.v1.iommu.dma.Dma', Uint8Array.of(0x32, 0x10, 1, 2)], // bytes field longer than the message
      ['pkvm.v1.iommu.mem.WriteMem', Uint8Array.of(0x0f)], // wire type 7
    ] as const) {
      const msg = await nc.request(subjectFor(f.prefix, method), body, { timeout: 5000 });
      const reply = decodeReply(msg.data);
      expect(reply.error?.errnoName).toBe('EINVAL');
      expect(reply.error?.message).toMatch(/malformed/);
    }
    expect((await f.call<pkvm.v1.PingResponse>('IommuService.Ping', { nonce: 'still' })).nonce).toBe('still');
    expect(await f.hash()).toBe(h);
  });

  it('refuses bad arguments before kvm_iommu_init', async () => {
    await expectRefusals([
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize }, 'EINVAL'], // GBPA not ABORT yet
      ['IommuEl2Service.EnableDev', { smmu: 0, sid: 1 }, 'ENODEV'],
      ['IommuEl2Service.SnapshotHostStage2', { leaves: [] }, 'ENODEV'],
      ['IommuEl2Service.HostStage2Idmap', { start: 0x1001, end: 0x2000, kvmProt: 7 }, 'EINVAL'],
      ['IommuEl2Service.HostStage2Idmap', { start: 0x1000, end: 0x2000, kvmProt: 8 }, 'EINVAL'],
      ['IommuEl2Service.HostStage2Idmap', { start: 0x3000, end: 0x2000, kvmProt: 0 }, 'EINVAL'],
      ['IommuMmioService.Write', { pa: SMALL.ram, width: 4, lo: 1 }, 'EINVAL'], // not an SMMU
      ['IommuMmioService.Write', { pa: SMALL.smmu + 0x44, width: 3, lo: 1 }, 'EINVAL'],
      ['IommuMmioService.Write', { pa: SMALL.smmu + 0x46, width: 4, lo: 1 }, 'EINVAL'], // unaligned
      ['IommuMmioService.Write', { pa: SMALL.smmu + 0x44, width: 4, lo: 1, hi: 1 }, 'EINVAL'], // hi on a 32-bit write
      ['IommuMmioService.Read', { pa: SMALL.smmu + 0x2_0000, width: 4 }, 'EINVAL'], // past the frame
      ['IommuMemService.WriteMem', { pa: SMALL.ramEnd - 2, data: Uint8Array.of(1, 2, 3) }, 'EINVAL'], // runs off RAM
      ['IommuMemService.WriteMem', { pa: SMALL.ram, data: new Uint8Array(0) }, 'EINVAL'],
      ['IommuMemService.WriteMem', { pa: 2 ** 50, data: Uint8Array.of(1) }, 'EINVAL'],
      ['IommuMemService.ReadMem', { pa: SMALL.ram, length: 0 }, 'EINVAL'],
      ['IommuMemService.ReadMem', { pa: SMALL.smmu, length: 4 }, 'EINVAL'], // MMIO is not RAM
      ['IommuDmaService.Dma', { smmu: 5, sid: 1, iova: 0, length: 4, direction: D.DMA_DIRECTION_READ }, 'ENODEV'],
      ['IommuDmaService.Dma', { smmu: 0, sid: 1, iova: 0, length: 0, direction: D.DMA_DIRECTION_READ }, 'EINVAL'],
      ['IommuDmaService.Dma', { smmu: 0, sid: 1, iova: 0, length: 4 }, 'EINVAL'], // no direction
      ['IommuDmaService.Dma', { smmu: 0, sid: 1, iova: 0, length: 4, direction: D.DMA_DIRECTION_WRITE, data: Uint8Array.of(1) }, 'EINVAL'],
      ['IommuDmaService.Dma', { smmu: 0, sid: 1, iova: 2 ** 49, length: 4, direction: D.DMA_DIRECTION_READ }, 'EINVAL'],
      ['IommuDumpService.Ptdump', {}, 'ENODEV'],
      ['IommuDumpService.Ste', { smmu: 0, sid: 1 }, 'ENODEV'],
    ]);
  });

  it('refuses bad arguments to kvm_iommu_init and the snapshot', async () => {
    await f.setGbpaAbort();
    await expectRefusals([
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool + 1, poolSize: SMALL.poolSize }, 'EINVAL'],
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: 0x1800 }, 'EINVAL'],
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.ramEnd - 0x1000, poolSize: 0x2000 }, 'EINVAL'], // off the RAM bank
      ['IommuEl2Service.InitIommu', { poolBase: 0x0900_0000, poolSize: 0x1000 }, 'EINVAL'], // MMIO
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: 0x2000 }, 'ENOMEM'], // no room for queue, table, PGD
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize, smmus: [{}, {}] }, 'EINVAL'], // two table sets, one SMMU
    ]);
    await f.initIommu();
    await expectRefusals([
      ['IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize }, 'EBUSY'],
      ['IommuEl2Service.SnapshotHostStage2', { leaves: [{ start: 0, end: 0x1000 }] }, 'EINVAL'], // LEAF_STATE_UNSPECIFIED
      ['IommuEl2Service.SnapshotHostStage2', { leaves: [{ start: 0x2000, end: 0x3000, state: 3 }, { start: 0x1000, end: 0x2000, state: 3 }] }, 'EINVAL'],
      ['IommuEl2Service.SnapshotHostStage2', { leaves: [{ start: 0x1000, end: 0x1800, state: 3 }] }, 'EINVAL'],
      ['IommuEl2Service.SnapshotHostStage2', { leaves: [{ start: 0x1000, end: 0x2000, state: 1, kvmProt: 9 }] }, 'EINVAL'],
    ]);
  });

  it('refuses bad device arguments after boot', async () => {
    await f.snapshotSmall();
    await expectRefusals([
      ['IommuEl2Service.EnableDev', { smmu: 1, sid: 1 }, 'ENODEV'],
      ['IommuEl2Service.EnableDev', { smmu: 0, sid: 256 }, 'EINVAL'],
      ['IommuEl2Service.EnableDev', { smmu: 0, sid: 0xffff_ffff }, 'EINVAL'],
      ['IommuEl2Service.DisableDev', { smmu: 0, sid: 300 }, 'EINVAL'],
      ['IommuDumpService.Ste', { smmu: 0, sid: 999 }, 'EINVAL'],
      ['IommuDumpService.Ptdump', { tablePa: SMALL.pool + 8 }, 'EINVAL'],
      ['IommuDumpService.Events', { smmu: 4 }, 'ENODEV'],
    ]);
    // and the service still serves state-changing calls
    expect((await f.call<pkvm.v1.EnableDevResponse>('IommuEl2Service.EnableDev', { smmu: 0, sid: 255 })).ret).toBe(0);
  });
});
