import type { Dword } from '../dword';

/** Register access the EL2 driver needs; SmmuV3Device satisfies it. */
export interface SmmuMmio {
  read32(offset: number): number;
  write32(offset: number, value: number): void;
  read64(offset: number): Dword;
  write64(offset: number, lo: number, hi: number): void;
}

/**
 * One SMMU as the host hands it to EL2 (v3: the host probes, allocates the queue and the stream table and
 * publishes an array of these; donation of the pages is the hypervisor's business, outside this lib).
 */
export interface El2SmmuConfig {
  readonly mmio: SmmuMmio;
  /** Firmware dma-coherent (IDR0.COHACC). */
  readonly coherent: boolean;
  /** Host-allocated command queue: base and log2 of its entries. */
  readonly cmdq: { readonly base: number; readonly log2Entries: number };
  /** Host-allocated stream table: linear of 2^log2Size STEs, or the L1 table of a two-level one (SPLIT 8). */
  readonly strtab: { readonly base: number; readonly twoLevel: boolean; readonly log2Size: number };
}

/** VTCR fields of the identity domain; @pkvm/pgtable's VtcrFields has this shape. */
export interface IdmapVtcrFields {
  readonly t0sz: number;
  readonly sl0: number;
  readonly irgn0: number;
  readonly orgn0: number;
  readonly sh0: number;
  readonly tg0: number;
  readonly ps: number;
}

/** The identity domain an STE points at: its VTCR fields and PGD (VTTBR) address. */
export interface IdmapDomainConfig {
  readonly vtcr: IdmapVtcrFields;
  readonly pgd: number;
}

/** What smmu_init_pgt derives from all SMMUs for the io-pgtable config. */
export interface IdmapPgtableRequirements {
  /** min(48, each SMMU's IAS). */
  readonly ias: number;
  /** min(48, each SMMU's OAS). */
  readonly oas: number;
  /** AND over the SMMUs' page-size bitmaps. */
  readonly pgsizeBitmap: number;
  /** AND of the SMMUs' coherency. */
  readonly coherentWalk: boolean;
}

/** Allocates a zeroable, contiguous 16 KiB L2 stream table from the IOMMU pool; undefined when it is exhausted. */
export type L2TableAllocator = () => number | undefined;
