import { ERRNO } from '@pkvm/errno';
import { MemoryRanges } from './memory-ranges';
import { LAYOUT, NOMAP_BASE, RAM_BASE, RAM_SIZE, SMMU_BASE, UART_BASE } from './test-fixtures';

describe('MemoryRanges (find_mem_range, check_range_allowed_memory)', () => {
  const r = new MemoryRanges(LAYOUT);

  it('finds memblocks and the gaps between them as kvm_mem_ranges', () => {
    expect(r.findMemRange(RAM_BASE + 0x1000)).toEqual({ start: RAM_BASE, end: RAM_BASE + RAM_SIZE, memblock: 0 });
    expect(r.findMemRange(UART_BASE)).toEqual({ start: 0, end: RAM_BASE, memblock: -1 });
    expect(r.findMemRange(RAM_BASE + RAM_SIZE)).toEqual({ start: RAM_BASE + RAM_SIZE, end: NOMAP_BASE, memblock: -1 });
    expect(r.findMemRange(NOMAP_BASE + 0x20_0000)).toEqual({ start: NOMAP_BASE + 0x20_0000, end: Number.MAX_SAFE_INTEGER, memblock: -1 });
  });

  it.each([
    ['inside RAM', RAM_BASE, RAM_BASE + 0x3000, 0],
    ['a whole memblock', RAM_BASE, RAM_BASE + RAM_SIZE, 0],
    ['memory into the gap (crosses spans)', RAM_BASE + RAM_SIZE - 0x1000, RAM_BASE + RAM_SIZE + 0x1000, -ERRNO.EINVAL],
    ['MMIO into memory (crosses spans)', RAM_BASE - 0x1000, RAM_BASE + 0x1000, -ERRNO.EINVAL],
    ['pure MMIO', SMMU_BASE, SMMU_BASE + 0x1000, -ERRNO.EPERM],
    ['two MMIO regions in one gap (same span)', UART_BASE, SMMU_BASE + 0x1000, -ERRNO.EPERM],
    ['MEMBLOCK_NOMAP', NOMAP_BASE, NOMAP_BASE + 0x1000, -ERRNO.EPERM],
    ['a hole above all memory', 0x1_0000_0000, 0x1_0000_1000, -ERRNO.EPERM],
  ])('%s -> %d', (_name, start, end, want) => {
    expect(r.checkRangeAllowedMemory(start, end)).toBe(want);
  });

  it('range_is_memory and addr_is_memory', () => {
    expect(r.rangeIsMemory(RAM_BASE, RAM_BASE + RAM_SIZE)).toBe(true);
    expect(r.rangeIsMemory(RAM_BASE, RAM_BASE + RAM_SIZE + 0x1000)).toBe(false);
    expect(r.rangeIsMemory(NOMAP_BASE, NOMAP_BASE + 0x1000)).toBe(true); // NOMAP is memory, just not allowed
    expect(r.addrIsMemory(UART_BASE)).toBe(false);
    expect(r.isMmio(UART_BASE)).toBe(true);
    expect(r.isMmio(RAM_BASE)).toBe(false);
  });

  it('indexes memory pages like the vmemmap, and back', () => {
    expect(r.nrPages).toBe(RAM_SIZE / 4096 + 512);
    expect(r.pageIndex(RAM_BASE)).toBe(0);
    expect(r.pageIndex(NOMAP_BASE)).toBe(RAM_SIZE / 4096);
    expect(r.pageIndex(UART_BASE)).toBe(-1);
    for (const pa of [RAM_BASE, RAM_BASE + 0x5000, NOMAP_BASE + 0x1000]) expect(r.pageAddr(r.pageIndex(pa))).toBe(pa);
  });

  it('rejects overlapping or unaligned spans', () => {
    expect(() => new MemoryRanges({ ram: [{ base: 0x1000, size: 0x2000 }], mmio: [{ base: 0x2000, size: 0x1000 }] })).toThrow(/overlapping/);
    expect(() => new MemoryRanges({ ram: [{ base: 0x1001, size: 0x1000 }] })).toThrow(/bad memblock/);
  });

  it('indexes 64 GiB of memory without per-page objects', () => {
    const big = new MemoryRanges({ ram: [{ base: 0x8_0000_0000, size: 64 * 2 ** 30 }] });
    expect(big.nrPages).toBe(16 * 2 ** 20);
    expect(big.pageIndex(0x8_0000_0000 + 64 * 2 ** 30 - 4096)).toBe(16 * 2 ** 20 - 1);
  });
});
