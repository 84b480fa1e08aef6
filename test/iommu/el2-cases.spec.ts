/**
 * PKVM.md §7 cases 8, 9, 10 and 11 (IOMMU side), 18 and 30, driven through pkvm.v1.iommu.el2 over the real
 * NATS against the iommu service running platforms/small.json (one non-coherent SMMU, no range invalidation).
 */
import { pkvm } from '@pkvm/proto';
import { RW_MEM, RW_MMIO, SMALL, IommuFixture } from './support/iommu-fixture';

type Range = pkvm.v1.IPtdumpRange;
const RAM = SMALL.ram;
/** Leaf attribute bits (lo half): MemAttr 0xF, S2AP RW, SH IS, AF = RW cacheable memory (§5.1). */
const ATTR_MEM_RW = (0xf << 2) | (3 << 6) | (3 << 8) | (1 << 10);
/** MemAttr 0x1 (Device-nGnRE), S2AP RW, SH OS, AF: MMIO (§5.1: MMIO entries of the idmap are OS). */
const ATTR_MMIO_RW = (0x1 << 2) | (3 << 6) | (2 << 8) | (1 << 10);

describe('iommu el2 over NATS (small platform)', () => {
  const f = new IommuFixture();
  let init: pkvm.v1.InitIommuResponse;

  const ptdump = async (start: number, end: number): Promise<Range[]> =>
    (await f.call<pkvm.v1.PtdumpResponse>('IommuDumpService.Ptdump', { start, end })).ranges;
  const idmap = (start: number, end: number, kvmProt: number) =>
    f.call<pkvm.v1.HostStage2IdmapResponse>('IommuEl2Service.HostStage2Idmap', { start, end, kvmProt });
  const summary = (rs: Range[]) => rs.map((r) => `${Number(r.iova).toString(16)}-${Number(r.end).toString(16)} L${r.level} x${r.count} ${r.access} ${r.memType}`);

  beforeAll(async () => {
    await f.start();
    await f.setGbpaAbort();
  }, 60_000);
  afterAll(() => f.dispose());

  it('case 9: the idmap hook is ignored before kvm_iommu_init and before the snapshot, changing nothing', async () => {
    const h0 = await f.hash();
    expect(await idmap(RAM, RAM + 0x1000, 0)).toMatchObject({ ignored: true });
    init = await f.initIommu();
    const h1 = await f.hash();
    expect(h1).not.toBe(h0);
    const r = await idmap(RAM, RAM + 0x20_0000, RW_MEM);
    expect(r.ignored).toBe(true);
    expect(r.commands).toEqual([]);
    expect(await ptdump(0, 0)).toEqual([]);
    expect(await f.hash()).toBe(h1);
  });

  it('case 29 (one SMMU): the idmap uses ias = oas = min(48, the SMMU\'s) with its VTCR', () => {
    // small: IDR5.OAS = 48 bits; non-coherent walk: SH0 = OS (2), IRGN0 = ORGN0 = NC (0); L0 start: SL0 2.
    expect(init.idmap!).toMatchObject({ ias: 48, oas: 48, startLevel: 0, pgdPages: 1 });
    expect(init.idmap!.vtcr!).toBe(16 | (2 << 6) | (0 << 8) | (0 << 10) | (2 << 12) | (0 << 14) | (5 << 16));
    // reset: CFGI_ALL, TLBI_NSNH_ALL, CMD_SYNC (§2.2)
    expect(init.commands.map((c) => c.op)).toEqual(['CFGI_STE_RANGE', 'TLBI_NSNH_ALL', 'CMD_SYNC']);
  });

  it('case 8: the snapshot maps empty memory RW cacheable and MMIO RW device; carve-out, pool and SMMU MMIO are absent', async () => {
    const s = await f.snapshotSmall([
      // a page the host faulted in read-only: idmapped with pkvm_to_iommu_prot(R) = READ
      { start: 0x4400_0000 + 0x1000_0000, end: 0x4400_0000 + 0x1000_1000, state: pkvm.v1.LeafState.LEAF_STATE_MAPPED, kvmProt: 4, isMemory: true },
    ]);
    expect(s).toMatchObject({ ret: 0, initialized: true });
    const ram = await ptdump(RAM, RAM + 0x1000);
    expect(ram).toHaveLength(1);
    expect(ram[0]).toMatchObject({ level: 3, access: 'RW', memType: 'Normal-WB', shareability: 'IS' });
    expect(parseInt(ram[0].attr!, 16)).toBe(ATTR_MEM_RW);
    const mmio = await ptdump(0x0800_0000, 0x0800_1000);
    expect(mmio[0]).toMatchObject({ access: 'RW', memType: 'Device-nGnRE', shareability: 'OS' });
    expect(parseInt(mmio[0].attr!, 16)).toBe(ATTR_MMIO_RW);
    // not memory, not MMIO either: non-memory, so mapped as MMIO too
    expect((await ptdump(0x3000_0000, 0x3000_1000))[0]).toMatchObject({ memType: 'Device-nGnRE' });
    expect(await ptdump(SMALL.smmu, SMALL.smmu + 0x2_0000)).toEqual([]); // donated SMMU MMIO
    expect(await ptdump(SMALL.pool, SMALL.ramEnd)).toEqual([]); // carve-out, IOMMU pool (and its PGD) included
    expect(Number(init.idmap!.pgd!)).toBeGreaterThanOrEqual(SMALL.pool);
    // the PGD page raw: entry 0 (IOVA [0, 512 GiB)) is a table descriptor (bits [1:0] = 0b11), the rest empty
    const raw = await f.call<pkvm.v1.PtdumpResponse>('IommuDumpService.Ptdump', { start: 0, end: 0x1000, tablePa: init.idmap!.pgd });
    const lines = raw.tableHex.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\[  0\]: [0-9a-f]{15}3 0{16} 0{16} 0{16}$/);
    expect((await ptdump(0x5400_0000, 0x5400_1000))[0]).toMatchObject({ access: 'RO', memType: 'Normal-WB' });
  });

  it('case 10 (IOMMU side): donating a page removes its leaf, with TLBI_S2_IPA(VMID 0, IPA) + CMD_SYNC', async () => {
    const page = RAM + 0x77_000;
    const r = await idmap(page, page + 0x1000, 0);
    expect(r.ret).toBe(0);
    expect(r.commands.map((c) => [c.op, c.vmid, Number(c.addr), c.leaf])).toEqual([
      ['TLBI_S2_IPA', 0, page, true],
      ['CMD_SYNC', 0, 0, false],
    ]);
    expect(summary(await ptdump(page - 0x1000, page + 0x2000))).toEqual([
      `${(page - 0x1000).toString(16)}-${page.toString(16)} L3 x1 RW Normal-WB`,
      `${(page + 0x1000).toString(16)}-${(page + 0x2000).toString(16)} L3 x1 RW Normal-WB`,
    ]);
  });

  it('case 11 (IOMMU side): giving the page back re-creates the leaf RW cacheable, with no invalidation', async () => {
    const page = RAM + 0x77_000;
    const r = await idmap(page, page + 0x1000, RW_MEM);
    expect(r).toMatchObject({ ret: 0, commands: [] });
    const leaf = await ptdump(page, page + 0x1000);
    expect(parseInt(leaf[0].attr!, 16)).toBe(ATTR_MEM_RW);
    expect(summary(await ptdump(page - 0x1000, page + 0x2000))).toEqual([`${(page - 0x1000).toString(16)}-${(page + 0x2000).toString(16)} L3 x3 RW Normal-WB`]);
  });

  it('case 30: memory is mapped as 4 KiB pages, 1 GiB-aligned MMIO as one L1 block; a middle unmap removes exactly those pages', async () => {
    const base = RAM + 0x40_0000; // 2 MiB aligned
    expect((await idmap(base, base + 0x20_0000, 0)).ret).toBe(0);
    expect(await ptdump(base, base + 0x20_0000)).toEqual([]);
    expect((await idmap(base, base + 0x20_0000, RW_MEM)).ret).toBe(0);
    expect(summary(await ptdump(base, base + 0x20_0000))).toEqual([`${base.toString(16)}-${(base + 0x20_0000).toString(16)} L3 x512 RW Normal-WB`]);

    const gib = 0x1_4000_0000;
    expect((await idmap(gib, gib + 0x4000_0000, RW_MMIO)).ret).toBe(0);
    expect(summary(await ptdump(gib, gib + 0x4000_0000))).toEqual(['140000000-180000000 L1 x1 RW Device-nGnRE']);

    const hole = base + 0x3000;
    const r = await idmap(hole, hole + 0x5000, 0);
    expect(r.ret).toBe(0);
    expect(r.commands.filter((c) => c.op === 'TLBI_S2_IPA').map((c) => Number(c.addr))).toEqual([0, 1, 2, 3, 4].map((i) => hole + i * 0x1000));
    expect(summary(await ptdump(base, base + 0x20_0000))).toEqual([
      `${base.toString(16)}-${hole.toString(16)} L3 x3 RW Normal-WB`,
      `${(hole + 0x5000).toString(16)}-${(base + 0x20_0000).toString(16)} L3 x504 RW Normal-WB`,
    ]);
  });

  it('lists at most 256 commands of a large unmap and counts them all, so the reply fits one NATS message', async () => {
    const base = RAM + 0x80_0000; // host memory, idmapped page by page by the snapshot
    const r = (await idmap(base + 0x1000, base + 0x20_0000, 0)) as pkvm.v1.HostStage2IdmapResponse;
    expect(r.ret).toBe(0);
    expect(r.commands).toHaveLength(256);
    expect(r.commandsTotal).toBe(2 * 511); // a TLBI_S2_IPA and a CMD_SYNC per unmapped page
    expect((await idmap(base + 0x1000, base + 0x20_0000, RW_MEM)).ret).toBe(0);
  });

  it('case 18: enable_dev refuses an unknown SMMU (ENODEV) and a SID beyond the linear table (EINVAL)', async () => {
    const h = await f.hash();
    expect(await f.refusal('IommuEl2Service.EnableDev', { smmu: 1, sid: 1 })).toBe('ENODEV');
    expect(await f.refusal('IommuEl2Service.EnableDev', { smmu: 0, sid: 256 })).toBe('EINVAL'); // 8 SID bits
    expect(await f.refusal('IommuEl2Service.DisableDev', { smmu: 3, sid: 0 })).toBe('ENODEV');
    expect(await f.hash()).toBe(h);
  });

  it('case 18: a valid enable_dev writes the S2 STE with CFGI_STE, SYNC, CFGI_STE, SYNC; disable_dev zeroes it', async () => {
    const r = await f.call<pkvm.v1.EnableDevResponse>('IommuEl2Service.EnableDev', { smmu: 0, sid: 8 });
    expect(r.ret).toBe(0);
    expect(r.commands.map((c) => `${c.op}${c.op === 'CFGI_STE' ? `(${c.sid},${c.leaf})` : ''}`)).toEqual(['CFGI_STE(8,true)', 'CMD_SYNC', 'CFGI_STE(8,true)', 'CMD_SYNC']);
    const ste = await f.call<pkvm.v1.SteResponse>('IommuDumpService.Ste', { smmu: 0, sid: 8 });
    expect(ste).toMatchObject({ valid: true, config: 6, s2Vmid: 0, s2Aa64: true, s2R: true, shcfg: 1, vtcr: init.idmap!.vtcr! });
    expect(Number(ste.s2Ttb)).toBe(Number(init.idmap!.pgd!));
    const pgd = BigInt(init.idmap!.pgd!);
    // dword0 = V | Config 6; dword1 = SHCFG 1 << 44; dword2 = VTCR << 32 | S2AA64 (51) | S2R (58); dword3 = S2TTB
    expect(ste.dwords.map((d) => BigInt(d))).toEqual([0xdn, 1n << 44n, (BigInt(init.idmap!.vtcr!) << 32n) | (1n << 51n) | (1n << 58n), pgd]);
    const d = await f.call<pkvm.v1.DisableDevResponse>('IommuEl2Service.DisableDev', { smmu: 0, sid: 8 });
    expect(d.commands.map((c) => c.op)).toEqual(['CFGI_STE', 'CMD_SYNC', 'CFGI_STE', 'CMD_SYNC']);
    const off = await f.call<pkvm.v1.SteResponse>('IommuDumpService.Ste', { smmu: 0, sid: 8 });
    expect(off.dwords.map((x) => BigInt(x))).toEqual([0n, 0n, 0n, 0n]);
    expect(off.valid).toBe(false);
  });

  it('a second kvm_iommu_init and a second snapshot are refused with EBUSY', async () => {
    expect(await f.refusal('IommuEl2Service.InitIommu', { poolBase: SMALL.pool, poolSize: SMALL.poolSize })).toBe('EBUSY');
    expect(await f.refusal('IommuEl2Service.SnapshotHostStage2', { leaves: [] })).toBe('EBUSY');
  });
});
