import { Dword, getAddress, getBit, getBits, setAddress, setBit, setBits, ZERO_DWORD } from './dword';

/** Dwords per STE (STRTAB_STE_DWORDS) and its size in bytes. */
export const STE_DWORDS = 8;
export const STE_SIZE = 64;

/** STE.Config [3:1] (STRTAB_STE_0_CFG_*). */
export const SteConfig = {
  ABORT: 0b000,
  BYPASS: 0b100,
  S1_TRANS: 0b101,
  S2_TRANS: 0b110,
  NESTED: 0b111,
} as const;

/** Config 0b001..0b011 are reserved and behave as 0b000 (abort, no event): SMMUv3 STE.Config table. */
export function isReservedSteConfig(config: number): boolean {
  return config >= 0b001 && config <= 0b011;
}

/** STE.SHCFG (dword1 [45:44]): 1 = use incoming shareability (STRTAB_STE_1_SHCFG_INCOMING). */
export const STE_SHCFG_INCOMING = 1;

/**
 * The STE fields the twin uses (PKVM.md §5.3). The stage-2 VTCR copy (dword2 [50:32] = VTCR[18:0])
 * is kept split into its fields. Dwords 4..7 are carried raw.
 */
export interface StreamTableEntry {
  readonly valid: boolean; // 0.0 V
  readonly config: number; // 0.3:1 Config
  readonly s1Fmt: number; // 0.5:4 S1Fmt
  readonly s1ContextPtr: number; // 0.51:6 S1ContextPtr
  readonly s1CdMax: number; // 0.63:59 S1CDMax
  readonly s1Dss: number; // 1.1:0 S1DSS
  readonly s1Cir: number; // 1.3:2 S1CIR
  readonly s1Cor: number; // 1.5:4 S1COR
  readonly s1Csh: number; // 1.7:6 S1CSH
  readonly s1Stalld: boolean; // 1.27 S1STALLD
  readonly eats: number; // 1.29:28 EATS
  readonly strw: number; // 1.31:30 STRW
  readonly shcfg: number; // 1.45:44 SHCFG
  readonly s2Vmid: number; // 2.15:0 S2VMID
  readonly s2T0sz: number; // 2.37:32 S2T0SZ (VTCR[5:0])
  readonly s2Sl0: number; // 2.39:38 S2SL0 (VTCR[7:6])
  readonly s2Ir0: number; // 2.41:40 S2IR0 (VTCR[9:8])
  readonly s2Or0: number; // 2.43:42 S2OR0 (VTCR[11:10])
  readonly s2Sh0: number; // 2.45:44 S2SH0 (VTCR[13:12])
  readonly s2Tg: number; // 2.47:46 S2TG (VTCR[15:14])
  readonly s2Ps: number; // 2.50:48 S2PS (VTCR[18:16])
  readonly s2Aa64: boolean; // 2.51 S2AA64
  readonly s2Endi: boolean; // 2.52 S2ENDI
  readonly s2Affd: boolean; // 2.53 S2AFFD (spec)
  readonly s2Ptw: boolean; // 2.54 S2PTW
  readonly s2Hd: boolean; // 2.55 S2HD (spec)
  readonly s2Ha: boolean; // 2.56 S2HA (spec)
  readonly s2S: boolean; // 2.57 S2S
  readonly s2R: boolean; // 2.58 S2R
  readonly s2Ttb: number; // 3.51:4 S2TTB
  /** Dwords 4..7, unused by the twin, carried as is. */
  readonly tail: readonly Dword[];
}

/** An all-zero STE (V = 0): what a fresh stream table holds. */
export const EMPTY_STE: StreamTableEntry = Object.freeze(decodeSte(new Array<Dword>(STE_DWORDS).fill(ZERO_DWORD)));

/** Decodes 8 dwords (STRTAB_STE_0_* .. STRTAB_STE_3_*). */
export function decodeSte(d: readonly Dword[]): StreamTableEntry {
  if (d.length !== STE_DWORDS) throw new RangeError(`an STE has ${STE_DWORDS} dwords, got ${d.length}`);
  const [d0, d1, d2, d3] = d;
  return {
    valid: getBit(d0, 0),
    config: getBits(d0, 3, 1),
    s1Fmt: getBits(d0, 5, 4),
    s1ContextPtr: getAddress(d0, 51, 6),
    s1CdMax: getBits(d0, 63, 59),
    s1Dss: getBits(d1, 1, 0),
    s1Cir: getBits(d1, 3, 2),
    s1Cor: getBits(d1, 5, 4),
    s1Csh: getBits(d1, 7, 6),
    s1Stalld: getBit(d1, 27),
    eats: getBits(d1, 29, 28),
    strw: getBits(d1, 31, 30),
    shcfg: getBits(d1, 45, 44),
    s2Vmid: getBits(d2, 15, 0),
    s2T0sz: getBits(d2, 37, 32),
    s2Sl0: getBits(d2, 39, 38),
    s2Ir0: getBits(d2, 41, 40),
    s2Or0: getBits(d2, 43, 42),
    s2Sh0: getBits(d2, 45, 44),
    s2Tg: getBits(d2, 47, 46),
    s2Ps: getBits(d2, 50, 48),
    s2Aa64: getBit(d2, 51),
    s2Endi: getBit(d2, 52),
    s2Affd: getBit(d2, 53),
    s2Ptw: getBit(d2, 54),
    s2Hd: getBit(d2, 55),
    s2Ha: getBit(d2, 56),
    s2S: getBit(d2, 57),
    s2R: getBit(d2, 58),
    s2Ttb: getAddress(d3, 51, 4),
    tail: d.slice(4),
  };
}

/** Encodes an STE into its 8 dwords; fields the twin does not model are zero. */
export function encodeSte(ste: Partial<StreamTableEntry>): Dword[] {
  let d0 = ZERO_DWORD;
  d0 = setBit(d0, 0, ste.valid ?? false);
  d0 = setBits(d0, 3, 1, ste.config ?? 0);
  d0 = setBits(d0, 5, 4, ste.s1Fmt ?? 0);
  d0 = setAddress(d0, 51, 6, ste.s1ContextPtr ?? 0);
  d0 = setBits(d0, 63, 59, ste.s1CdMax ?? 0);
  let d1 = ZERO_DWORD;
  d1 = setBits(d1, 1, 0, ste.s1Dss ?? 0);
  d1 = setBits(d1, 3, 2, ste.s1Cir ?? 0);
  d1 = setBits(d1, 5, 4, ste.s1Cor ?? 0);
  d1 = setBits(d1, 7, 6, ste.s1Csh ?? 0);
  d1 = setBit(d1, 27, ste.s1Stalld ?? false);
  d1 = setBits(d1, 29, 28, ste.eats ?? 0);
  d1 = setBits(d1, 31, 30, ste.strw ?? 0);
  d1 = setBits(d1, 45, 44, ste.shcfg ?? 0);
  let d2 = ZERO_DWORD;
  d2 = setBits(d2, 15, 0, ste.s2Vmid ?? 0);
  d2 = setBits(d2, 37, 32, ste.s2T0sz ?? 0);
  d2 = setBits(d2, 39, 38, ste.s2Sl0 ?? 0);
  d2 = setBits(d2, 41, 40, ste.s2Ir0 ?? 0);
  d2 = setBits(d2, 43, 42, ste.s2Or0 ?? 0);
  d2 = setBits(d2, 45, 44, ste.s2Sh0 ?? 0);
  d2 = setBits(d2, 47, 46, ste.s2Tg ?? 0);
  d2 = setBits(d2, 50, 48, ste.s2Ps ?? 0);
  d2 = setBit(d2, 51, ste.s2Aa64 ?? false);
  d2 = setBit(d2, 52, ste.s2Endi ?? false);
  d2 = setBit(d2, 53, ste.s2Affd ?? false);
  d2 = setBit(d2, 54, ste.s2Ptw ?? false);
  d2 = setBit(d2, 55, ste.s2Hd ?? false);
  d2 = setBit(d2, 56, ste.s2Ha ?? false);
  d2 = setBit(d2, 57, ste.s2S ?? false);
  d2 = setBit(d2, 58, ste.s2R ?? false);
  const d3 = setAddress(ZERO_DWORD, 51, 4, ste.s2Ttb ?? 0);
  const tail = ste.tail ?? [ZERO_DWORD, ZERO_DWORD, ZERO_DWORD, ZERO_DWORD];
  if (tail.length !== 4) throw new RangeError(`an STE tail has 4 dwords, got ${tail.length}`);
  return [d0, d1, d2, d3, ...tail];
}

/** The STE's VTCR[18:0] copy (STRTAB_STE_2_VTCR, dword2 [50:32]) as one number. */
export function steVtcr(ste: StreamTableEntry): number {
  return (
    ste.s2T0sz |
    (ste.s2Sl0 << 6) |
    (ste.s2Ir0 << 8) |
    (ste.s2Or0 << 10) |
    (ste.s2Sh0 << 12) |
    (ste.s2Tg << 14) |
    (ste.s2Ps << 16)
  );
}

/** VTCR[18:0] split into the STE's S2 fields (FIELD_PREP(STRTAB_STE_2_VTCR, vtcr)). */
export function vtcrToSteFields(
  vtcr: number,
): Pick<StreamTableEntry, 's2T0sz' | 's2Sl0' | 's2Ir0' | 's2Or0' | 's2Sh0' | 's2Tg' | 's2Ps'> {
  return {
    s2T0sz: vtcr & 0x3f,
    s2Sl0: (vtcr >>> 6) & 0x3,
    s2Ir0: (vtcr >>> 8) & 0x3,
    s2Or0: (vtcr >>> 10) & 0x3,
    s2Sh0: (vtcr >>> 12) & 0x3,
    s2Tg: (vtcr >>> 14) & 0x3,
    s2Ps: (vtcr >>> 16) & 0x7,
  };
}
