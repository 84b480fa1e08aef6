import { createHash } from 'node:crypto';
import { MAX_PAGE_ORDER } from '@pkvm/phys-mem';
import { SmmuReg } from '@pkvm/smmuv3';
import type { Machine } from './machine';

/** Every register offset the model keeps (64-bit registers as two words). */
const REG_OFFSETS = [...new Set(Object.values(SmmuReg).flatMap((o) => [o, o + 4]))].sort((a, b) => a - b);

/**
 * The model state outside the frames: registers, caches, pool, latches, warnings, and once the hypervisor
 * pushed it, a digest of the host access map (stable JSON; the key is absent before, so a machine without a
 * map hashes as it always did).
 */
export function modelState(m: Machine): unknown {
  const el2 = m.el2;
  const hostAccess = m.hostAccess.digest();
  return {
    ...(hostAccess ? { hostAccess } : {}),
    smmus: m.smmus.map((d) => ({
      regs: REG_OFFSETS.map((o) => d.read32(o)),
      iotlb: d.iotlb
        .entries()
        .map((e) => [e.vmid, e.level, e.ipaBase, e.paBase, e.size, e.read, e.write])
        .sort((a, b) => (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number)),
      configCache: d.configCache.sids(),
      pending: d.pendingInvalidations,
      stats: d.stats,
    })),
    el2: el2 && {
      pool: { base: el2.pool.base, pages: el2.pool.nrPages, free: el2.pool.freeCount, blocks: Array.from({ length: MAX_PAGE_ORDER + 1 }, (_, o) => el2.pool.freeBlocks(o)) },
      pgd: el2.pgtable.pgdPa,
      tablePages: el2.pgtable.tablePages,
      idmapInitialized: el2.domain.initialized,
      tables: el2.tables,
    },
    warnings: m.warnings,
  };
}

export interface StateHashes {
  hash: string;
  framesHash: string;
  modelHash: string;
}

/** sha256 over the frames (PhysicalMemory.hashFrames) and the model state: equal iff replay reached the same machine. */
export function stateHash(m: Machine): StateHashes {
  const framesHash = m.mem.hashFrames();
  const modelHash = createHash('sha256').update(JSON.stringify(modelState(m))).digest('hex');
  const hash = createHash('sha256').update(framesHash).update(modelHash).digest('hex');
  return { hash, framesHash, modelHash };
}
