import { decodeSte, encodeSte, SteConfig, steVtcr, STE_SHCFG_INCOMING, vtcrToSteFields } from './stream-table-entry';
import { dwordFromBigInt, dwordToBigInt } from './dword';
import { decodeL1Descriptor, encodeL1Descriptor, l2EntryCount } from './l1-stream-table-descriptor';

/**
 * pKVM v3 enable_dev STE for the identity domain ias = oas = 48, 4 KiB granule, start level 0,
 * PGD at 0x8000_0000 (PKVM.md §4.5, §5.2, §5.3). Worked out by hand:
 *   T0SZ = 64 - 48 = 16 = 0x10; SL0 = 2 - 0 = 2 -> 0x80 (bits 7:6); TG0 = 0 (4 KiB); PS = 5 (48 bits) -> 0x5_0000.
 *   coherent:     IRGN0 = 1 -> 0x100, ORGN0 = 1 -> 0x400, SH0 = 3 (IS) -> 0x3000:  VTCR[18:0] = 0x5_3590
 *   non-coherent: IRGN0 = ORGN0 = 0 (NC),        SH0 = 2 (OS) -> 0x2000:       VTCR[18:0] = 0x5_2090
 *   dword0 = V (bit 0) | Config 6 << 1 (0xc)                         = 0x0000_0000_0000_000d
 *   dword1 = SHCFG 1 << 44                                            = 0x0000_1000_0000_0000
 *   dword2 = VTCR << 32 | S2AA64 (bit 51) | S2R (bit 58) | VMID 0
 *          coherent:     0x5_3590 | 0x8_0000 (51-32=19) | 0x400_0000 (58-32=26) in the high half = 0x040d_3590_0000_0000
 *          non-coherent: 0x5_2090 | 0x8_0000 | 0x400_0000                                      = 0x040d_2090_0000_0000
 *   dword3 = S2TTB [51:4] in place                                    = 0x0000_0000_8000_0000
 */
const PKVM_STE = {
  coherent: [0x0000_0000_0000_000dn, 0x0000_1000_0000_0000n, 0x040d_3590_0000_0000n, 0x0000_0000_8000_0000n],
  nonCoherent: [0x0000_0000_0000_000dn, 0x0000_1000_0000_0000n, 0x040d_2090_0000_0000n, 0x0000_0000_8000_0000n],
};

function pkvmSte(vtcr: number) {
  return encodeSte({
    valid: true,
    config: SteConfig.S2_TRANS,
    shcfg: STE_SHCFG_INCOMING,
    ...vtcrToSteFields(vtcr),
    s2Vmid: 0,
    s2Aa64: true,
    s2R: true,
    s2Ttb: 0x8000_0000,
  });
}

describe('StreamTableEntry', () => {
  it.each([
    ['coherent (SH0 = IS, IRGN0 = ORGN0 = WBWA)', 0x1_0 | (2 << 6) | (1 << 8) | (1 << 10) | (3 << 12) | (5 << 16), PKVM_STE.coherent],
    ['non-coherent (SH0 = OS, IRGN0 = ORGN0 = NC)', 0x1_0 | (2 << 6) | (2 << 12) | (5 << 16), PKVM_STE.nonCoherent],
  ])('encodes the pKVM enable_dev STE dword by dword, %s', (_label, vtcr, expected) => {
    const d = pkvmSte(vtcr).map(dwordToBigInt);
    expect(d[0]).toBe(expected[0]);
    expect(d[1]).toBe(expected[1]);
    expect(d[2]).toBe(expected[2]);
    expect(d[3]).toBe(expected[3]);
    expect(d.slice(4)).toEqual([0n, 0n, 0n, 0n]);
  });

  it('decodes the hand-built coherent vector into its fields', () => {
    const ste = decodeSte([...PKVM_STE.coherent.map(dwordFromBigInt), ...[0n, 0n, 0n, 0n].map(dwordFromBigInt)]);
    expect(ste).toMatchObject({
      valid: true,
      config: 6,
      shcfg: 1,
      s2Vmid: 0,
      s2T0sz: 16,
      s2Sl0: 2,
      s2Ir0: 1,
      s2Or0: 1,
      s2Sh0: 3,
      s2Tg: 0,
      s2Ps: 5,
      s2Aa64: true,
      s2R: true,
      s2S: false,
      s2Affd: false,
      s2Ttb: 0x8000_0000,
    });
    expect(steVtcr(ste)).toBe(0x5_3590);
  });

  it('places S1ContextPtr [51:6], S1CDMax [63:59], EATS/STRW and VMID by hand', () => {
    // S1 bypass config 4 (0x8) | V, CD ptr 0x8_0000_1040 -> bits 51:6 in place, S1CDMax 3 << 59 = 0x1800_0000_0000_0000
    const d = encodeSte({ valid: true, config: SteConfig.BYPASS, s1ContextPtr: 0x8_0000_1040, s1CdMax: 3, eats: 1, strw: 2, s2Vmid: 0xbeef });
    expect(dwordToBigInt(d[0])).toBe(0x1800_0008_0000_1049n);
    // EATS 1 << 28 = 0x1000_0000, STRW 2 << 30 = 0x8000_0000
    expect(dwordToBigInt(d[1])).toBe(0x9000_0000n);
    expect(dwordToBigInt(d[2])).toBe(0xbeefn);
  });
});

describe('L1 stream-table descriptor', () => {
  it('encodes SPAN [4:0] and L2PTR [51:6] by hand', () => {
    // SPAN 9 | L2 table at 0x4_4000_4000: 0x0000_0004_4000_4009
    expect(dwordToBigInt(encodeL1Descriptor({ span: 9, l2Ptr: 0x4_4000_4000 }))).toBe(0x0000_0004_4000_4009n);
    expect(decodeL1Descriptor(dwordFromBigInt(0x000f_ffff_ffff_ffc9n))).toEqual({ span: 9, l2Ptr: 0xf_ffff_ffff_ffc0 });
    expect(l2EntryCount(9)).toBe(256);
    expect(l2EntryCount(0)).toBe(0);
  });
});
