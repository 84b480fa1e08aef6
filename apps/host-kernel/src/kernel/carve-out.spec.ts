import { loadShippedPlatform } from '@pkvm/platform';
import { reserveCarveout } from './carve-out';
import { noSmmuPlatform } from './testing/platforms';

describe('kvm_hyp_reserve (PKVM.md §2.1 step 1, §7 case 17)', () => {
  it('qemu-virt, one 4 GiB memblock: host S2 = 2587 pages, IOMMU pool = 2587 + 100 = 2687 (v3)', () => {
    const c = reserveCarveout(loadShippedPlatform('qemu-virt'));
    expect(c.hostS2Pages).toBe(2587);
    expect(c.iommuPages).toBe(2687);
    expect(c.ret).toBe(0);
    expect(c.totalPages).toBe(c.hypS1Pages + c.hostS2Pages + c.vmTablePages + c.vmemmapPages + c.selftestPages + c.ffaProxyPages + c.iommuPages);
    expect(c.hypMemSize).toBe(c.totalPages * 4096);
    // memblock: PMD-aligned, top-down, inside RAM.
    expect(c.hypMemBase % 0x20_0000).toBe(0);
    expect(c.hypMemBase + c.hypMemSize).toBeLessThanOrEqual(0x4000_0000 + 0x1_0000_0000);
  });

  it('no SMMU node: kvm_iommu_pages() = 0', () => {
    const c = reserveCarveout(noSmmuPlatform());
    expect(c.iommuPages).toBe(0);
    expect(c.ret).toBe(0);
  });

  it('CONFIG_NVHE_EL2_DEBUG adds 32 selftest pages', () => {
    const p = loadShippedPlatform('small');
    expect(reserveCarveout(p, { nvheDebug: true }).totalPages - reserveCarveout(p).totalPages).toBe(32);
  });
});
