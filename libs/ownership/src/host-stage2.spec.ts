import { ERRNO } from '@pkvm/errno';
import { PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT, kvmHostStage2Geometry } from '@pkvm/pgtable';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import { KVM_INVALID_PTE_OWNER_MASK, KvmHostStage2, decodeDonationMeta, kvmInvalidPteOwner, kvmStage2PteProt } from './host-stage2';
import { MemoryRanges } from './memory-ranges';
import { LAYOUT, RAM_BASE, SMMU_BASE, UART_BASE } from './test-fixtures';

/** Reads the 64-bit entry mapping `ipa` at `level` with BigInt arithmetic, independent of the model's walker. */
function readPte(mem: PhysicalMemory, s2: KvmHostStage2, ipa: number, level: number): bigint {
  const g = s2.geometry;
  let table = BigInt(s2.pgdPa);
  for (let l = g.startLevel; ; l++) {
    const shift = BigInt(12 + 9 * (3 - l));
    const mask = l === g.startLevel ? BigInt(g.pgdEntries - 1) : 511n;
    const at = Number(table + ((BigInt(ipa) >> shift) & mask) * 8n);
    const pte = (BigInt(mem.read64Hi(at) >>> 0) << 32n) | BigInt(mem.read64Lo(at) >>> 0);
    if (l === level) return pte;
    if ((pte & 3n) !== 3n) throw new Error(`no table at level ${l}`);
    table = pte & 0x0000_ffff_ffff_f000n;
  }
}

function make(ipaBits = 40, poolPages = 64) {
  const mem = new PhysicalMemory({ ram: LAYOUT.ram, mmio: LAYOUT.mmio });
  const pool = new PagePool(mem, { base: RAM_BASE, size: poolPages * 4096 });
  return { mem, pool, s2: new KvmHostStage2(mem, pool, ipaBits), ranges: new MemoryRanges(LAYOUT) };
}

describe('KvmHostStage2', () => {
  it.each([32, 36, 40, 44, 48])('uses KVM geometry for a %d-bit IPA (concatenated PGD from the pool)', (bits) => {
    const { s2, pool } = make(bits);
    const g = kvmHostStage2Geometry(bits);
    expect(s2.geometry).toEqual(g);
    expect(pool.freeCount).toBe(64 - g.concatPages);
  });

  it('annotates a page with the owner id in bits [9:2] and leaves the rest of the block to fault in', () => {
    const { mem, s2 } = make();
    expect(s2.map(RAM_BASE + 0x20_0000, 0x20_0000, PKVM_HOST_MEM_PROT, false)).toBe(0);
    expect(s2.getLeaf(RAM_BASE + 0x20_0000).level).toBe(2);
    const block = readPte(mem, s2, RAM_BASE + 0x20_0000, 2);
    expect(block & 3n).toBe(1n); // valid block
    expect(Number((block >> 6n) & 3n)).toBe(3); // S2AP RW
    expect(Number((block >> 53n) & 3n)).toBe(0); // executable
    expect(s2.setOwner(RAM_BASE + 0x20_1000, 0x1000, 1)).toBe(0);
    const pte = readPte(mem, s2, RAM_BASE + 0x20_1000, 3);
    expect(pte & 1n).toBe(0n);
    expect(Number(pte & BigInt(KVM_INVALID_PTE_OWNER_MASK)) >> 2).toBe(1);
    expect(readPte(mem, s2, RAM_BASE + 0x20_0000, 3)).toBe(0n); // block broken, not rebuilt
    expect(kvmInvalidPteOwner(s2.getLeaf(RAM_BASE + 0x20_1000).lo)).toBe(1);
    expect(s2.setOwner(RAM_BASE + 0x20_1000, 0x1000, 0)).toBe(0);
    expect(readPte(mem, s2, RAM_BASE + 0x20_1000, 3)).toBe(0n); // owner HOST is a zero PTE
  });

  it('encodes donation metadata without touching the valid bit, owner field or LOCKED', () => {
    const { s2 } = make();
    const meta = { vmHandle: 0x1234, gfn: 0x9_8765_4321 };
    expect(s2.setOwner(RAM_BASE, 0x1000, 3, meta)).toBe(0);
    const e = s2.getLeaf(RAM_BASE);
    expect(e.lo & 0x7ff).toBe(3 << 2);
    expect(decodeDonationMeta(e.lo, e.hi)).toEqual(meta);
  });

  it('maps MMIO RW without X and memory RWX', () => {
    const { s2 } = make();
    expect(s2.map(UART_BASE, 0x1000, PKVM_HOST_MMIO_PROT, false)).toBe(0);
    const e = s2.getLeaf(UART_BASE);
    expect(kvmStage2PteProt(e.lo, e.hi)).toBe(PKVM_HOST_MMIO_PROT);
  });

  it('returns -ENOMEM when the pool is empty', () => {
    const { s2, pool } = make(40, 3); // 2 PGD pages + 1
    expect(pool.freeCount).toBe(1);
    expect(s2.setOwner(RAM_BASE, 0x1000, 1)).toBe(-ERRNO.ENOMEM);
  });

  it('unmap clears valid MMIO leaves, frees empty tables and stops with -EPERM at an annotation', () => {
    const { s2, pool } = make();
    const free0 = pool.freeCount;
    expect(s2.map(UART_BASE, 0x1000, PKVM_HOST_MMIO_PROT, true)).toBe(0);
    expect(pool.freeCount).toBeLessThan(free0);
    expect(s2.unmap(0, RAM_BASE)).toBe(0);
    expect(pool.freeCount).toBe(free0);
    expect(s2.tablePages).toBe(0);
    expect(s2.setOwner(SMMU_BASE, 0x1000, 1)).toBe(0);
    expect(s2.map(SMMU_BASE + 0x1000, 0x1000, PKVM_HOST_MMIO_PROT, true)).toBe(0);
    expect(s2.unmap(0, RAM_BASE)).toBe(-ERRNO.EPERM);
    expect(kvmInvalidPteOwner(s2.getLeaf(SMMU_BASE).lo)).toBe(1);
  });

  it('snapshot leaves merge runs, cut at memblock boundaries and mark annotations', () => {
    const { s2, ranges } = make();
    s2.setOwner(RAM_BASE, 0x2000, 1);
    s2.map(RAM_BASE + 0x20_0000, 0x20_0000, PKVM_HOST_MEM_PROT, false);
    const leaves = s2.snapshotLeaves(ranges, 0, 0x1_0000_0000);
    const at = (pa: number) => leaves.find((l) => l.start <= pa && pa < l.end)!;
    expect(at(RAM_BASE)).toEqual({ start: RAM_BASE, end: RAM_BASE + 0x2000, state: 'annotated', isMemory: true });
    expect(at(RAM_BASE + 0x2000)).toMatchObject({ state: 'empty', isMemory: true, end: RAM_BASE + 0x20_0000 });
    expect(at(RAM_BASE + 0x20_0000)).toMatchObject({ state: 'mapped', kvmProt: PKVM_HOST_MEM_PROT, end: RAM_BASE + 0x40_0000 });
    expect(at(UART_BASE)).toEqual({ start: 0, end: RAM_BASE, state: 'empty', isMemory: false });
    for (let i = 1; i < leaves.length; i++) expect(leaves[i].start).toBe(leaves[i - 1].end);
    expect(s2.hostAccessProt(RAM_BASE, ranges)).toBe(0);
    expect(s2.hostAccessProt(RAM_BASE + 0x3000, ranges)).toBe(PKVM_HOST_MEM_PROT);
    expect(s2.hostAccessProt(UART_BASE, ranges)).toBe(PKVM_HOST_MMIO_PROT);
  });
});
