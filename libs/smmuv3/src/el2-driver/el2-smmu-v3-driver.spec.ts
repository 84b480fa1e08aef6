import { isErrno } from '@pkvm/errno';
import { PhysicalMemory } from '@pkvm/phys-mem';
import { loadShippedPlatform } from '@pkvm/platform';
import { dwordToBigInt, dword } from '../dword';
import { SmmuReg, GBPA, CR0 } from '../smmu-registers';
import { SmmuV3Device } from '../device/smmu-v3-device';
import { S2_PAGE_RW, Stage2Fixture } from '../device/stage2-fixture';
import { drainEventQueue } from '../device/event-queue-reader';
import { El2SmmuV3Driver } from './el2-smmu-v3-driver';
import type { El2SmmuConfig, IdmapDomainConfig } from './el2-smmu-types';

const RAM = 0x4000_0000;
const PGD = 0x8000_0000;
/** ias = oas = 48, L0 start, coherent walk: SL0 2, IRGN0 = ORGN0 = WBWA, SH0 = IS, PS 48 (PKVM.md §5.2). */
const DOMAIN: IdmapDomainConfig = { vtcr: { t0sz: 16, sl0: 2, irgn0: 1, orgn0: 1, sh0: 3, tg0: 0, ps: 5 }, pgd: PGD };

/** The platform's SMMUs as devices over one memory; GBPA ABORT as the host's kvm driver leaves it. */
function machine(name: 'qemu-virt' | 'large', opts: { abort?: boolean[] } = {}) {
  const p = loadShippedPlatform(name);
  const mem = new PhysicalMemory({ ram: p.ram, mmio: p.mmio });
  const commands: string[][] = p.smmus.map(() => []);
  const devices = p.smmus.map(
    (s, i) => new SmmuV3Device(mem, { idr: s.idr, mmioSize: s.size, onCommand: (c) => commands[i].push(c.op) }),
  );
  devices.forEach((d, i) => {
    if (opts.abort?.[i] ?? true) d.write32(SmmuReg.GBPA, GBPA.ABORT | GBPA.UPDATE);
  });
  let nextL2 = RAM + 0x100_0000;
  let l2Left = 2;
  const configs: El2SmmuConfig[] = p.smmus.map((s, i) => ({
    mmio: devices[i],
    coherent: s.coherent,
    cmdq: { base: RAM + 0x20_0000 + i * 0x1_0000, log2Entries: 8 },
    strtab: name === 'large' ? { base: RAM + 0x40_0000 + i * 0x10_0000, twoLevel: true, log2Size: 16 } : { base: RAM + 0x40_0000, twoLevel: false, log2Size: 16 },
  }));
  const driver = new El2SmmuV3Driver(mem, configs, () => {
    if (l2Left-- <= 0) return undefined;
    const a = nextL2;
    nextL2 += 0x4000;
    return a;
  });
  return { p, mem, devices, commands, driver };
}

function errnoOf(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (isErrno(e, 'EINVAL')) return 'EINVAL';
    if (isErrno(e, 'ENODEV')) return 'ENODEV';
    if (isErrno(e, 'EIO')) return 'EIO';
    throw e;
  }
  return 'ok';
}

describe('El2SmmuV3Driver init (v3 smmu_init_device)', () => {
  it('refuses an SMMU whose GBPA is not ABORT with EINVAL', () => {
    const { driver } = machine('qemu-virt', { abort: [false] });
    expect(errnoOf(() => driver.init())).toBe('EINVAL');
  });

  it('programs CR1/CR2, the queue and table, resets with CFGI_ALL + TLBI_NSNH_ALL + CMD_SYNC, then enables', () => {
    const { driver, devices, commands } = machine('qemu-virt');
    driver.init();
    const d = devices[0];
    // CR1: QUEUE IC/OC WB (1, 1 << 2), SH ISH 3 << 4; TABLE IC/OC WB (1 << 6, 1 << 8), SH ISH 3 << 10 = 0xd75
    expect(d.read32(SmmuReg.CR1)).toBe(0xd75);
    expect(d.read32(SmmuReg.CR2)).toBe(0x4); // PTM
    expect(d.read32(SmmuReg.CR0ACK)).toBe(CR0.SMMUEN | CR0.CMDQEN | CR0.ATSCHK);
    expect(dwordToBigInt(d.read64(SmmuReg.STRTAB_BASE))).toBe(0x4000_0000_4040_0000n); // RA | base
    expect(d.read32(SmmuReg.STRTAB_BASE_CFG)).toBe(16); // linear, LOG2SIZE 16
    expect(commands[0]).toEqual(['CFGI_STE_RANGE', 'TLBI_NSNH_ALL', 'CMD_SYNC']);
    // Every STE is invalid after init: DMA is C_BAD_STE.
    expect(d.dma(8, 0x1000, 4, 'read').fault?.reason).toBe('C_BAD_STE');
  });

  it('keeps the event queue the host driver enabled (a model choice of the twin), so faults stay recorded', () => {
    const { driver, devices } = machine('qemu-virt');
    const d = devices[0];
    d.write64(SmmuReg.EVTQ_BASE, (RAM + 0x30_0000) | 5, 0);
    d.write32(SmmuReg.CR0, CR0.EVTQEN);
    driver.init();
    expect(d.read32(SmmuReg.CR0ACK)).toBe(CR0.SMMUEN | CR0.CMDQEN | CR0.ATSCHK | CR0.EVTQEN);
  });

  it('a failure on a later SMMU undoes the earlier ones, in reverse, and throws', () => {
    const { driver } = machine('large', { abort: [true, true, false] });
    expect(errnoOf(() => driver.init())).toBe('EINVAL');
    expect(errnoOf(() => driver.enableDev(0, 8, DOMAIN))).toBe('ENODEV');
  });

  it('reports the io-pgtable limits: min IAS/OAS over SMMUs, 4 KiB required', () => {
    const { driver } = machine('large');
    // smmu2 has IDR5.OAS = 4 (44 bits): ias = oas = 44. All have GRAN4K/16K/64K:
    // 4K|2M|1G = 0x4020_1000, 16K|32M = 0x0200_4000, 64K|512M = 0x2001_0000 -> 0x6221_5000.
    expect(driver.idmapRequirements()).toEqual({ ias: 44, oas: 44, pgsizeBitmap: 0x6221_5000, coherentWalk: true });
    const mem = new PhysicalMemory({ ram: [{ base: RAM, size: 0x100_0000 }] });
    const no4k = new SmmuV3Device(mem, { idr: { idr0: 0x0144_101b, idr1: 0x0108_0010, idr3: 0, idr5: 0x65 } });
    const drv = new El2SmmuV3Driver(mem, [{ mmio: no4k, coherent: true, cmdq: { base: RAM, log2Entries: 4 }, strtab: { base: RAM + 0x1_0000, twoLevel: false, log2Size: 4 } }]);
    expect(errnoOf(() => drv.idmapRequirements())).toBe('EINVAL');
  });
});

describe('El2SmmuV3Driver enable_dev / disable_dev (PKVM.md §4.5, §7 case 18)', () => {
  it('writes exactly the pKVM STE, with CFGI_STE, SYNC, CFGI_STE, SYNC', () => {
    const { driver, commands } = machine('qemu-virt');
    driver.init();
    commands[0].length = 0;
    driver.enableDev(0, 8, DOMAIN);
    // Same hand-derived vector as stream-table-entry.spec.ts (coherent case).
    expect(driver.readSte(0, 8).map(([lo, hi]) => dwordToBigInt(dword(lo, hi)))).toEqual([
      0x0000_0000_0000_000dn,
      0x0000_1000_0000_0000n,
      0x040d_3590_0000_0000n,
      0x0000_0000_8000_0000n,
    ]);
    expect(commands[0]).toEqual(['CFGI_STE', 'CMD_SYNC', 'CFGI_STE', 'CMD_SYNC']);
  });

  it('gives the device the identity stage 2: DMA goes through the tables at the PGD', () => {
    const { driver, devices, mem } = machine('qemu-virt');
    driver.init();
    let next = PGD + 0x1000;
    const s2 = new Stage2Fixture(mem, PGD, 0, 48, () => (next += 0x1000) - 0x1000);
    s2.mapPage(RAM + 0x50_0000, RAM + 0x50_0000, S2_PAGE_RW);
    driver.enableDev(0, 8, DOMAIN);
    expect(devices[0].dma(8, RAM + 0x50_0000, 2, 'write', Uint8Array.of(4, 2)).ok).toBe(true);
    expect(mem.readBytes(RAM + 0x50_0000, 2)).toEqual(Uint8Array.of(4, 2));
    expect(devices[0].dma(8, RAM + 0x60_0000, 2, 'read').fault?.reason).toBe('F_TRANSLATION');
  });

  it('ENODEV for an unknown SMMU, EINVAL for a SID beyond the table', () => {
    const { driver } = machine('qemu-virt');
    driver.init();
    expect(errnoOf(() => driver.enableDev(1, 8, DOMAIN))).toBe('ENODEV');
    expect(errnoOf(() => driver.enableDev(0, 0x1_0000, DOMAIN))).toBe('EINVAL');
    expect(errnoOf(() => driver.disableDev(0, -1))).toBe('EINVAL');
  });

  it('disable_dev zeroes the four dwords and the device is refused again', () => {
    const { driver, devices, commands } = machine('qemu-virt');
    driver.init();
    driver.enableDev(0, 8, DOMAIN);
    commands[0].length = 0;
    driver.disableDev(0, 8);
    expect(driver.readSte(0, 8)).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(commands[0]).toEqual(['CFGI_STE', 'CMD_SYNC', 'CFGI_STE', 'CMD_SYNC']);
    expect(devices[0].dma(8, RAM, 1, 'read').fault?.reason).toBe('C_BAD_STE');
  });

  it('two-level: the first enable in a range allocates a 16 KiB L2 table (SPAN 9); exhaustion is EINVAL', () => {
    const { driver, devices } = machine('large');
    driver.init();
    driver.enableDev(1, 0x8100, DOMAIN);
    expect(driver.readL1(1, 0x8100)).toEqual({ span: 9, l2Ptr: RAM + 0x100_0000 });
    driver.enableDev(1, 0x8101, DOMAIN); // same L2
    driver.enableDev(1, 0xc100, DOMAIN); // second L2
    expect(driver.readL1(1, 0xc100)).toEqual({ span: 9, l2Ptr: RAM + 0x100_4000 });
    expect(errnoOf(() => driver.enableDev(2, 0x1234, DOMAIN))).toBe('EINVAL'); // pool exhausted
    expect(errnoOf(() => driver.disableDev(0, 0x200))).toBe('EINVAL'); // no L2 there
    expect(devices[1].dma(0x8101, 0x1000, 1, 'read').fault?.reason).toBe('F_TRANSLATION'); // STE live, nothing mapped
    expect(devices[1].dma(0x8200, 0x1000, 1, 'read').fault?.reason).toBe('C_BAD_STREAMID'); // L1 SPAN 0
  });
});

describe('El2SmmuV3Driver identity-map invalidation (§4.6)', () => {
  it('an unmap followed by invalidateIdmapPage stops a stale IOTLB entry on every SMMU', () => {
    const { driver, devices, mem, commands } = machine('qemu-virt');
    driver.init();
    let next = PGD + 0x1000;
    const s2 = new Stage2Fixture(mem, PGD, 0, 48, () => (next += 0x1000) - 0x1000);
    const page = RAM + 0x70_0000;
    s2.mapPage(page, page);
    driver.enableDev(0, 8, DOMAIN);
    expect(devices[0].dma(8, page, 1, 'read').ok).toBe(true);
    s2.clearPage(page);
    expect(devices[0].dma(8, page, 1, 'read').ok).toBe(true); // stale until the TLBI
    commands[0].length = 0;
    driver.invalidateIdmapPage(page);
    expect(commands[0]).toEqual(['TLBI_S2_IPA', 'CMD_SYNC']);
    const r = devices[0].dma(8, page, 1, 'read');
    expect(r.fault?.reason).toBe('F_TRANSLATION');
    expect(drainEventQueue(devices[0], mem).events).toEqual([]); // EVTQ not enabled by the v3 EL2 driver
  });

  it('a command error during an invalidation is EIO', () => {
    // An SMMU without IDR0.S2P (0x0144_101a) accepts the reset commands but not TLBI_S2_IPA.
    const mem = new PhysicalMemory({ ram: [{ base: RAM, size: 0x100_0000 }] });
    const noS2 = new SmmuV3Device(mem, { idr: { idr0: 0x0144_101a, idr1: 0x0108_0010, idr3: 0, idr5: 0x75 } });
    noS2.write32(SmmuReg.GBPA, GBPA.ABORT | GBPA.UPDATE);
    const drv = new El2SmmuV3Driver(mem, [{ mmio: noS2, coherent: true, cmdq: { base: RAM, log2Entries: 4 }, strtab: { base: RAM + 0x1_0000, twoLevel: false, log2Size: 4 } }]);
    drv.init();
    // TLBI_S2_IPA is illegal on an SMMU without stage 2: CONS.ERR = ILL, GERROR.CMDQ_ERR.
    expect(errnoOf(() => drv.invalidateIdmapPage(RAM))).toBe('EIO');
  });
});
