import type { PlatformSummary } from './platform-summary';

const GiB = 1024 * 1024 * 1024;
const smmu = (id: string, over: Partial<{ probeOk: boolean; mmioPageAligned: boolean; supports4k: boolean }> = {}) => ({
  id,
  probeOk: true,
  mmioPageAligned: true,
  supports4k: true,
  ...over,
});

/** Spec fixtures: platform summaries that drive each natural outcome of the step model. */
export const QEMU_VIRT: PlatformSummary = { name: 'qemu-virt', cpus: 4, ram: [{ base: 0x4000_0000, size: 4 * GiB }], smmus: [smmu('smmu0')] };
export const TWO_SMMUS: PlatformSummary = { ...QEMU_VIRT, name: 'two-smmus', smmus: [smmu('smmu0'), smmu('smmu1')] };
export const NO_SMMU: PlatformSummary = { ...QEMU_VIRT, name: 'no-smmu', smmus: [] };
/** 4 MiB of RAM: the carve-out (about 1.7k pages) does not fit. */
export const TINY: PlatformSummary = { ...QEMU_VIRT, name: 'tiny', ram: [{ base: 0x4000_0000, size: 4 * 1024 * 1024 }] };
export const UNPROBED_SMMU: PlatformSummary = { ...QEMU_VIRT, name: 'unprobed', smmus: [smmu('smmu0'), smmu('smmu1', { probeOk: false })] };
export const UNALIGNED_SMMU: PlatformSummary = { ...QEMU_VIRT, name: 'unaligned', smmus: [smmu('smmu0'), smmu('smmu1', { mmioPageAligned: false })] };
export const NO_4K_SMMU: PlatformSummary = { ...QEMU_VIRT, name: 'no-4k', smmus: [smmu('smmu0', { supports4k: false })] };
