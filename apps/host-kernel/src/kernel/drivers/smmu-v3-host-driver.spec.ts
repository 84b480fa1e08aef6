import { loadPlatform, loadShippedPlatform } from '@pkvm/platform';
import { CR0, GBPA, SmmuReg } from '@pkvm/smmuv3';
import { bootSteps } from '../boot-steps';
import { neg } from '../errnos';
import { dmaRanges } from '../kernel-state';
import { KernelHarness } from '../testing/fake-ports';
import { unprobeableSecondSmmuJson } from '../testing/platforms';

const registerSmmu = (k: KernelHarness) =>
  k.run((c) => bootSteps.registerDriver(c, { driver: 'smmu-v3', testInitErrno: 0, testRemoveErrno: 0, missingKernOps: false, missingEl2Ops: false }));

describe('the v3 host SMMUv3 driver (PKVM.md §2.1 step 3, §7 case 28)', () => {
  it('probe: saves the boot GBPA, sets ABORT, disables the SMMU, programs the bases in host RAM outside the carve-out', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    k.mmio.devices[0].write32(SmmuReg.GBPA, GBPA.UPDATE | 0x1000); // a boot GBPA with a non-zero field (bypass)
    const carve = await k.run((c) => bootSteps.reserveCarveout(c, { nvheDebug: false }));
    await registerSmmu(k);
    const r = await k.run((c) => bootSteps.initIommuDriver(c));
    expect(r).toMatchObject({ ret: 0, expected: 1, probed: 1, published: true, driver: 'smmu-v3' });
    const m = r.smmus[0];
    expect(m).toMatchObject({ id: 'smmu0', probed: true, bootGbpa: 0x1000, mmioBase: 0x0905_0000 });
    expect(k.mmio.reg(0, SmmuReg.GBPA)).toBe((GBPA.ABORT | 0x1000) >>> 0);
    expect(k.mmio.reg(0, SmmuReg.CR0) & CR0.SMMUEN).toBe(0);
    // GBPA is written with UPDATE (arm_smmu_update_gbpa)
    expect(k.mmio.writes.find((w) => w.pa === 0x0905_0000 + SmmuReg.GBPA)!.lo).toBe((GBPA.UPDATE | GBPA.ABORT | 0x1000) >>> 0);
    // small: 8 SID bits, linear table (256 STEs), 256-entry cmdq
    expect(m.tables).toMatchObject({ strtabTwoLevel: false, strtabLog2Size: 8, cmdqLog2Entries: 8 });
    expect(k.mmio.reg(0, SmmuReg.STRTAB_BASE)).toBe(m.tables!.strtabBase);
    expect(k.mmio.reg(0, SmmuReg.STRTAB_BASE + 4)).toBe(1 << 30); // RA
    expect(k.mmio.reg(0, SmmuReg.STRTAB_BASE_CFG)).toBe(8);
    expect(k.mmio.reg(0, SmmuReg.CMDQ_BASE)).toBe((m.tables!.cmdqBase | 8) >>> 0);
    // model choice: the event queue is allocated and enabled
    expect(k.mmio.reg(0, SmmuReg.EVTQ_BASE)).toBe((m.evtqBase | m.evtqLog2Entries) >>> 0);
    expect(k.mmio.reg(0, SmmuReg.CR0)).toBe(CR0.EVTQEN);
    for (const [base, bytes] of dmaRanges(r.smmus)) {
      expect(base + bytes <= carve.hypMemBase || base >= carve.hypMemBase + carve.hypMemSize).toBe(true);
      expect(base).toBeGreaterThanOrEqual(0x4000_0000);
      expect(base % Math.max(bytes, 4096)).toBe(0);
    }
    expect(k.el2.published).toEqual([expect.objectContaining({ id: 'smmu0', mmioBase: 0x0905_0000, strtabBase: m.tables!.strtabBase })]);
  });

  it('remove: SMMU left disabled, boot GBPA restored', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    await k.run((c) => bootSteps.reserveCarveout(c, { nvheDebug: false }));
    await registerSmmu(k);
    await k.run((c) => bootSteps.initIommuDriver(c));
    k.mmio.devices[0].write32(SmmuReg.CR0, CR0.SMMUEN | CR0.CMDQEN); // as EL2 would leave it
    const rm = await k.run((c) => bootSteps.removeIommuDriver(c));
    expect(rm).toMatchObject({ ret: 0, removeCalled: true, driverRet: 0, restored: ['smmu0'] });
    expect(k.mmio.reg(0, SmmuReg.GBPA)).toBe(0);
    expect(k.mmio.reg(0, SmmuReg.CR0)).toBe(0);
    expect(k.state.smmus[0].removed).toBe(true);
  });

  it('an SMMUEN already set at probe WARNs', async () => {
    const k = new KernelHarness(loadShippedPlatform('small'));
    k.mmio.devices[0].write32(SmmuReg.CR0, CR0.SMMUEN);
    await registerSmmu(k);
    await k.run((c) => bootSteps.initIommuDriver(c));
    expect(k.state.warnings.map((w) => w.site)).toContain('kvm_arm_smmu_device_reset');
  });

  it('-EUNATCH when fewer SMMUs probe than the platform lists; nothing is published, the good one stays at ABORT', async () => {
    const k = new KernelHarness(loadPlatform(unprobeableSecondSmmuJson()));
    await registerSmmu(k);
    const r = await k.run((c) => bootSteps.initIommuDriver(c));
    expect(r).toMatchObject({ ret: neg('EUNATCH'), expected: 2, probed: 1, published: false });
    expect(r.smmus[1]).toMatchObject({ id: 'smmu1', probed: false, errno: neg('ENODEV') });
    expect(k.el2.published).toBeUndefined();
    expect(k.mmio.reg(0, SmmuReg.GBPA)).toBe(GBPA.ABORT);
    expect(k.mmio.reg(1, SmmuReg.GBPA)).toBe(0);
  });

  it('large: two-level stream tables where IDR0.ST_LEVEL allows', async () => {
    const k = new KernelHarness(loadShippedPlatform('large'));
    await k.run((c) => bootSteps.reserveCarveout(c, { nvheDebug: false }));
    await registerSmmu(k);
    const r = await k.run((c) => bootSteps.initIommuDriver(c));
    expect(r.ret).toBe(0);
    const ranges = dmaRanges(r.smmus);
    // no two allocations overlap
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    sorted.slice(1).forEach(([b], i) => expect(b).toBeGreaterThanOrEqual(sorted[i][0] + sorted[i][1]));
  });
});
