import { KernelError } from '@pkvm/errno';

/** One physical span: `[base, base + size)`, both multiples of 4 KiB, below 2^48. */
export interface PhysRegion {
  base: number;
  size: number;
}

/** A platform's physical address map: banks of RAM and MMIO regions. */
export interface AddressMapSpec {
  ram: readonly PhysRegion[];
  mmio?: readonly PhysRegion[];
}

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 4096;
/** Largest physical address the twin models: 48-bit OA (no LPA2), so every address is an exact Number. */
export const MAX_PHYS_BITS = 48;

export type RegionKind = 'ram' | 'mmio';

/** Sorted, non-overlapping regions with a binary-search lookup. */
export class AddressMap {
  private readonly bases: Float64Array;
  private readonly ends: Float64Array;
  private readonly kinds: Uint8Array; // 0 = ram, 1 = mmio
  readonly ram: readonly PhysRegion[];
  readonly mmio: readonly PhysRegion[];

  constructor(spec: AddressMapSpec) {
    const all: { base: number; size: number; kind: number }[] = [];
    for (const r of spec.ram) all.push({ ...AddressMap.check(r), kind: 0 });
    for (const r of spec.mmio ?? []) all.push({ ...AddressMap.check(r), kind: 1 });
    all.sort((a, b) => a.base - b.base);
    for (let i = 1; i < all.length; i++) {
      if (all[i].base < all[i - 1].base + all[i - 1].size) {
        throw KernelError.of('EINVAL', `overlapping regions at 0x${all[i].base.toString(16)}`);
      }
    }
    this.bases = Float64Array.from(all, (r) => r.base);
    this.ends = Float64Array.from(all, (r) => r.base + r.size);
    this.kinds = Uint8Array.from(all, (r) => r.kind);
    this.ram = all.filter((r) => r.kind === 0).map(({ base, size }) => ({ base, size }));
    this.mmio = all.filter((r) => r.kind === 1).map(({ base, size }) => ({ base, size }));
  }

  private static check(r: PhysRegion): PhysRegion {
    const ok =
      Number.isSafeInteger(r.base) && Number.isSafeInteger(r.size) && r.base >= 0 && r.size > 0 &&
      r.base % PAGE_SIZE === 0 && r.size % PAGE_SIZE === 0 && r.base + r.size <= 2 ** MAX_PHYS_BITS;
    if (!ok) throw KernelError.of('EINVAL', `bad region base=0x${r.base.toString(16)} size=0x${r.size.toString(16)}`);
    return { base: r.base, size: r.size };
  }

  /** Index of the region holding `pa`, or -1. */
  private find(pa: number): number {
    let lo = 0;
    let hi = this.bases.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pa < this.bases[mid]) hi = mid - 1;
      else if (pa >= this.ends[mid]) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  kindOf(pa: number): RegionKind | null {
    const i = this.find(pa);
    return i < 0 ? null : this.kinds[i] === 0 ? 'ram' : 'mmio';
  }

  isRam(pa: number): boolean {
    const i = this.find(pa);
    return i >= 0 && this.kinds[i] === 0;
  }

  isMmio(pa: number): boolean {
    const i = this.find(pa);
    return i >= 0 && this.kinds[i] === 1;
  }

  /** True when all of `[pa, pa + size)` lies inside one region of the given kind. */
  containsRange(pa: number, size: number, kind: RegionKind): boolean {
    const i = this.find(pa);
    return i >= 0 && (this.kinds[i] === 0) === (kind === 'ram') && pa + size <= this.ends[i];
  }

  /** Total bytes of RAM. */
  get ramBytes(): number {
    return this.ram.reduce((s, r) => s + r.size, 0);
  }
}
