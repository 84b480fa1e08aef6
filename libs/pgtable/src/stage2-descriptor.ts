import { IOMMU_CACHE, IOMMU_MMIO, IOMMU_NOEXEC, IOMMU_READ, IOMMU_WRITE } from './iommu-prot';

/*
 * VMSAv8-64 stage-2 descriptor, 4 KiB granule, 48-bit OA (PKVM.md §5.1), as two 32-bit halves:
 * `lo` = bits [31:0], `hi` = bits [63:32]. Names follow io-pgtable-arm.c; a `_HI` constant is already
 * shifted down by 32.
 */
export const PTE_TYPE_MASK = 0x3; // ARM_LPAE_PTE_TYPE_MASK
export const PTE_TYPE_BLOCK = 1; // ARM_LPAE_PTE_TYPE_BLOCK
export const PTE_TYPE_TABLE = 3; // ARM_LPAE_PTE_TYPE_TABLE
export const PTE_TYPE_PAGE = 3; // ARM_LPAE_PTE_TYPE_PAGE
export const PTE_VALID = 1 << 0; // ARM_LPAE_PTE_VALID
export const PTE_MEMATTR_SHIFT = 2;
export const PTE_MEMATTR_OIWB = 0xf << 2; // ARM_LPAE_PTE_MEMATTR_OIWB
export const PTE_MEMATTR_NC = 0x5 << 2; // ARM_LPAE_PTE_MEMATTR_NC
export const PTE_MEMATTR_DEV = 0x1 << 2; // ARM_LPAE_PTE_MEMATTR_DEV
export const PTE_HAP_READ = 1 << 6; // ARM_LPAE_PTE_HAP_READ
export const PTE_HAP_WRITE = 2 << 6; // ARM_LPAE_PTE_HAP_WRITE
export const PTE_SH_OS = 2 << 8; // ARM_LPAE_PTE_SH_OS
export const PTE_SH_IS = 3 << 8; // ARM_LPAE_PTE_SH_IS
export const PTE_AF = 1 << 10; // ARM_LPAE_PTE_AF
export const PTE_XN_HI = 3 << 21; // ARM_LPAE_PTE_XN = 3 << 53
export const PTE_CONT_HI = 1 << 20; // bit 52, contiguous hint (ignored for splitting)
/** ARM_LPAE_PTE_ATTR_LO_MASK = 0x3ff << 2 (bits 11:2). */
export const PTE_ATTR_LO_MASK = 0x3ff << 2;
/** ARM_LPAE_PTE_ATTR_HI_MASK = 6 << 52 (bits 54:53; the contiguous bit is ignored). */
export const PTE_ATTR_HI_MASK = 6 << 20;
/** ARM_LPAE_PTE_ADDR_MASK = GENMASK_ULL(47, 12), split in two halves. */
export const PTE_ADDR_LO_MASK = 0xfffff000;
export const PTE_ADDR_HI_MASK = 0xffff;

const TWO32 = 4294967296;

/**
 * arm_lpae_prot_to_pte for ARM_64_LPAE_S2 without S2FWB: HAP from READ/WRITE; MemAttr DEV for MMIO, else
 * OIWB for CACHE, else NC; SH IS for CACHE, else OS; XN for NOEXEC; AF always. Returns the low half;
 * the high half is `protToPteHi`.
 */
export function protToPteLo(prot: number): number {
  let pte = 0;
  if (prot & IOMMU_READ) pte |= PTE_HAP_READ;
  if (prot & IOMMU_WRITE) pte |= PTE_HAP_WRITE;
  if (prot & IOMMU_MMIO) pte |= PTE_MEMATTR_DEV;
  else if (prot & IOMMU_CACHE) pte |= PTE_MEMATTR_OIWB;
  else pte |= PTE_MEMATTR_NC;
  pte |= prot & IOMMU_CACHE ? PTE_SH_IS : PTE_SH_OS;
  pte |= PTE_AF;
  return pte;
}

export function protToPteHi(prot: number): number {
  return prot & IOMMU_NOEXEC ? PTE_XN_HI : 0;
}

/** Low half of an output address (bits 31:12). */
export function paddrLo(pa: number): number {
  return (pa % TWO32) & PTE_ADDR_LO_MASK;
}

/** High half of an output address (bits 47:32). */
export function paddrHi(pa: number): number {
  return Math.floor(pa / TWO32) & PTE_ADDR_HI_MASK;
}

/** iopte_to_paddr for a 4 KiB granule: bits [47:12]. */
export function pteToPaddr(lo: number, hi: number): number {
  return (hi & PTE_ADDR_HI_MASK) * TWO32 + ((lo & PTE_ADDR_LO_MASK) >>> 0);
}

/** iopte_leaf: a page (type 3) at level 3, a block (type 1) above. */
export function pteIsLeaf(lo: number, level: number): boolean {
  return level === 3 ? (lo & PTE_TYPE_MASK) === PTE_TYPE_PAGE : (lo & PTE_TYPE_MASK) === PTE_TYPE_BLOCK;
}

/** iopte_table: type 3 above level 3. */
export function pteIsTable(lo: number, level: number): boolean {
  return level !== 3 && (lo & PTE_TYPE_MASK) === PTE_TYPE_TABLE;
}

/** A leaf or table descriptor as a 16-digit hex string (for dumps and test messages). */
export function pteHex(lo: number, hi: number): string {
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

export interface DecodedLeaf {
  paddr: number;
  /** 'RW' | 'RO' | 'WO' | '--' from S2AP. */
  access: string;
  memAttr: number;
  memType: 'Normal-WB' | 'Normal-NC' | 'Device-nGnRE' | 'Device-nGnRnE' | string;
  shareability: 'IS' | 'OS' | 'NS' | 'RES';
  af: boolean;
  xn: number;
}

const MEMTYPES: Record<number, string> = { 0xf: 'Normal-WB', 0x5: 'Normal-NC', 0x1: 'Device-nGnRE', 0x0: 'Device-nGnRnE' };

/** Field-by-field decode of a stage-2 leaf (PKVM.md §5.1 table). */
export function decodeLeaf(lo: number, hi: number): DecodedLeaf {
  const memAttr = (lo >>> PTE_MEMATTR_SHIFT) & 0xf;
  const ap = (lo >>> 6) & 3;
  const sh = (lo >>> 8) & 3;
  return {
    paddr: pteToPaddr(lo, hi),
    access: ['--', 'RO', 'WO', 'RW'][ap],
    memAttr,
    memType: MEMTYPES[memAttr] ?? `MemAttr=0x${memAttr.toString(16)}`,
    shareability: (['NS', 'RES', 'OS', 'IS'] as const)[sh],
    af: (lo & PTE_AF) !== 0,
    xn: (hi >>> 21) & 3,
  };
}
