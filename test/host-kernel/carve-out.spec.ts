/**
 * PKVM.md §7 case 17 over NATS: kvm_hyp_reserve's IOMMU pool on qemu-virt (one 4 GiB memblock: host S2 2587,
 * pool 2587 + 100 = 2687, written into EL2's hyp_kvm_iommu_pages) and 0 without an SMMU node; then a whole
 * host boot on qemu-virt, de-privileging its 4 CPUs one HVC each.
 */
import { readFileSync } from 'node:fs';
import { pkvm } from '@pkvm/proto';
import { CR0, SmmuReg } from '@pkvm/smmuv3';
import { HostStack, PLATFORM } from './support/host-stack';

describe('case 17 on qemu-virt, then a whole boot', () => {
  const s = new HostStack(PLATFORM.qemuVirt);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('host_s2_pgtable_pages() = 2587, kvm_iommu_pages() = 2687, and EL2 holds 2687', async () => {
    const r = await s.boot('ReserveCarveout');
    expect(r).toMatchObject({ ret: 0, hostS2Pages: 2587, iommuPages: 2687 });
    expect(Number((await s.call('HypervisorDumpService.InitHistory')).iommuPoolPages)).toBe(2687);
  });

  it('the boot goes through; Deprivilege issues __pkvm_prot_finalize once per CPU', async () => {
    await s.boot('RegisterDriver', { driver: pkvm.v1.HostIommuDriver.HOST_IOMMU_DRIVER_SMMU_V3 });
    for (const m of ['CreateHypMappings', 'InitIommuDriver', 'PkvmInit', 'FreeHypPgds']) expect((await s.boot(m)).ret).toBe(0);
    const g2 = (await s.call('HypervisorDumpService.InitHistory')).steps.find((x: { subStep: string }) => x.subStep === 'g2:iommu_pool_init');
    expect(g2.detail).toContain('2687 pages');
    expect((await s.mmioRead32(0x0905_0000 + SmmuReg.CR0)) & CR0.SMMUEN).toBe(CR0.SMMUEN);
    const d = await s.boot('Deprivilege');
    expect(d).toMatchObject({ ret: 0, cpus: 4 });
    expect(d.subSteps.map((x: { detail: string }) => x.detail)).toEqual(['', 'cpu0', 'cpu1', 'cpu2', 'cpu3']);
    const h = await s.call('HypervisorDumpService.InitHistory');
    expect([...h.finalizedCpus].sort()).toEqual([0, 1, 2, 3]);
    expect(h.deprivileged).toBe(true);
  });
});

describe('case 17 without an SMMU node', () => {
  const p = JSON.parse(readFileSync(PLATFORM.small, 'utf8'));
  const s = new HostStack({ ...p, name: 'small-no-smmu', smmus: [], devices: [] }, ['hypervisor', 'host-kernel']);
  beforeAll(() => s.start(), 60_000);
  afterAll(() => s.dispose());

  it('kvm_iommu_pages() = 0, EL2 holds 0, and the SMMUv3 initcall registers nothing', async () => {
    const r = await s.boot('ReserveCarveout');
    expect(r).toMatchObject({ ret: 0, iommuPages: 0 });
    expect(Number((await s.call('HypervisorDumpService.InitHistory')).iommuPoolPages)).toBe(0);
    expect(await s.boot('RegisterDriver', { driver: pkvm.v1.HostIommuDriver.HOST_IOMMU_DRIVER_SMMU_V3 })).toMatchObject({ ret: 0, registered: false, smmus: 0 });
  });
});
