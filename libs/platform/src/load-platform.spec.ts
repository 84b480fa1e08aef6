import { isErrno, KernelError } from '@pkvm/errno';
import { idr0StLevel } from '@pkvm/smmuv3';
import {
  devicesBehind,
  loadPlatform,
  loadShippedPlatform,
  platformRamSize,
  smmuSidBits,
  validatePlatform,
} from './index';

const GiB = 2 ** 30;

/** A minimal valid platform; each refusal test breaks one field of a fresh copy. */
function base(): any {
  return {
    name: 't',
    cpus: [{ mpidr: 0 }],
    ram: [{ base: '0x4000_0000', size: '0x0400_0000' }],
    mmio: [{ name: 'bus', base: '0x0900_0000', size: '0x0100_0000' }],
    smmus: [
      {
        id: 'smmu0',
        base: '0x0905_0000',
        size: '0x2_0000',
        coherent: true,
        idr: { idr0: '0x0144_101b', idr1: '0x0108_0008', idr3: 0, idr5: '0x75' },
      },
    ],
    devices: [{ name: 'd0', bus: 'pci', bdf: '00:01.0', smmu: 'smmu0', streamIds: [8] }],
  };
}

function refusal(json: unknown): KernelError {
  try {
    validatePlatform(json);
  } catch (e) {
    expect(isErrno(e, 'EINVAL')).toBe(true);
    return e as KernelError;
  }
  throw new Error('platform was accepted');
}

describe('shipped platforms', () => {
  it('qemu-virt: 4 GiB at 0x4000_0000, one linear coherent SMMU in MMIO, PCI devices', () => {
    const p = loadShippedPlatform('qemu-virt');
    expect(p.ram).toEqual([{ base: 0x4000_0000, size: 4 * GiB }]);
    expect(p.smmus).toHaveLength(1);
    expect(p.smmus[0]).toMatchObject({ id: 'smmu0', base: 0x0905_0000, size: 0x2_0000, coherent: true });
    expect(idr0StLevel(p.smmus[0].idr.idr0)).toBe(0);
    expect(smmuSidBits(p.smmus[0])).toBe(16);
    expect(p.devices.length).toBeGreaterThanOrEqual(3);
    expect(p.devices.every((d) => d.bus === 'pci' && d.smmu === 'smmu0')).toBe(true);
  });

  it('large: 64 GiB, three SMMUs with two-level stream tables, devices behind each', () => {
    const p = loadShippedPlatform('large');
    expect(platformRamSize(p)).toBe(64 * GiB);
    expect(p.smmus.map((s) => s.id)).toEqual(['smmu0', 'smmu1', 'smmu2']);
    for (const s of p.smmus) {
      expect(idr0StLevel(s.idr.idr0)).toBe(1);
      expect(devicesBehind(p, s.id).length).toBeGreaterThan(0);
    }
  });

  it('small: 64 MiB and one SMMU', () => {
    const p = loadShippedPlatform('small');
    expect(platformRamSize(p)).toBe(64 * 2 ** 20);
    expect(p.smmus).toHaveLength(1);
    expect(p.smmus[0].coherent).toBe(false);
  });

  it('accepts JSON text and parsed objects the same way', () => {
    const fromText = loadPlatform(JSON.stringify(base()));
    const fromObject = loadPlatform(base());
    expect(fromText).toEqual(fromObject);
    expect(fromText.ram[0]).toEqual({ base: 0x4000_0000, size: 0x0400_0000 });
  });

  it('sorts banks by base', () => {
    const j = base();
    j.ram = [{ base: '0x8000_0000', size: '0x1000' }, { base: '0x4000_0000', size: '0x1000' }];
    expect(validatePlatform(j).ram.map((b) => b.base)).toEqual([0x4000_0000, 0x8000_0000]);
  });
});

describe('refusals name the field path and the reason', () => {
  const cases: [string, (j: any) => void, RegExp][] = [
    ['bad JSON root', (j) => Object.keys(j).forEach((k) => delete j[k]), /name: missing/],
    ['missing field', (j) => delete j.smmus[0].idr.idr5, /smmus\[0\]\.idr\.idr5: missing/],
    ['wrong type (string for array)', (j) => (j.ram = 'lots'), /ram: expected an array, got string/],
    ['wrong type (boolean)', (j) => (j.smmus[0].coherent = 'yes'), /smmus\[0\]\.coherent: expected a boolean/],
    ['wrong type (number)', (j) => (j.ram[0].size = 'big'), /ram\[0\]\.size: expected a non-negative integer/],
    ['negative number', (j) => (j.ram[0].base = -4096), /ram\[0\]\.base: expected a non-negative integer/],
    ['unknown field', (j) => (j.ram[0].carveout = true), /ram\[0\]\.carveout: unknown field/],
    ['no RAM', (j) => (j.ram = []), /ram: at least one memory bank/],
    ['no CPU', (j) => (j.cpus = []), /cpus: at least one CPU/],
    ['duplicate MPIDR', (j) => j.cpus.push({ mpidr: '0x0' }), /cpus\[1\]\.mpidr: 0x0 duplicates cpus\[0\]/],
    ['unaligned bank base', (j) => (j.ram[0].base = '0x4000_0800'), /ram\[0\]\.base: 0x40000800 is not aligned to 0x1000/],
    ['unaligned bank size', (j) => (j.ram[0].size = '0x1800'), /ram\[0\]\.size: 0x1800 is not a multiple of 0x1000/],
    ['zero size', (j) => (j.ram[0].size = 0), /ram\[0\]\.size: must not be zero/],
    ['beyond 48 bits', (j) => (j.ram[0].base = '0xffff_ffff_f000'), /ram\[0\]: .* exceeds the 48-bit/],
    [
      'overlapping banks',
      (j) => j.ram.push({ base: '0x4200_0000', size: '0x0400_0000' }),
      /ram\[1\]: \[0x42000000, 0x46000000\) overlaps ram\[0\]/,
    ],
    ['MMIO overlapping RAM', (j) => j.mmio.push({ name: 'x', base: '0x4000_0000', size: '0x1000' }), /mmio\[1\]: .* overlaps ram\[0\]/],
    ['duplicate MMIO name', (j) => j.mmio.push({ name: 'bus', base: '0x2000_0000', size: '0x1000' }), /mmio\[1\]\.name: "bus" duplicates/],
    ['SMMU base not 64 KiB aligned', (j) => (j.smmus[0].base = '0x0905_1000'), /smmus\[0\]\.base: 0x9051000 is not aligned to 0x10000/],
    ['SMMU too small', (j) => (j.smmus[0].size = '0x1_0000'), /smmus\[0\]\.size: 0x10000 is below/],
    ['SMMU outside MMIO', (j) => (j.smmus[0].base = '0x2000_0000'), /smmus\[0\]: \[0x20000000, 0x20020000\) is not inside one mmio region/],
    ['SMMU in RAM', (j) => (j.smmus[0].base = '0x4000_0000'), /smmus\[0\]: .* is not inside one mmio region/],
    [
      'overlapping SMMUs',
      (j) => j.smmus.push({ ...j.smmus[0], id: 'smmu1', base: '0x0906_0000' }),
      /smmus\[1\]: .* overlaps smmus\[0\]/,
    ],
    ['duplicate SMMU id', (j) => j.smmus.push({ ...j.smmus[0], base: '0x0908_0000' }), /smmus\[1\]\.id: "smmu0" duplicates/],
    ['IDR wider than 32 bits', (j) => (j.smmus[0].idr.idr0 = '0x1_0000_0000'), /smmus\[0\]\.idr\.idr0: .* 32-bit register/],
    ['reserved ST_LEVEL', (j) => (j.smmus[0].idr.idr0 = '0x1000_0000'), /smmus\[0\]\.idr\.idr0: ST_LEVEL 2 is reserved/],
    ['SIDSIZE above 32', (j) => (j.smmus[0].idr.idr1 = '0x21'), /smmus\[0\]\.idr\.idr1: SIDSIZE 33 exceeds 32/],
    ['reserved OAS', (j) => (j.smmus[0].idr.idr5 = '0x77'), /smmus\[0\]\.idr\.idr5: OAS encoding 7 is reserved/],
    ['unknown SMMU reference', (j) => (j.devices[0].smmu = 'smmu9'), /devices\[0\]\.smmu: unknown SMMU "smmu9"/],
    [
      'SID beyond IDR1.SIDSIZE',
      (j) => (j.devices[0].streamIds = [256]),
      /devices\[0\]\.streamIds\[0\]: StreamID 0x100 is beyond IDR1\.SIDSIZE \(8 bits\) of smmu0/,
    ],
    [
      'duplicate StreamID on one SMMU',
      (j) => j.devices.push({ name: 'd1', bus: 'platform', smmu: 'smmu0', streamIds: [1, 8] }),
      /devices\[1\]\.streamIds\[1\]: StreamID 0x8 duplicates devices\[0\]\.streamIds\[0\] on smmu0/,
    ],
    ['empty StreamIDs', (j) => (j.devices[0].streamIds = []), /devices\[0\]\.streamIds: at least one StreamID/],
    ['bad bus', (j) => (j.devices[0].bus = 'isa'), /devices\[0\]\.bus: expected "pci" or "platform"/],
    ['bad BDF', (j) => (j.devices[0].bdf = '0:1'), /devices\[0\]\.bdf: "0:1" is not bus:device\.function/],
    ['duplicate device name', (j) => j.devices.push({ ...j.devices[0], streamIds: [9] }), /devices\[1\]\.name: "d0" duplicates/],
  ];

  it.each(cases)('%s', (_label, breakIt, message) => {
    const j = base();
    breakIt(j);
    expect(refusal(j).message).toMatch(message);
  });

  it('refuses a root that is not an object', () => {
    expect(refusal([]).message).toBe('platform: $: expected an object, got array');
  });

  it('the same SID on two different SMMUs is fine', () => {
    const j = base();
    j.smmus.push({ ...j.smmus[0], id: 'smmu1', base: '0x0908_0000' });
    j.devices.push({ name: 'd1', bus: 'platform', smmu: 'smmu1', streamIds: [8] });
    expect(validatePlatform(j).devices).toHaveLength(2);
  });

  it('refuses bad JSON text and unreadable files with EINVAL', () => {
    expect(() => loadPlatform('{ "name": ')).toThrow(/platform: \$: not valid JSON/);
    try {
      loadPlatform('/nonexistent/platform.json');
      throw new Error('accepted');
    } catch (e) {
      expect(isErrno(e, 'EINVAL')).toBe(true);
      expect((e as Error).message).toMatch(/\/nonexistent\/platform\.json: cannot read \(ENOENT\)/);
    }
  });
});
