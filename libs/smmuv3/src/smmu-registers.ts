/**
 * SMMUv3 register offsets and fields (PKVM.md §5.7; arm-smmu-v3.h ARM_SMMU_*).
 * Page-1 registers sit at +0x10000 (ARM_SMMU_EVTQ_PROD = 0xa8 on page 1).
 */

/** Size of one register page; page 1 starts here. */
export const SMMU_PAGE1 = 0x1_0000;
/** Minimum MMIO size: page 0 and page 1 (v4 rejects a smaller node). */
export const SMMU_MMIO_MIN_SIZE = 0x2_0000;

export const SmmuReg = {
  IDR0: 0x00,
  IDR1: 0x04,
  IDR2: 0x08,
  IDR3: 0x0c,
  IDR4: 0x10,
  IDR5: 0x14,
  IIDR: 0x18,
  CR0: 0x20,
  CR0ACK: 0x24,
  CR1: 0x28,
  CR2: 0x2c,
  GBPA: 0x44,
  IRQ_CTRL: 0x50,
  IRQ_CTRLACK: 0x54,
  GERROR: 0x60,
  GERRORN: 0x64,
  GERROR_IRQ_CFG0: 0x68,
  GERROR_IRQ_CFG1: 0x70,
  GERROR_IRQ_CFG2: 0x74,
  STRTAB_BASE: 0x80,
  STRTAB_BASE_CFG: 0x88,
  CMDQ_BASE: 0x90,
  CMDQ_PROD: 0x98,
  CMDQ_CONS: 0x9c,
  EVTQ_BASE: 0xa0,
  EVTQ_IRQ_CFG0: 0xb0,
  EVTQ_IRQ_CFG1: 0xb8,
  EVTQ_IRQ_CFG2: 0xbc,
  PRIQ_BASE: 0xc0,
  PRIQ_IRQ_CFG0: 0xd0,
  PRIQ_IRQ_CFG1: 0xd8,
  PRIQ_IRQ_CFG2: 0xdc,
  /** ARM_SMMU_EVTQ_PROD: 0xa8 on page 1. */
  EVTQ_PROD: SMMU_PAGE1 + 0xa8,
  /** ARM_SMMU_EVTQ_CONS: 0xac on page 1. */
  EVTQ_CONS: SMMU_PAGE1 + 0xac,
  PRIQ_PROD: SMMU_PAGE1 + 0xc8,
  PRIQ_CONS: SMMU_PAGE1 + 0xcc,
} as const;

export type SmmuRegName = keyof typeof SmmuReg;

/** IDR0 fields (ARM_SMMU_IDR0). */
export const IDR0 = {
  S2P: 1 << 0,
  S1P: 1 << 1,
  /** TTF [3:2]: 2 = AArch64. */
  TTF_SHIFT: 2,
  COHACC: 1 << 4,
  /** HTTU [7:6]. */
  HTTU_SHIFT: 6,
  HYP: 1 << 9,
  ATS: 1 << 10,
  ASID16: 1 << 12,
  MSI: 1 << 13,
  SEV: 1 << 14,
  PRI: 1 << 16,
  VMID16: 1 << 18,
  CD2L: 1 << 19,
  /** TTENDIAN [22:21]. */
  TTENDIAN_SHIFT: 21,
  /** STALL_MODEL [25:24]. */
  STALL_MODEL_SHIFT: 24,
  /** ST_LEVEL [28:27]: 1 = two-level stream tables supported. */
  ST_LEVEL_SHIFT: 27,
} as const;

/** IDR0.ST_LEVEL [28:27]. */
export function idr0StLevel(idr0: number): number {
  return (idr0 >>> IDR0.ST_LEVEL_SHIFT) & 0x3;
}

/** IDR1 field extractors (ARM_SMMU_IDR1). */
export function idr1SidSize(idr1: number): number {
  return idr1 & 0x3f; // SIDSIZE [5:0]
}
export function idr1SsidSize(idr1: number): number {
  return (idr1 >>> 6) & 0x1f; // SSIDSIZE [10:6]
}
export function idr1EvtqShift(idr1: number): number {
  return (idr1 >>> 16) & 0x1f; // EVTQS [20:16]
}
export function idr1CmdqShift(idr1: number): number {
  return (idr1 >>> 21) & 0x1f; // CMDQS [25:21]
}

/** IDR3.RIL (bit 10): range invalidation. */
export const IDR3_RIL = 1 << 10;

/** IDR5 fields (ARM_SMMU_IDR5). */
export const IDR5 = {
  GRAN4K: 1 << 4,
  GRAN16K: 1 << 5,
  GRAN64K: 1 << 6,
} as const;

/** IDR5.OAS [2:0] encoding -> bits (0: 32 ... 6: 52); undefined for reserved encodings. */
export function idr5OasBits(idr5: number): number | undefined {
  return ADDR_SIZE_BITS[idr5 & 0x7];
}

/** The shared PS/OAS encoding (VTCR.PS, IDR5.OAS): 0: 32, 1: 36, 2: 40, 3: 42, 4: 44, 5: 48, 6: 52 bits. */
export const ADDR_SIZE_BITS: readonly (number | undefined)[] = [32, 36, 40, 42, 44, 48, 52, undefined];

/** The PS/OAS encoding of a number of address bits (inverse of ADDR_SIZE_BITS). */
export function addrSizeEncoding(bits: number): number {
  const enc = ADDR_SIZE_BITS.indexOf(bits);
  if (enc < 0) throw new RangeError(`no PS/OAS encoding for ${bits} address bits`);
  return enc;
}

/** CR0 / CR0ACK fields (ARM_SMMU_CR0). */
export const CR0 = {
  SMMUEN: 1 << 0,
  PRIQEN: 1 << 1,
  EVTQEN: 1 << 2,
  CMDQEN: 1 << 3,
  ATSCHK: 1 << 4,
} as const;

/** CR1 fields (ARM_SMMU_CR1): cache 0 NC, 1 WB, 2 WT; SH 0 NSH, 2 OSH, 3 ISH. */
export const CR1 = {
  QUEUE_IC_SHIFT: 0,
  QUEUE_OC_SHIFT: 2,
  QUEUE_SH_SHIFT: 4,
  TABLE_IC_SHIFT: 6,
  TABLE_OC_SHIFT: 8,
  TABLE_SH_SHIFT: 10,
  CACHE_NC: 0,
  CACHE_WB: 1,
  CACHE_WT: 2,
  SH_NSH: 0,
  SH_OSH: 2,
  SH_ISH: 3,
} as const;

/** CR2 fields (ARM_SMMU_CR2). */
export const CR2 = {
  E2H: 1 << 0,
  RECINVSID: 1 << 1,
  PTM: 1 << 2,
} as const;

/** GBPA fields (ARM_SMMU_GBPA). */
export const GBPA = {
  ABORT: 1 << 20,
  UPDATE: 0x8000_0000,
} as const;

/** IRQ_CTRL / IRQ_CTRLACK fields. */
export const IRQ_CTRL = {
  GERROR_IRQEN: 1 << 0,
  PRIQ_IRQEN: 1 << 1,
  EVTQ_IRQEN: 1 << 2,
} as const;

/** GERROR / GERRORN fields: an error is active while GERROR ^ GERRORN has its bit set. */
export const GERROR = {
  CMDQ_ERR: 1 << 0,
  EVTQ_ABT_ERR: 1 << 2,
  PRIQ_ABT_ERR: 1 << 3,
  MSI_CMDQ_ABT_ERR: 1 << 4,
  MSI_EVTQ_ABT_ERR: 1 << 5,
  MSI_PRIQ_ABT_ERR: 1 << 6,
  MSI_GERROR_ABT_ERR: 1 << 7,
  SFM_ERR: 1 << 8,
} as const;

/** STRTAB_BASE_CFG fields (ARM_SMMU_STRTAB_BASE_CFG). */
export const STRTAB_BASE_CFG = {
  /** LOG2SIZE [5:0]. */
  LOG2SIZE_MASK: 0x3f,
  /** SPLIT [10:6]. */
  SPLIT_SHIFT: 6,
  /** FMT [17:16]: 0 linear, 1 two-level. */
  FMT_SHIFT: 16,
  FMT_LINEAR: 0,
  FMT_2LVL: 1,
} as const;

/** STRTAB_BASE.RA (bit 62) and ADDR [51:6]. */
export const STRTAB_BASE_RA_BIT = 62;

/** Queue pointer fields (Q_IDX/Q_WRP, Q_OVERFLOW_FLAG, CMDQ_CONS_ERR). */
export const QUEUE = {
  /** Bit 31 of EVTQ/PRIQ PROD: the queue overflowed. */
  OVERFLOW_FLAG: 0x8000_0000,
  /** CMDQ_CONS.ERR [30:24]. */
  CONS_ERR_SHIFT: 24,
  CONS_ERR_MASK: 0x7f << 24,
  /** Queue BASE.RA / WA (bit 62) and ADDR [51:5], LOG2SIZE [4:0]. */
  BASE_RA_BIT: 62,
} as const;

/** CMDQ_CONS.ERR codes (CMDQ_ERR_CERROR_*_IDX). */
export const CMDQ_ERR = {
  NONE: 0,
  ILL: 1,
  ABT: 2,
  ATC_INV_SYNC: 3,
} as const;

/** CR1 from queue and table attributes; Linux's template is ISH + WB for both (arm_smmu_device_reset). */
export function cr1Value(queueSh: number, queueCache: number, tableSh: number, tableCache: number): number {
  return (
    ((queueCache << CR1.QUEUE_IC_SHIFT) |
      (queueCache << CR1.QUEUE_OC_SHIFT) |
      (queueSh << CR1.QUEUE_SH_SHIFT) |
      (tableCache << CR1.TABLE_IC_SHIFT) |
      (tableCache << CR1.TABLE_OC_SHIFT) |
      (tableSh << CR1.TABLE_SH_SHIFT)) >>>
    0
  );
}
