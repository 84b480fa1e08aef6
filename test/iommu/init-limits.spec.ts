/**
 * PKVM.md §7 cases 29 (io-pgtable limits over several SMMUs), 10 (TLBI to every SMMU) and 16 (IOMMU pool
 * exhaustion and reclaim), over NATS, each on its own iommu service.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkvm } from '@pkvm/proto';
import { IommuFixture, RW_MEM, RW_MMIO, SMALL } from './support/iommu-fixture';
import { twoSmmuPlatform } from './support/platform-variants';

const SMMU1 = 0x0907_0000;
const S = pkvm.v1.LeafState;
const platformDir = mkdtempSync(join(tmpdir(), 'pkvm-iommu-platforms-'));
afterAll(() => rmSync(platformDir, { recursive: true, force: true }));

describe('two SMMUs, the second with a 44-bit OAS', () => {
  let f: IommuFixture;
  beforeAll(async () => {
    f = new IommuFixture(twoSmmuPlatform(platformDir, 'oas44', 0x74));
    await f.start();
  }, 60_000);
  afterAll(() => f.dispose());

  it('§2.2: init refuses with EINVAL while one SMMU\'s GBPA is not ABORT, and changes nothing', async () => {
    await f.setGbpaAbort();
    const h = await f.hash();
    expect(await f.refusal('IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize })).toBe('EINVAL');
    expect(await f.hash()).toBe(h);
    expect((await f.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {})).iommuInitialized).toBe(false);
  });

  it('case 29: ias = oas = min over the SMMUs (44): T0SZ 20, PS 44-bit, L0 start', async () => {
    await f.setGbpaAbort(SMMU1);
    const init = await f.initIommu();
    expect(init.idmap!).toMatchObject({ ias: 44, oas: 44, startLevel: 0, pgdPages: 1 });
    expect(init.idmap!.vtcr! & 0x3f).toBe(20);
    expect((init.idmap!.vtcr! >>> 16) & 7).toBe(4);
    // both SMMUs were reset
    expect(init.commands.filter((c) => c.op === 'CMD_SYNC').map((c) => c.smmu)).toEqual([0, 1]);
  });

  it('case 10: an idmap unmap sends TLBI_S2_IPA(VMID 0, IPA) + CMD_SYNC to every SMMU', async () => {
    const s = await f.call<pkvm.v1.SnapshotHostStage2Response>('IommuEl2Service.SnapshotHostStage2', {
      leaves: [
        { start: SMALL.ram, end: SMALL.pool, state: S.LEAF_STATE_EMPTY, isMemory: true },
        { start: SMALL.pool, end: SMALL.ramEnd, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
      ],
    });
    expect(s.ret).toBe(0);
    const page = SMALL.ram + 0x5000;
    const r = await f.call<pkvm.v1.HostStage2IdmapResponse>('IommuEl2Service.HostStage2Idmap', { start: page, end: page + 0x1000, kvmProt: 0 });
    expect(r.commands.map((c) => `${c.smmu}:${c.op}:${c.vmid}:${Number(c.addr).toString(16)}`)).toEqual([
      `0:TLBI_S2_IPA:0:${page.toString(16)}`, '0:CMD_SYNC:0:0', `1:TLBI_S2_IPA:0:${page.toString(16)}`, '1:CMD_SYNC:0:0',
    ]);
  });
});

describe('an SMMU without the 4 KiB granule', () => {
  let f: IommuFixture;
  beforeAll(async () => {
    f = new IommuFixture(twoSmmuPlatform(platformDir, 'no4k', 0x65)); // OAS 48, 16K and 64K only
    await f.start();
  }, 60_000);
  afterAll(() => f.dispose());

  it('case 29: smmu_init_pgt refuses with EINVAL and nothing changes', async () => {
    await f.setGbpaAbort();
    await f.setGbpaAbort(SMMU1);
    const h = await f.hash();
    expect(await f.refusal('IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize })).toBe('EINVAL');
    expect(await f.hash()).toBe(h);
  });
});

describe('IOMMU pool exhaustion (32 pages)', () => {
  const f = new IommuFixture();
  const hole = SMALL.ram + 0x100_0000; // [16 MiB, 48 MiB) of RAM donated away at boot: 16 regions of 2 MiB, no L3 tables yet
  beforeAll(async () => {
    await f.start();
    await f.setGbpaAbort();
    await f.initIommu(SMALL.pool, 32 * 0x1000);
    const s = await f.call<pkvm.v1.SnapshotHostStage2Response>('IommuEl2Service.SnapshotHostStage2', {
      leaves: [
        { start: 0x1000_0000, end: 0x1000_1000, state: S.LEAF_STATE_EMPTY, isMemory: false },
        { start: 0x1000_1000, end: 0x1020_0000, state: S.LEAF_STATE_EMPTY, isMemory: false }, // MMIO as 4 KiB pages: one L3 table
        { start: SMALL.ram, end: hole, state: S.LEAF_STATE_EMPTY, isMemory: true },
        { start: hole, end: hole + 0x200_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
        { start: hole + 0x200_0000, end: SMALL.pool, state: S.LEAF_STATE_EMPTY, isMemory: true },
      ],
    });
    expect(s).toMatchObject({ ret: 0, initialized: true });
  }, 60_000);
  afterAll(() => f.dispose());

  it('case 16: a map stops at ENOMEM without an error reply; freeing a table makes the next map succeed', async () => {
    const idmap = (start: number, end: number, kvmProt: number) =>
      f.call<pkvm.v1.HostStage2IdmapResponse>('IommuEl2Service.HostStage2Idmap', { start, end, kvmProt });
    const ptdump = async (start: number, end: number) => (await f.call<pkvm.v1.PtdumpResponse>('IommuDumpService.Ptdump', { start, end })).ranges;
    let failed = -1;
    for (let i = 0; i < 16; i++) {
      const region = hole + i * 0x20_0000;
      const r = await idmap(region, region + 0x1000, RW_MEM); // one page per region: one L3 table each
      if (r.ret !== 0) {
        expect(r.ret).toBe(-12); // -ENOMEM, as a result, not a refusal
        expect(Number(r.poolFreePages)).toBe(0);
        failed = i;
        break;
      }
    }
    expect(failed).toBeGreaterThan(0);
    const region = hole + failed * 0x20_0000;
    expect(await ptdump(region, region + 0x1000)).toEqual([]);
    expect(await ptdump(region - 0x20_0000, region - 0x20_0000 + 0x1000)).toHaveLength(1);
    // a 2 MiB MMIO block over the 4 KiB-mapped MMIO range frees its L3 table back to the pool (kvm_iommu_reclaim_pages)
    const reclaim = await idmap(0x1000_0000, 0x1020_0000, RW_MMIO);
    expect(reclaim.ret).toBe(0);
    expect(Number(reclaim.poolFreePages)).toBe(1);
    expect((await ptdump(0x1000_0000, 0x1020_0000)).map((r) => [r.level, r.count])).toEqual([[2, 1]]);
    const again = await idmap(region, region + 0x1000, RW_MEM);
    expect(again.ret).toBe(0);
    expect(await ptdump(region, region + 0x1000)).toHaveLength(1);
  });
});
