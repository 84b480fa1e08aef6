/**
 * The physical memory an SMMU reaches (stream tables, queues, page tables, DMA targets).
 * @pkvm/phys-mem's PhysicalMemory satisfies it structurally; an access outside RAM and MMIO throws
 * (KernelError EFAULT), which the SMMU turns into an external abort.
 */
export interface SmmuMemory {
  read32(pa: number): number;
  write32(pa: number, value: number): void;
  /** Bits [31:0] of the little-endian 64-bit value at `pa`. */
  read64Lo(pa: number): number;
  /** Bits [63:32] of the little-endian 64-bit value at `pa`. */
  read64Hi(pa: number): number;
  write64(pa: number, lo: number, hi: number): void;
  readBytes(pa: number, length: number): Uint8Array;
  writeBytes(pa: number, data: Uint8Array): void;
  /** Zeroes whole pages without allocating untouched frames (PhysicalMemory.zeroPages), when available. */
  zeroPages?(pa: number, size: number): void;
}

/** Zeroes [pa, pa + size): page-aligned spans through zeroPages when the memory has it. */
export function zeroRange(mem: SmmuMemory, pa: number, size: number): void {
  if (mem.zeroPages !== undefined && pa % 0x1000 === 0 && size % 0x1000 === 0) mem.zeroPages(pa, size);
  else mem.writeBytes(pa, new Uint8Array(size));
}
