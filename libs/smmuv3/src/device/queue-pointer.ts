/**
 * Queue PROD/CONS arithmetic (Q_IDX, Q_WRP, queue_full/queue_empty in arm-smmu-v3.c):
 * index in the low LOG2SIZE bits, wrap bit at bit LOG2SIZE.
 */

/** Index and wrap bits of a pointer for a queue of 2^log2 entries. */
export function queueIdxWrap(ptr: number, log2: number): number {
  return ptr & ((2 << log2) - 1);
}

export function queueIndex(ptr: number, log2: number): number {
  return ptr & ((1 << log2) - 1);
}

/** Empty: index and wrap equal (queue_empty). */
export function queueEmpty(prod: number, cons: number, log2: number): boolean {
  return queueIdxWrap(prod, log2) === queueIdxWrap(cons, log2);
}

/** Full: indexes equal, wrap bits differ (queue_full). */
export function queueFull(prod: number, cons: number, log2: number): boolean {
  return queueIndex(prod, log2) === queueIndex(cons, log2) && queueIdxWrap(prod, log2) !== queueIdxWrap(cons, log2);
}

/** The pointer advanced by one, keeping the bits above index+wrap (ERR, OVFLG) as they were (queue_inc_prod_n). */
export function queueInc(ptr: number, log2: number): number {
  const mask = (2 << log2) - 1;
  return ((ptr & ~mask) | ((ptr + 1) & mask)) >>> 0;
}
