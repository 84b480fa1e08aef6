import type { Platform } from '@pkvm/platform';
import { IDR0, IDR5 } from '@pkvm/smmuv3';

/**
 * What the boot saga's simulator needs to know about a machine: the facts that decide each step's outcome.
 * Carried inside BootRequested so that a replay or what-if sees exactly the machine the boot saw.
 */
export interface PlatformSummary {
  readonly name: string;
  readonly cpus: number;
  /** memblock regions in bytes (page-aligned). */
  readonly ram: readonly { readonly base: number; readonly size: number }[];
  /** One entry per "arm,smmu-v3" node, in device-tree order. */
  readonly smmus: readonly SmmuSummary[];
  /** CONFIG_NVHE_EL2_DEBUG: 32 selftest pages in the carve-out. */
  readonly nvheDebug?: boolean;
}

export interface SmmuSummary {
  readonly id: string;
  /** The v3 host probe accepts it: TRANS_S2, little-endian walks, no STALL_FORCE. Otherwise it is not probed (-EUNATCH). */
  readonly probeOk: boolean;
  /** MMIO base and size are page-aligned (smmu_init_device, else -EINVAL). */
  readonly mmioPageAligned: boolean;
  /** IDR5.GRAN4K (smmu_init_pgt, else -EINVAL). */
  readonly supports4k: boolean;
}

const PAGE_SIZE = 4096;
const TTENDIAN_BE = 3;
const STALL_FORCE = 2;

/** The summary of a loaded platform file: probe acceptance and page sizes come from the SMMU ID registers. */
export function summarizePlatform(p: Platform, options: { nvheDebug?: boolean } = {}): PlatformSummary {
  return {
    name: p.name,
    cpus: p.cpus.length,
    ram: p.ram.map((b) => ({ base: b.base, size: b.size })),
    smmus: p.smmus.map((s) => {
      const idr0 = s.idr.idr0;
      const ttEndian = (idr0 >>> IDR0.TTENDIAN_SHIFT) & 0x3;
      const stallModel = (idr0 >>> IDR0.STALL_MODEL_SHIFT) & 0x3;
      return {
        id: s.id,
        probeOk: (idr0 & IDR0.S2P) !== 0 && ttEndian !== TTENDIAN_BE && stallModel !== STALL_FORCE,
        mmioPageAligned: s.base % PAGE_SIZE === 0 && s.size % PAGE_SIZE === 0,
        supports4k: (s.idr.idr5 & IDR5.GRAN4K) !== 0,
      };
    }),
    ...(options.nvheDebug ? { nvheDebug: true } : {}),
  };
}
