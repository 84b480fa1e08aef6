import { KernelError } from '@pkvm/errno';
import { PhysicalMemory } from '@pkvm/phys-mem';
import type { Platform, SmmuDescriptor } from '@pkvm/platform';
import { idr0StLevel, idr1CmdqShift, idr1SidSize, L1_DESC_SIZE, STE_SIZE, STRTAB_SPLIT } from '@pkvm/smmuv3';
import { checkAddr, checkInt, hex, PAGE } from './machine-args';

/** Host-allocated command queue and stream table of one SMMU (v3: donated to EL2 at init). */
export interface SmmuTables {
  cmdqBase: number;
  cmdqLog2Entries: number;
  strtabBase: number;
  strtabTwoLevel: boolean;
  strtabLog2Size: number;
}

/** The queue the twin carves when the host gave none: 256 commands (4 KiB), capped by IDR1.CMDQS. */
const DEFAULT_CMDQ_LOG2 = 8;

/** Bytes of the stream table the SMMU walks first: the linear table, or the L1 table of a two-level one. */
export function strtabBytes(t: SmmuTables): number {
  return t.strtabTwoLevel ? 2 ** (t.strtabLog2Size - STRTAB_SPLIT) * L1_DESC_SIZE : 2 ** t.strtabLog2Size * STE_SIZE;
}

/**
 * Linux's shape (arm_smmu_init_strtab): two-level when IDR0.ST_LEVEL allows and the SIDs span more than one L2
 * table. A linear table covers the platform's StreamIDs (at least 256 entries) rather than 2^SIDSIZE as Linux
 * does: the twin carves it from the carve-out slice, where 4 MiB for 16 SID bits would starve the IOMMU pool.
 */
function defaultShape(s: SmmuDescriptor, maxSid: number): SmmuTables {
  const sidBits = idr1SidSize(s.idr.idr1);
  const twoLevel = idr0StLevel(s.idr.idr0) === 1 && sidBits > STRTAB_SPLIT;
  const linearBits = Math.min(sidBits, Math.max(STRTAB_SPLIT, Math.ceil(Math.log2(maxSid + 1))));
  return {
    cmdqBase: 0,
    cmdqLog2Entries: Math.min(DEFAULT_CMDQ_LOG2, idr1CmdqShift(s.idr.idr1)),
    strtabBase: 0,
    strtabTwoLevel: twoLevel,
    strtabLog2Size: twoLevel ? sidBits : linearBits,
  };
}

/**
 * When the host gave no tables, the twin stands in for its allocations: each queue and stream table is carved
 * from the top of the carve-out slice, naturally aligned (as dma_alloc_coherent would align them), before
 * hyp_pool_init takes the rest. Returns the tables and the pool's remaining size; ENOMEM when nothing is left.
 */
export function carveTables(base: number, size: number, p: Platform): { tables: SmmuTables[]; poolSize: number } {
  let top = base + size;
  const place = (bytes: number) => {
    const span = 2 ** Math.ceil(Math.log2(Math.max(bytes, PAGE)));
    top = Math.floor((top - span) / span) * span;
    return top;
  };
  const tables = p.smmus.map((s) => {
    const sids = p.devices.filter((d) => d.smmu === s.id).flatMap((d) => d.streamIds);
    const t = defaultShape(s, Math.max(0, ...sids));
    const cmdqBase = place(2 ** t.cmdqLog2Entries * 16);
    return { ...t, cmdqBase, strtabBase: place(strtabBytes(t)) };
  });
  if (top - base < PAGE) throw KernelError.of('ENOMEM', `the carve-out slice ${hex(base)}+${hex(size)} cannot hold the SMMU queues and stream tables and a pool`);
  return { tables, poolSize: top - base };
}

/** EINVAL unless the host's tables fit the SMMU and lie in RAM outside the pool. */
export function checkTables(mem: PhysicalMemory, pool: { base: number; size: number }, smmus: readonly SmmuDescriptor[], tables: readonly SmmuTables[]): void {
  if (tables.length !== smmus.length) throw KernelError.of('EINVAL', `${tables.length} SMMU table sets for ${smmus.length} SMMUs`);
  tables.forEach((t, i) => {
    const s = smmus[i];
    checkInt(`smmus[${i}].cmdq_log2_entries`, t.cmdqLog2Entries, 1, idr1CmdqShift(s.idr.idr1));
    checkInt(`smmus[${i}].strtab_log2_size`, t.strtabLog2Size, t.strtabTwoLevel ? STRTAB_SPLIT + 1 : 1, idr1SidSize(s.idr.idr1));
    if (t.strtabTwoLevel && idr0StLevel(s.idr.idr0) !== 1) throw KernelError.of('EINVAL', `smmu${i} has no two-level stream tables`);
    const spans: [string, number, number, number][] = [
      ['cmdq', checkAddr(`smmus[${i}].cmdq_base`, t.cmdqBase), 2 ** t.cmdqLog2Entries * 16, 32],
      ['strtab', checkAddr(`smmus[${i}].strtab_base`, t.strtabBase), strtabBytes(t), 64],
    ];
    for (const [what, base, size, align] of spans) {
      if (base % Math.max(align, Math.min(size, PAGE)) !== 0) throw KernelError.of('EINVAL', `smmu${i} ${what} ${hex(base)} misaligned`);
      if (!mem.map.containsRange(base, size, 'ram')) throw KernelError.of('EINVAL', `smmu${i} ${what} ${hex(base)}+${hex(size)} is not RAM`);
      if (base < pool.base + pool.size && pool.base < base + size) throw KernelError.of('EINVAL', `smmu${i} ${what} overlaps the IOMMU pool`);
    }
  });
}
