import { isErrno } from '@pkvm/errno';
import { PhysicalMemory } from './index';

const GiB = 2 ** 30;
const platform = () =>
  new PhysicalMemory({
    ram: [{ base: 0x8000_0000, size: GiB }, { base: 0x8_8000_0000, size: GiB }],
    mmio: [{ base: 0x0900_0000, size: 0x1000 }],
  });

describe('PhysicalMemory', () => {
  it('reads untouched memory as zero without allocating frames', () => {
    const m = platform();
    expect(m.read32(0x8000_0000)).toBe(0);
    expect(m.readBytes(0x8000_0ffc, 8)).toEqual(new Uint8Array(8));
    expect(m.touchedFrames).toBe(0);
  });

  it('is little-endian: a 32-bit write reads back byte by byte from the low byte up', () => {
    const m = platform();
    m.write32(0x8000_0010, 0x11223344);
    expect([...m.readBytes(0x8000_0010, 4)]).toEqual([0x44, 0x33, 0x22, 0x11]);
    expect(m.read32(0x8000_0010)).toBe(0x11223344);
  });

  it('stores 64-bit values as (lo, hi) halves, keeping bits above 53', () => {
    const m = platform();
    // XN (bits 54:53) set and a 48-bit address: not representable as a Number
    m.write64(0x8_8000_0008, 0x0000_07ff, 0x0060_ffff);
    expect(m.read64Lo(0x8_8000_0008) >>> 0).toBe(0x0000_07ff);
    expect(m.read64Hi(0x8_8000_0008) >>> 0).toBe(0x0060_ffff);
    expect([...m.readBytes(0x8_8000_0008, 8)]).toEqual([0xff, 0x07, 0, 0, 0xff, 0xff, 0x60, 0x00]);
    expect(() => m.readU64(0x8_8000_0008)).toThrow(/2\^53/);
  });

  it('reads and writes addresses below 2^53 as Numbers', () => {
    const m = platform();
    m.writeU64(0x8000_0100, 0xffff_ffff_f000);
    expect(m.read64Hi(0x8000_0100)).toBe(0xffff);
    expect(m.read64Lo(0x8000_0100) >>> 0).toBe(0xffff_f000);
    expect(m.readU64(0x8000_0100)).toBe(0xffff_ffff_f000);
    expect(() => m.writeU64(0x8000_0100, 2 ** 53)).toThrow();
  });

  it('copies bytes across frame boundaries (DMA)', () => {
    const m = platform();
    const data = Uint8Array.from({ length: 6000 }, (_, i) => (i * 7) & 0xff);
    m.writeBytes(0x8000_0f00, data);
    expect(m.readBytes(0x8000_0f00, 6000)).toEqual(data);
    expect(m.touchedFrames).toBe(3);
    expect(m.read32(0x8000_1000)).toBe(data[256] | (data[257] << 8) | (data[258] << 16) | (data[259] << 24));
  });

  it('faults with EFAULT outside every bank and region, and allows MMIO', () => {
    const m = platform();
    for (const pa of [0, 0x7fff_f000, 0x8000_0000 + GiB, 0x0900_1000]) {
      expect(() => m.read32(pa)).toThrow(expect.objectContaining({ errnoName: 'EFAULT' }));
    }
    let caught: unknown;
    try {
      m.writeBytes(0x8000_0000 + GiB - 4, new Uint8Array(8)); // straddles the end of the bank
    } catch (e) {
      caught = e;
    }
    expect(isErrno(caught, 'EFAULT')).toBe(true);
    expect(m.read32(0x8000_0000 + GiB - 4)).toBe(0); // nothing written before the fault
    m.write32(0x0900_0000, 5);
    expect(m.read32(0x0900_0000)).toBe(5);
  });

  it('rejects misaligned word accesses and overlapping regions', () => {
    const m = platform();
    expect(() => m.read32(0x8000_0002)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
    expect(() => m.write64(0x8000_0004, 0, 0)).toThrow(expect.objectContaining({ errnoName: 'EINVAL' }));
    expect(() => new PhysicalMemory({ ram: [{ base: 0, size: 0x2000 }, { base: 0x1000, size: 0x1000 }] })).toThrow();
  });

  it('hashes touched non-zero frames by address and content, not by touch order', () => {
    const a = platform();
    const b = platform();
    a.write32(0x8000_0000, 1);
    a.write32(0x8_8000_0000, 2);
    b.write32(0x8_8000_0000, 2);
    b.write32(0x8000_0000, 1);
    b.write32(0x8000_5000, 0); // touched but zero: ignored
    expect(a.hashFrames()).toBe(b.hashFrames());
    b.write32(0x8000_0000, 3);
    expect(a.hashFrames()).not.toBe(b.hashFrames());
    const c = platform();
    c.write32(0x8000_1000, 1); // same content, other frame
    c.write32(0x8_8000_0000, 2);
    expect(c.hashFrames()).not.toBe(a.hashFrames());
  });

  it('covers 64 GiB of RAM without per-page state', () => {
    const m = new PhysicalMemory({ ram: [{ base: 0x40_0000_0000, size: 64 * GiB }] });
    m.write32(0x40_0000_0000 + 64 * GiB - 4, 9);
    expect(m.read32(0x40_0000_0000 + 64 * GiB - 4)).toBe(9);
    expect(m.touchedFrames).toBe(1);
  });
});
