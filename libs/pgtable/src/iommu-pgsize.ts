/**
 * iommu_pgsize (drivers/iommu/iommu.c): the largest page size in `bitmap` that fits `size` and the alignment
 * of `iova | paddr`, and how many of them to map before a larger size becomes possible. Works on Numbers
 * (addresses below 2^53) instead of bit tricks, since 48-bit addresses overflow 32-bit operators.
 */
export function iommuPgsize(bitmap: number, iova: number, paddr: number, size: number): { pgsize: number; count: number } {
  const sizes: number[] = [];
  for (let b = 0; b < 31; b++) if (bitmap & (1 << b)) sizes.push(2 ** b);
  let pgsize = 0;
  for (const s of sizes) if (s <= size && iova % s === 0 && paddr % s === 0) pgsize = s; // ascending: keep the last fit
  if (pgsize === 0) throw new Error(`iommu_pgsize: no page size for iova 0x${iova.toString(16)} size 0x${size.toString(16)}`); // BUG_ON(!pgsizes)
  let span = size;
  const next = sizes.find((s) => s > pgsize);
  // "There's no point trying a bigger page size unless the virtual and physical addresses are similarly offset"
  if (next !== undefined && iova % next === paddr % next) {
    const offset = next - (iova % next); // offset to the next page size alignment boundary
    if (offset + next <= size) span = offset;
  }
  return { pgsize, count: Math.floor(span / pgsize) };
}
