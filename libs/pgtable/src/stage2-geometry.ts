import { KernelError } from '@pkvm/errno';

/** 4 KiB granule: 12-bit page offset, 9 bits (512 eight-byte entries) per level. */
export const GRANULE_SHIFT = 12;
export const BITS_PER_LEVEL = 9;
/** ARM_LPAE_MAX_LEVELS (io-pgtable-arm.c): levels 0..3. */
export const MAX_LEVELS = 4;
/** ARM_LPAE_S2_MAX_CONCAT_PAGES (io-pgtable-arm.c). */
export const S2_MAX_CONCAT_PAGES = 16;

/** VTCR_EL2 / STE.S2 VTCR fields (PKVM.md §5.2). */
export interface VtcrFields {
  t0sz: number;
  sl0: number;
  irgn0: number;
  orgn0: number;
  sh0: number;
  tg0: number;
  ps: number;
}

export interface IoPgtableS2Geometry {
  ias: number;
  oas: number;
  /** Walk levels actually used (MAX_LEVELS - startLevel). */
  levels: number;
  startLevel: number;
  /** Index bits resolved by the first-level table (pgd_bits), concatenation included. */
  pgdBits: number;
  pgdEntries: number;
  /** 4 KiB pages of the first-level table: > 1 only when concatenated. */
  pgdPages: number;
  concatenated: boolean;
  vtcr: VtcrFields;
  /** VTCR[18:0] as the STE holds it (RES1 bit 31 never reaches the STE). */
  vtcrValue: number;
}

/** VTCR.PS / TCR.IPS encoding of an address size (ARM_LPAE_TCR_PS_*_BIT, io-pgtable-arm.c). */
export function psEncoding(bits: number): number {
  const ps = [32, 36, 40, 42, 44, 48].indexOf(bits);
  if (ps < 0) throw KernelError.of('EINVAL', `no PS encoding for a ${bits}-bit address size`);
  return ps;
}

/** SL0 for a 4 KiB granule: `~(start + 1) & 3` (arm_64_lpae_alloc_pgtable_s2, "SL0 format is different for 4K"). */
export function sl0ForStartLevel(startLevel: number): number {
  return ~(startLevel + 1) & 3;
}

/** Shift of the address bits a level resolves (ARM_LPAE_LVL_SHIFT). */
export function levelShift(level: number): number {
  return GRANULE_SHIFT + BITS_PER_LEVEL * (MAX_LEVELS - 1 - level);
}

/** Bytes one entry maps at a level (ARM_LPAE_BLOCK_SIZE): 4K at 3, 2M at 2, 1G at 1, 512G at 0. */
export function blockSize(level: number): number {
  return BLOCK_SIZES[level];
}
const BLOCK_SIZES = [0, 1, 2, 3].map((l) => 2 ** levelShift(l));

function vtcrValueOf(v: VtcrFields): number {
  return (v.t0sz | (v.sl0 << 6) | (v.irgn0 << 8) | (v.orgn0 << 10) | (v.sh0 << 12) | (v.tg0 << 14) | (v.ps << 16)) >>> 0;
}

/**
 * io-pgtable-arm's stage-2 geometry (arm_lpae_alloc_pgtable + arm_64_lpae_alloc_pgtable_s2), used for the
 * SMMU identity map: levels = ceil((ias - 12) / 9); pgd_bits = the rest; concatenate only when
 * arm_lpae_concat_mandatory says so (4K granule, level-0 start, oas 40 or 42), at most 16 pages.
 * Throws EINVAL where alloc_io_pgtable_ops would return NULL.
 */
export function ioPgtableS2Geometry(ias: number, oas: number, coherentWalk = true): IoPgtableS2Geometry {
  if (!Number.isInteger(ias) || ias < 32 || ias > 48) throw KernelError.of('EINVAL', `ias ${ias} outside 32..48`);
  if (!Number.isInteger(oas) || oas < 32 || oas > 48) throw KernelError.of('EINVAL', `oas ${oas} outside 32..48`);
  const ps = psEncoding(oas); // arm_64_lpae_alloc_pgtable_s2: switch (cfg->oas), default -> out_free_data
  const vaBits = ias - GRANULE_SHIFT; // arm_lpae_alloc_pgtable: va_bits
  const levels = Math.ceil(vaBits / BITS_PER_LEVEL); // DIV_ROUND_UP(va_bits, bits_per_level)
  let startLevel = MAX_LEVELS - levels;
  let pgdBits = vaBits - BITS_PER_LEVEL * (levels - 1); // pgd_bits "without concatenation"
  // arm_lpae_concat_mandatory: Arm DDI0487 R_SRKBC 2.a / 2.c
  const concatenated = startLevel === 0 && (oas === 40 || oas === 42);
  if (concatenated) {
    if (2 ** pgdBits > S2_MAX_CONCAT_PAGES) {
      throw KernelError.of('EINVAL', `ias ${ias} / oas ${oas} needs ${2 ** pgdBits} concatenated pages (max 16)`);
    }
    pgdBits += BITS_PER_LEVEL;
    startLevel++;
  }
  const pgdEntries = 2 ** pgdBits;
  const vtcr: VtcrFields = {
    t0sz: 64 - ias, // vtcr->tsz = 64ULL - cfg->ias
    sl0: sl0ForStartLevel(startLevel),
    // coherent_walk: SH0 = IS, IRGN0 = ORGN0 = WBWA; otherwise OS and NC
    irgn0: coherentWalk ? 1 : 0,
    orgn0: coherentWalk ? 1 : 0,
    sh0: coherentWalk ? 3 : 2,
    tg0: 0, // ARM_LPAE_TCR_TG0_4K
    ps,
  };
  return {
    ias,
    oas,
    levels: MAX_LEVELS - startLevel,
    startLevel,
    pgdBits,
    pgdEntries,
    pgdPages: Math.max(1, (pgdEntries * 8) / 4096),
    concatenated,
    vtcr,
    vtcrValue: vtcrValueOf(vtcr),
  };
}

export interface KvmStage2Geometry {
  ipaBits: number;
  levels: number;
  startLevel: number;
  sl0: number;
  /** Concatenated first-level pages (the PGD size in pages). */
  concatPages: number;
  /** Entries used in the first-level table(s). */
  pgdEntries: number;
  vtcr: VtcrFields;
}

/**
 * KVM's own stage-2 rule (arch/arm64/include/asm/stage2_pgtable.h, kvm_get_vtcr), which the hypervisor's
 * host stage-2 uses: levels = ARM64_HW_PGTABLE_LEVELS(ipa - 4) = (ipa - 8) / 9 for 4K, at least 2; the start
 * level concatenates up to 16 tables for the bits the levels do not cover. Not the SMMU identity-map rule.
 */
export function kvmHostStage2Geometry(ipaBits: number, paBits = ipaBits): KvmStage2Geometry {
  if (!Number.isInteger(ipaBits) || ipaBits < 32 || ipaBits > 48) throw KernelError.of('EINVAL', `IPA ${ipaBits} outside 32..48`);
  const levels = Math.max(2, Math.floor((ipaBits - 8) / BITS_PER_LEVEL)); // stage2_pgtable_levels, min 2 (kvm_get_vtcr)
  const startLevel = MAX_LEVELS - levels;
  const covered = GRANULE_SHIFT + BITS_PER_LEVEL * levels;
  const concatPages = ipaBits > covered ? 2 ** (ipaBits - covered) : 1;
  if (concatPages > S2_MAX_CONCAT_PAGES) throw KernelError.of('EINVAL', `IPA ${ipaBits} needs ${concatPages} concatenated pages`);
  const pgdEntries = 2 ** (ipaBits - levelShift(startLevel));
  return {
    ipaBits,
    levels,
    startLevel,
    sl0: sl0ForStartLevel(startLevel),
    concatPages,
    pgdEntries,
    // KVM always walks coherently: SH0 inner, IRGN0/ORGN0 WBWA (VTCR_EL2_COMMON_BITS)
    vtcr: { t0sz: 64 - ipaBits, sl0: sl0ForStartLevel(startLevel), irgn0: 1, orgn0: 1, sh0: 3, tg0: 0, ps: psEncoding([32, 36, 40, 42, 44, 48].find((b) => b >= paBits) ?? 48) }, // PS = the CPU's PARange (kvm_get_parange)
  };
}
