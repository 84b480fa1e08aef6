import { dword, dwordFromBigInt, dwordToBigInt, getAddress, getBits, setAddress, setBits, ZERO_DWORD } from './dword';

describe('dword field helpers', () => {
  it('reads fields inside the low half, inside the high half and across the boundary', () => {
    const d = dwordFromBigInt(0x0123_4567_89ab_cdefn);
    expect(getBits(d, 7, 0)).toBe(0xef);
    expect(getBits(d, 63, 56)).toBe(0x01);
    // bits [39:28]: 0x567 << ... = nibbles 7,8 of the low half's top and 0x67 of the high half -> 0x678
    expect(getBits(d, 39, 28)).toBe(0x678);
    expect(getBits(d, 51, 0)).toBe(0x3_4567_89ab_cdef); // the low 13 nibbles
  });

  it('writes fields without touching neighbours', () => {
    const all = dword(0xffff_ffff, 0xffff_ffff);
    expect(dwordToBigInt(setBits(all, 39, 28, 0))).toBe(0xffff_ff00_0fff_ffffn);
    expect(dwordToBigInt(setBits(ZERO_DWORD, 50, 32, 0x53590))).toBe(0x0005_3590_0000_0000n);
    expect(dwordToBigInt(setBits(ZERO_DWORD, 4, 0, 0x3f))).toBe(0x1fn); // value wider than the field is cut
  });

  it('keeps in-place address fields', () => {
    const d = setAddress(ZERO_DWORD, 51, 6, 0x8_1234_5678_40);
    expect(dwordToBigInt(d)).toBe(0x8_1234_5678_40n);
    expect(getAddress(d, 51, 6)).toBe(0x8_1234_5678_40);
    expect(getAddress(setAddress(ZERO_DWORD, 51, 12, 0x1234_5fff), 51, 12)).toBe(0x1234_5000);
  });
});
