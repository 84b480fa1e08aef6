import { EventType } from '../event-record';
import { isMemoryFault } from './stream-table-lookup';
import type { IotlbEntry } from './iotlb';
import { LEAF_SIZE } from './iotlb';
import type { SmmuMemory } from './smmu-memory';
import type { Stage2WalkConfig } from './stage2-walk-config';

const TWO_32 = 0x1_0000_0000;

/** A stage-2 walk's outcome: the leaf as an IOTLB entry, or the fault type and the level it was found at. */
export type Stage2WalkResult =
  | { readonly ok: true; readonly entry: IotlbEntry }
  | { readonly ok: false; readonly eventType: number; readonly level: number; /** F_WALK_EABT: the descriptor's PA. */ readonly fetchAddr?: number };

/** Output address bits [47:12] of a descriptor (4 KiB granule, 48-bit OA, no LPA2). */
function descriptorAddress(lo: number, hi: number): number {
  return (hi & 0xffff) * TWO_32 + ((lo & 0xffff_f000) >>> 0);
}

/**
 * Walks the VMSAv8-64 stage-2 descriptors in memory for `ipa` (PKVM.md §5.1), the way the SMMU's table walker
 * does: start level and concatenated start table from the STE, one level per step, table / block / page types,
 * then the checks in Arm priority order: translation, address size, access flag. Permissions are left to the
 * caller (S2AP [7:6] are in the returned entry).
 */
export function walkStage2(mem: SmmuMemory, cfg: Stage2WalkConfig, ipa: number): Stage2WalkResult {
  // An IPA beyond the input size (S2T0SZ) is a translation fault at the start level.
  if (ipa >= 2 ** cfg.inputBits) return { ok: false, eventType: EventType.F_TRANSLATION, level: cfg.startLevel };
  const outLimit = 2 ** cfg.outputBits;
  let table = cfg.ttb; // within S2PS: stage2WalkConfig refuses the STE otherwise
  for (let level = cfg.startLevel; level <= 3; level++) {
    const shift = 12 + 9 * (3 - level);
    // The start level indexes all remaining input bits (concatenated tables); later levels 9 bits.
    const indexBits = level === cfg.startLevel ? cfg.inputBits - shift : 9;
    const index = Math.floor(ipa / 2 ** shift) % 2 ** indexBits;
    const descAddr = table + index * 8;
    let lo: number;
    let hi: number;
    try {
      lo = mem.read64Lo(descAddr);
      hi = mem.read64Hi(descAddr);
    } catch (e) {
      if (isMemoryFault(e)) return { ok: false, eventType: EventType.F_WALK_EABT, level, fetchAddr: descAddr };
      throw e;
    }
    // Valid bit [0].
    if ((lo & 1) === 0) return { ok: false, eventType: EventType.F_TRANSLATION, level };
    const isTable = (lo & 2) !== 0;
    const oa = descriptorAddress(lo, hi);
    if (level < 3 && isTable) {
      if (oa >= outLimit) return { ok: false, eventType: EventType.F_ADDR_SIZE, level };
      table = oa;
      continue;
    }
    // Level 3 with type 0 is reserved; a level-0 block does not exist with 4 KiB and no LPA2.
    if (level === 3 ? !isTable : level === 0) return { ok: false, eventType: EventType.F_TRANSLATION, level };
    const size = LEAF_SIZE[level];
    const paBase = oa - (oa % size); // bits below the block size are RES0 in a block descriptor
    if (paBase >= outLimit) return { ok: false, eventType: EventType.F_ADDR_SIZE, level };
    // AF [10] = 0 faults unless S2AFFD (no hardware AF update: IDR0.HTTU = 0 in the twin).
    if ((lo & 0x400) === 0 && !cfg.affd) return { ok: false, eventType: EventType.F_ACCESS, level };
    return {
      ok: true,
      entry: {
        vmid: cfg.vmid,
        level,
        ipaBase: ipa - (ipa % size),
        paBase,
        size,
        read: (lo & 0x40) !== 0, // S2AP[0] (bit 6): read
        write: (lo & 0x80) !== 0, // S2AP[1] (bit 7): write
      },
    };
  }
  throw new Error('unreachable: level 3 always returns');
}
