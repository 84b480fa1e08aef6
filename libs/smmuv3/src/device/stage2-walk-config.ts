import { ADDR_SIZE_BITS } from '../smmu-registers';
import type { StreamTableEntry } from '../stream-table-entry';

/** What a stage-2 walk needs from the STE, checked against the SMMU's features. */
export interface Stage2WalkConfig {
  readonly vmid: number;
  /** Input (IPA) size in bits: 64 - S2T0SZ. */
  readonly inputBits: number;
  /** Initial lookup level from S2SL0 (4 KiB granule: 0 -> L2, 1 -> L1, 2 -> L0). */
  readonly startLevel: number;
  /** Effective output size in bits: min(S2PS, IDR5.OAS). */
  readonly outputBits: number;
  /** S2TTB, the (possibly concatenated) start table. */
  readonly ttb: number;
  /** S2AFFD: an AF = 0 leaf does not fault. */
  readonly affd: boolean;
  /** S2R: record stage-2 faults (else they terminate silently). */
  readonly record: boolean;
}

/** The SMMU features that bound a valid stage-2 STE. */
export interface Stage2Features {
  /** IDR5.OAS in bits. */
  readonly oasBits: number;
  /** IAS in bits: max(OAS, 40) when stage 1 is implemented, else OAS. */
  readonly iasBits: number;
  /** IDR5.GRAN4K. */
  readonly gran4k: boolean;
}

/** Largest number of extra index bits at the start level: 16 concatenated tables. */
const MAX_CONCAT_BITS = 4;

/**
 * Validates the stage-2 half of an STE (SMMUv3 "STE illegal" rules that the twin models) and returns
 * the walk configuration, or undefined when the STE is illegal (C_BAD_STE). Only the 4 KiB granule and
 * AArch64 little-endian tables are modelled.
 */
export function stage2WalkConfig(ste: StreamTableEntry, f: Stage2Features): Stage2WalkConfig | undefined {
  if (!ste.s2Aa64 || ste.s2Endi) return undefined; // AArch32 tables / big-endian walks not modelled
  if (ste.s2Tg !== 0 || !f.gran4k) return undefined; // S2TG: only 4 KiB (0) modelled
  const inputBits = 64 - ste.s2T0sz;
  // S2T0SZ must give an IPA the SMMU can take: 4 KiB granule, 25..IAS bits.
  if (inputBits > f.iasBits || inputBits < 25) return undefined;
  // S2SL0 = 3 (level 3 with TTST) is reserved here.
  if (ste.s2Sl0 === 3) return undefined;
  const startLevel = 2 - ste.s2Sl0;
  // Bits resolved from the start level to the page offset; the start level may concatenate up to 16 tables,
  // except level 0, which cannot (no LPA2); and it must be needed (more than one level's worth below).
  const covered = 12 + 9 * (4 - startLevel);
  const maxBits = startLevel === 0 ? covered : covered + MAX_CONCAT_BITS;
  if (inputBits > maxBits || inputBits <= covered - 9) return undefined;
  const outputBits = Math.min(ADDR_SIZE_BITS[ste.s2Ps] ?? f.oasBits, f.oasBits);
  // An S2TTB beyond the effective S2PS makes the STE invalid (not an F_ADDR_SIZE: §7.3.14).
  if (ste.s2Ttb >= 2 ** outputBits) return undefined;
  return {
    vmid: ste.s2Vmid,
    inputBits,
    startLevel,
    outputBits,
    ttb: ste.s2Ttb,
    affd: ste.s2Affd,
    record: ste.s2R,
  };
}
