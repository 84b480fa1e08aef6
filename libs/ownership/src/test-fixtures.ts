import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { MemProtect } from './mem-protect';
import { MemoryLayout } from './memory-ranges';
import { HostOwnerChange } from './transition';

/** Test-only platform: 64 MiB of RAM at 2 GiB, a 2 MiB NOMAP memblock, two MMIO regions in the first gap. */
export const RAM_BASE = 0x8000_0000;
export const RAM_SIZE = 0x400_0000;
export const NOMAP_BASE = 0x9000_0000;
export const NOMAP_SIZE = 0x20_0000;
export const UART_BASE = 0x0900_0000;
export const SMMU_BASE = 0x0a00_0000;
export const LAYOUT: MemoryLayout = {
  ram: [{ base: RAM_BASE, size: RAM_SIZE }, { base: NOMAP_BASE, size: NOMAP_SIZE, nomap: true }],
  mmio: [{ base: UART_BASE, size: 0x1000 }, { base: SMMU_BASE, size: 0x2_0000 }],
};
/** The hyp carve-out holding the host_s2 pool: the first 2 MiB of RAM. */
export const CARVEOUT_SIZE = 0x20_0000;
/** First host-owned page after the carve-out. */
export const HOST_BASE = RAM_BASE + CARVEOUT_SIZE;

export interface HookLog {
  iommu: [number, number, number][];
  access: [number, number, number][];
  owners: HostOwnerChange[];
}

export function makeMemProtect(opts: { poolPages?: number; ipaBits?: number; carveout?: boolean } = {}) {
  const mem = new PhysicalMemory({ ram: LAYOUT.ram, mmio: LAYOUT.mmio });
  const pool = new PagePool(mem, { base: RAM_BASE, size: (opts.poolPages ?? 512) * 4096 });
  const log: HookLog = { iommu: [], access: [], owners: [] };
  const mp = new MemProtect({
    layout: LAYOUT,
    mem,
    hostS2Pool: pool,
    ipaBits: opts.ipaBits ?? 40,
    hooks: {
      iommuIdmap: (s, e, p) => log.iommu.push([s, e, p]),
      hostAccess: (s, e, p) => log.access.push([s, e, p]),
      ownerChange: (c) => log.owners.push(c),
    },
  });
  if (opts.carveout ?? true) {
    if (mp.fixHostOwnership(RAM_BASE, CARVEOUT_SIZE) !== 0) throw new Error('carve-out failed');
  }
  const clear = () => {
    log.iommu.length = 0;
    log.access.length = 0;
    log.owners.length = 0;
  };
  clear();
  return { mem, pool, mp, log, clear };
}

export const pfnOf = (pa: number) => pa / 4096;
