import type { SmmuMemory } from './smmu-memory';

/**
 * Test fixture: hand-built VMSAv8-64 stage-2 tables (4 KiB granule) written straight into memory, so device
 * tests do not depend on libs/pgtable. Descriptor bits per PKVM.md §5.1.
 */
export const S2_DESC = {
  VALID: 1 << 0,
  TABLE: 1 << 1, // levels 0-2: table; level 3: page
  MEMATTR_OIWB: 0xf << 2,
  S2AP_R: 1 << 6,
  S2AP_W: 1 << 7,
  SH_IS: 3 << 8,
  AF: 1 << 10,
} as const;

/** Leaf attributes of a normal RW page as pKVM's idmap writes it: 0x7ff with the page type bit. */
export const S2_PAGE_RW = S2_DESC.VALID | S2_DESC.TABLE | S2_DESC.MEMATTR_OIWB | S2_DESC.S2AP_R | S2_DESC.S2AP_W | S2_DESC.SH_IS | S2_DESC.AF;

const TWO_32 = 0x1_0000_0000;

export function writeDescriptor(mem: SmmuMemory, tableAddr: number, index: number, addr: number, lowAttrs: number): void {
  mem.write64(tableAddr + index * 8, ((addr % TWO_32) | lowAttrs) >>> 0, Math.floor(addr / TWO_32));
}

/** Builds tables from `root` (start level `startLevel`, `inputBits` IPA bits) with pages from `nextTable`. */
export class Stage2Fixture {
  private tables = new Map<string, number>();

  constructor(
    private readonly mem: SmmuMemory,
    readonly root: number,
    readonly startLevel: number,
    readonly inputBits: number,
    private readonly nextTable: () => number,
  ) {}

  private index(ipa: number, level: number): number {
    const shift = 12 + 9 * (3 - level);
    const bits = level === this.startLevel ? this.inputBits - shift : 9;
    return Math.floor(ipa / 2 ** shift) % 2 ** bits;
  }

  /** The table at `level` covering `ipa`, creating table descriptors down from the root. */
  tableFor(ipa: number, level: number): number {
    let table = this.root;
    for (let l = this.startLevel; l < level; l++) {
      const key = `${l + 1}:${Math.floor(ipa / 2 ** (12 + 9 * (4 - (l + 1))))}`;
      let next = this.tables.get(key);
      if (next === undefined) {
        next = this.nextTable();
        this.tables.set(key, next);
        writeDescriptor(this.mem, table, this.index(ipa, l), next, S2_DESC.VALID | S2_DESC.TABLE);
      }
      table = next;
    }
    return table;
  }

  /** A level-3 page (attrs default RW normal memory with AF). */
  mapPage(ipa: number, pa: number, attrs: number = S2_PAGE_RW): void {
    writeDescriptor(this.mem, this.tableFor(ipa, 3), this.index(ipa, 3), pa, attrs);
  }

  /** A block at level 1 or 2 (type bit clear). */
  mapBlock(level: 1 | 2, ipa: number, pa: number, attrs: number = S2_PAGE_RW & ~S2_DESC.TABLE): void {
    writeDescriptor(this.mem, this.tableFor(ipa, level), this.index(ipa, level), pa, attrs);
  }

  /** Overwrites the level-3 descriptor of `ipa` with 0 (unmap without invalidation). */
  clearPage(ipa: number): void {
    writeDescriptor(this.mem, this.tableFor(ipa, 3), this.index(ipa, 3), 0, 0);
  }
}
