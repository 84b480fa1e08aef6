import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import type { Platform } from '@pkvm/platform';
import { neg } from './errnos';
import type { CarveOutRecord } from './kernel-state';

const PAGE_SIZE = 4096;

/**
 * kvm_hyp_reserve() (setup_arch, PKVM.md §2.1 step 1): the carve-out's parts, kvm_iommu_pages() among them
 * (host_s2_pgtable_pages() + 100 with an "arm,smmu-v3" node, 0 without), placed top-down by memblock.
 * The sizing is libs/boot-saga's, so the saga's simulator and the host agree on every figure.
 */
export function reserveCarveout(platform: Platform, options: { nvheDebug?: boolean } = {}): CarveOutRecord {
  const c = kvmHypReserve(summarizePlatform(platform, options));
  // hyp_mem_size = pages << PAGE_SHIFT; memblock reserves ALIGN(hyp_mem_size, PMD_SIZE) at a PMD-aligned base.
  const hypMemSize = c.totalPages * PAGE_SIZE;
  const log =
    c.base === 0
      ? [`kvm [hyp]: Failed to reserve hyp memory`]
      : [`kvm [hyp]: Reserved ${Math.ceil(hypMemSize / 0x10_0000)} MiB at 0x${c.base.toString(16)}`];
  return {
    ret: c.base === 0 ? neg('ENOMEM') : 0,
    hypMemBase: c.base,
    hypMemSize: c.base === 0 ? 0 : hypMemSize,
    totalPages: c.totalPages,
    hypS1Pages: c.hypS1Pages,
    hostS2Pages: c.hostS2Pages,
    vmTablePages: c.vmTablePages,
    vmemmapPages: c.vmemmapPages,
    selftestPages: c.selftestPages,
    ffaProxyPages: c.ffaProxyPages,
    iommuPages: c.iommuPages,
    log,
  };
}
