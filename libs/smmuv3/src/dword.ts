/**
 * A 64-bit SMMU dword as two unsigned 32-bit halves (little-endian: `lo` is bits [31:0]).
 * Field helpers take the spec's [msb:lsb] notation; values up to 53 bits stay exact as numbers.
 */
export interface Dword {
  readonly lo: number;
  readonly hi: number;
}

const TWO_32 = 0x1_0000_0000;

export const ZERO_DWORD: Dword = Object.freeze({ lo: 0, hi: 0 });

/** Mask of the low `n` bits (0 <= n <= 32) as an unsigned 32-bit number. */
function lowMask(n: number): number {
  return n >= 32 ? 0xffff_ffff : (2 ** n) - 1;
}

/** A dword from two halves, normalised to unsigned 32-bit. */
export function dword(lo: number, hi = 0): Dword {
  return { lo: lo >>> 0, hi: hi >>> 0 };
}

/** A dword from a number below 2^53. */
export function dwordFromNumber(v: number): Dword {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`not a non-negative safe integer: ${v}`);
  return { lo: v % TWO_32 >>> 0, hi: Math.floor(v / TWO_32) >>> 0 };
}

/** The dword's value as a number; exact only when it is below 2^53. */
export function dwordToNumber(d: Dword): number {
  return d.hi * TWO_32 + d.lo;
}

/** Off the hot path only: the dword as a bigint (for hex printing and vectors). */
export function dwordToBigInt(d: Dword): bigint {
  return (BigInt(d.hi) << 32n) | BigInt(d.lo);
}

/** Off the hot path only: a dword from a bigint (test vectors). */
export function dwordFromBigInt(v: bigint): Dword {
  return { lo: Number(v & 0xffff_ffffn), hi: Number((v >> 32n) & 0xffff_ffffn) };
}

/** Bits [msb:lsb] of `d` as a number (width must be at most 53). */
export function getBits(d: Dword, msb: number, lsb: number): number {
  let value = 0;
  if (lsb < 32) {
    const top = Math.min(msb, 31);
    value = ((d.lo >>> lsb) & lowMask(top - lsb + 1)) >>> 0;
  }
  if (msb >= 32) {
    const from = Math.max(lsb, 32) - 32;
    const high = ((d.hi >>> from) & lowMask(msb - 32 - from + 1)) >>> 0;
    value += high * 2 ** (Math.max(lsb, 32) - lsb);
  }
  return value;
}

/** Bit `n` of `d`. */
export function getBit(d: Dword, n: number): boolean {
  return n < 32 ? ((d.lo >>> n) & 1) === 1 : ((d.hi >>> (n - 32)) & 1) === 1;
}

/** `d` with bits [msb:lsb] replaced by `value` (bits of `value` beyond the width are dropped). */
export function setBits(d: Dword, msb: number, lsb: number, value: number): Dword {
  let { lo, hi } = d;
  const width = msb - lsb + 1;
  const v = width >= 53 ? value : value % 2 ** width;
  if (lsb < 32) {
    const top = Math.min(msb, 31);
    const w = top - lsb + 1;
    const mask = (lowMask(w) << lsb) >>> 0;
    const part = (v % 2 ** w) * 2 ** lsb;
    lo = ((lo & ~mask) | (part & mask)) >>> 0;
  }
  if (msb >= 32) {
    const from = Math.max(lsb, 32) - 32;
    const w = msb - 32 - from + 1;
    const mask = (lowMask(w) << from) >>> 0;
    const part = Math.floor(v / 2 ** (Math.max(lsb, 32) - lsb)) % 2 ** w;
    hi = ((hi & ~mask) | ((part * 2 ** from) & mask)) >>> 0;
  }
  return { lo, hi };
}

/** `d` with bit `n` set or cleared. */
export function setBit(d: Dword, n: number, on = true): Dword {
  return setBits(d, n, n, on ? 1 : 0);
}

/** An address field kept in place, e.g. ADDR[51:6]: the address with bits below `lsb` zero. */
export function getAddress(d: Dword, msb: number, lsb: number): number {
  return getBits(d, msb, lsb) * 2 ** lsb;
}

/** `d` with the in-place address field [msb:lsb] taken from `addr` (low bits dropped). */
export function setAddress(d: Dword, msb: number, lsb: number, addr: number): Dword {
  return setBits(d, msb, lsb, Math.floor(addr / 2 ** lsb));
}

/** Bitwise OR of two dwords. */
export function orDword(a: Dword, b: Dword): Dword {
  return { lo: (a.lo | b.lo) >>> 0, hi: (a.hi | b.hi) >>> 0 };
}

export function dwordEquals(a: Dword, b: Dword): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** 0x-prefixed 16-digit hex, for messages and dumps. */
export function dwordHex(d: Dword): string {
  return `0x${d.hi.toString(16).padStart(8, '0')}${d.lo.toString(16).padStart(8, '0')}`;
}
