import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { KernelError } from '@pkvm/errno';
import { AddressMap, AddressMapSpec, PAGE_SIZE } from './address-map';

// Frames are typed-array views; their byte order is the host's. The twin models a little-endian machine.
if (endianness() !== 'LE') throw new Error('phys-mem: a little-endian host is required');

const TWO32 = 4294967296;
const WORDS_PER_PAGE = PAGE_SIZE >> 2;

/**
 * Sparse physical memory over a platform's address map, little-endian, 4 KiB frames allocated on first write.
 * Untouched frames read as zero. Accesses outside every RAM bank and MMIO region throw EFAULT
 * (a KernelError, not a return value: a stray access is a model bug, not an expected refusal).
 * MMIO regions are backed by plain frames too (a register file placeholder); devices that need side
 * effects sit in front of this class.
 * 64-bit values are two 32-bit halves (lo, hi): descriptors use bits above 53, which a Number cannot hold.
 */
export class PhysicalMemory {
  readonly map: AddressMap;
  private readonly frames = new Map<number, Uint32Array>();

  constructor(spec: AddressMapSpec | AddressMap) {
    this.map = spec instanceof AddressMap ? spec : new AddressMap(spec);
  }

  private fault(pa: number, what: string): never {
    throw KernelError.of('EFAULT', `${what} at PA 0x${pa.toString(16)} outside every RAM bank and MMIO region`);
  }

  /** The 1024 words of the frame holding `pa`, allocated (zeroed) on first use. The page-table walkers index it directly. */
  frameWords(pa: number): Uint32Array {
    const pfn = Math.floor(pa / PAGE_SIZE);
    let f = this.frames.get(pfn);
    if (f === undefined) {
      if (!(pa >= 0) || this.map.kindOf(pa) === null) this.fault(pa, 'access');
      f = new Uint32Array(WORDS_PER_PAGE);
      this.frames.set(pfn, f);
    }
    return f;
  }

  /** The frame holding `pa` if it was ever touched (no allocation); validates the address. */
  private peek(pa: number): Uint32Array | undefined {
    const f = this.frames.get(Math.floor(pa / PAGE_SIZE));
    if (f === undefined && (!(pa >= 0) || this.map.kindOf(pa) === null)) this.fault(pa, 'access');
    return f;
  }

  private static aligned(pa: number, n: number): void {
    if (pa % n !== 0) throw KernelError.of('EINVAL', `unaligned ${n * 8}-bit access at PA 0x${pa.toString(16)}`);
  }

  read32(pa: number): number {
    PhysicalMemory.aligned(pa, 4);
    const f = this.peek(pa);
    return f === undefined ? 0 : f[(pa % PAGE_SIZE) >> 2];
  }

  write32(pa: number, value: number): void {
    PhysicalMemory.aligned(pa, 4);
    this.frameWords(pa)[(pa % PAGE_SIZE) >> 2] = value;
  }

  /** Bits [31:0] of the 64-bit little-endian value at `pa` (8-byte aligned). */
  read64Lo(pa: number): number {
    PhysicalMemory.aligned(pa, 8);
    const f = this.peek(pa);
    return f === undefined ? 0 : f[(pa % PAGE_SIZE) >> 2];
  }

  /** Bits [63:32] of the 64-bit little-endian value at `pa`. */
  read64Hi(pa: number): number {
    PhysicalMemory.aligned(pa, 8);
    const f = this.peek(pa);
    return f === undefined ? 0 : f[((pa % PAGE_SIZE) >> 2) + 1];
  }

  write64(pa: number, lo: number, hi: number): void {
    PhysicalMemory.aligned(pa, 8);
    const f = this.frameWords(pa);
    const i = (pa % PAGE_SIZE) >> 2;
    f[i] = lo;
    f[i + 1] = hi;
  }

  /** A 64-bit value known to be below 2^53 (an address); ERANGE when it is not. */
  readU64(pa: number): number {
    const hi = this.read64Hi(pa);
    if (hi >= 1 << 21) throw KernelError.of('ERANGE', `64-bit value at PA 0x${pa.toString(16)} exceeds 2^53`);
    return hi * TWO32 + this.read64Lo(pa);
  }

  writeU64(pa: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw KernelError.of('ERANGE', `not a u64 below 2^53: ${value}`);
    this.write64(pa, value % TWO32, Math.floor(value / TWO32));
  }

  /** Copies `length` bytes starting at `pa` (DMA read). */
  readBytes(pa: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const cur = pa + done;
      const off = cur % PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - off, length - done);
      const f = this.peek(cur);
      if (f !== undefined) out.set(new Uint8Array(f.buffer, f.byteOffset + off, n), done);
      done += n;
    }
    return out;
  }

  /** Writes `data` starting at `pa` (DMA write). Validates the whole range before writing anything. */
  writeBytes(pa: number, data: Uint8Array): void {
    for (let p = Math.floor(pa / PAGE_SIZE) * PAGE_SIZE; p < pa + data.length; p += PAGE_SIZE) {
      if (this.map.kindOf(Math.max(p, pa)) === null) this.fault(Math.max(p, pa), 'write');
    }
    let done = 0;
    while (done < data.length) {
      const cur = pa + done;
      const off = cur % PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - off, data.length - done);
      const f = this.frameWords(cur);
      new Uint8Array(f.buffer, f.byteOffset + off, n).set(data.subarray(done, done + n));
      done += n;
    }
  }

  /** Zeroes `[pa, pa + size)`, page aligned (pool hand-out). Untouched frames stay unallocated. */
  zeroPages(pa: number, size: number): void {
    for (let p = pa; p < pa + size; p += PAGE_SIZE) {
      const f = this.peek(p);
      if (f !== undefined) f.fill(0);
    }
  }

  /** Frames ever touched (allocated). */
  get touchedFrames(): number {
    return this.frames.size;
  }

  /**
   * sha256 over every touched frame that is not all-zero, in address order: 8-byte little-endian PFN, then
   * the 4 KiB of data. Two runs that wrote the same bytes hash equal, whatever order they touched frames in.
   */
  hashFrames(): string {
    const h = createHash('sha256');
    const pfns = [...this.frames.keys()].sort((a, b) => a - b);
    const key = new Uint32Array(2);
    for (const pfn of pfns) {
      const f = this.frames.get(pfn)!;
      if (f.every((w) => w === 0)) continue;
      key[0] = pfn % TWO32;
      key[1] = Math.floor(pfn / TWO32);
      h.update(new Uint8Array(key.buffer));
      h.update(new Uint8Array(f.buffer, f.byteOffset, PAGE_SIZE));
    }
    return h.digest('hex');
  }
}


