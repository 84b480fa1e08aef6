import { Dword, getAddress, getBits, setAddress, setBits, ZERO_DWORD } from './dword';

/** L1 stream-table descriptor size (STRTAB_L1_DESC_DWORDS = 1). */
export const L1_DESC_SIZE = 8;
/** Linux's split: 256 STEs per L2 table (STRTAB_SPLIT = 8), so SPAN = SPLIT + 1 = 9. */
export const STRTAB_SPLIT = 8;
export const STRTAB_L1_SPAN = STRTAB_SPLIT + 1;
/** At most 2^17 L1 entries (STRTAB_MAX_L1_ENTRIES). */
export const STRTAB_MAX_L1_ENTRIES = 1 << 17;

/** An L1 descriptor: SPAN [4:0] (0 = invalid; else 2^(SPAN-1) STEs) and L2PTR [51:6]. */
export interface L1StreamTableDescriptor {
  readonly span: number;
  readonly l2Ptr: number;
}

export function decodeL1Descriptor(d: Dword): L1StreamTableDescriptor {
  return { span: getBits(d, 4, 0), l2Ptr: getAddress(d, 51, 6) };
}

export function encodeL1Descriptor(desc: L1StreamTableDescriptor): Dword {
  return setAddress(setBits(ZERO_DWORD, 4, 0, desc.span), 51, 6, desc.l2Ptr);
}

/** Number of STEs an L1 descriptor's L2 table holds: 2^(SPAN-1), or 0 when SPAN is 0. */
export function l2EntryCount(span: number): number {
  return span === 0 ? 0 : 2 ** (span - 1);
}
