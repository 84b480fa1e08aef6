import { loadShippedPlatform, SHIPPED_PLATFORMS } from '@pkvm/platform';
import { hostS2PgtablePages, hypPgtableMaxPages, kvmHypReserve, kvmIommuPages, simulateBoot, summarizePlatform } from './index';
import { NO_SMMU, QEMU_VIRT, TINY } from './test-platforms';

describe('kvm_hyp_reserve sizing (PKVM.md §2.1, case 17)', () => {
  it('one 4 GiB memblock: host S2 = 2587 pages, IOMMU pool = 2687 pages (v3)', () => {
    expect(hypPgtableMaxPages(1_048_576)).toBe(2055);
    expect(hypPgtableMaxPages(262_144)).toBe(516);
    expect(hostS2PgtablePages(QEMU_VIRT.ram)).toBe(2587);
    expect(kvmIommuPages(QEMU_VIRT)).toBe(2687);
  });

  it('no SMMU node: the pool is 0', () => {
    expect(kvmIommuPages(NO_SMMU)).toBe(0);
    expect(kvmHypReserve(NO_SMMU).iommuPages).toBe(0);
  });

  it('places the carve-out top-down, 2 MiB aligned, inside RAM; base 0 when it does not fit', () => {
    const c = kvmHypReserve(QEMU_VIRT);
    const bank = QEMU_VIRT.ram[0]!;
    expect(c.base % (2 << 20)).toBe(0);
    expect(c.base).toBeGreaterThanOrEqual(bank.base);
    expect(c.base + c.totalPages * 4096).toBeLessThanOrEqual(bank.base + bank.size);
    expect(kvmHypReserve(TINY).base).toBe(0);
  });

  it.each(SHIPPED_PLATFORMS)('shipped platform %s summarises and boots to PROTECTED', (name) => {
    const summary = summarizePlatform(loadShippedPlatform(name));
    expect(summary.smmus.every((s) => s.probeOk && s.supports4k && s.mmioPageAligned)).toBe(true);
    expect(simulateBoot({ bootId: name, platform: summary }).outcome).toEqual({ status: 'PROTECTED' });
  });
});
