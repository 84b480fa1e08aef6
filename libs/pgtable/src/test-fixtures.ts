import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { IoPgtableArmS2, IoPgtableCfg, PGSIZES_4K_GRANULE } from './io-pgtable-arm';

/** Test-only platform: 256 MiB of RAM at 2 GiB, a page pool in its first `poolPages` pages. */
export const RAM_BASE = 0x8000_0000;
export const RAM_SIZE = 0x1000_0000;

export function makePlatform(poolPages = 1024) {
  const mem = new PhysicalMemory({ ram: [{ base: RAM_BASE, size: RAM_SIZE }], mmio: [{ base: 0x0900_0000, size: 0x20_0000 }] });
  const pool = new PagePool(mem, { base: RAM_BASE, size: poolPages * 4096 });
  return { mem, pool };
}

export function makePgtable(cfg: Partial<IoPgtableCfg> = {}, poolPages = 1024) {
  const { mem, pool } = makePlatform(poolPages);
  const initialFree = pool.freeCount;
  const pt = new IoPgtableArmS2(mem, pool, { ias: 48, oas: 48, pgsizeBitmap: PGSIZES_4K_GRANULE, ...cfg });
  return { mem, pool, pt, initialFree };
}

/**
 * Reads the descriptor mapping `iova` at `level` by following table descriptors in memory with BigInt
 * arithmetic: an independent walker, so tests do not check the model with its own walk code.
 */
export function readPteByHand(mem: PhysicalMemory, pgdPa: number, startLevel: number, pgdEntries: number, iova: number, level: number): bigint {
  let table = BigInt(pgdPa);
  const va = BigInt(iova);
  for (let l = startLevel; ; l++) {
    const shift = BigInt(12 + 9 * (3 - l));
    const mask = l === startLevel ? BigInt(pgdEntries - 1) : 511n;
    const idx = (va >> shift) & mask;
    const at = Number(table + idx * 8n);
    const pte = (BigInt(mem.read64Hi(at) >>> 0) << 32n) | BigInt(mem.read64Lo(at) >>> 0);
    if (l === level) return pte;
    if ((pte & 3n) !== 3n) throw new Error(`no table at level ${l} for iova 0x${iova.toString(16)}`);
    table = pte & 0x0000_ffff_ffff_f000n;
  }
}
