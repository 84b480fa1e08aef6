import { KernelError } from '@pkvm/errno';

/** Largest physical or IO address the twin models (48-bit OA, PKVM.md §5.1). */
export const ADDR_LIMIT = 2 ** 48;
/** Largest single mem/DMA transfer: one NATS message carries it (default max_payload 1 MiB). */
export const MAX_TRANSFER = 512 * 1024;
export const PAGE = 0x1000;

/** EINVAL unless `v` is an integer in [min, max] (protobuf fields arrive as numbers). */
export function checkInt(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw KernelError.of('EINVAL', `${name} = ${String(v)} is outside [${min}, ${max}]`);
  }
  return v;
}

/** An address below 2^48. */
export function checkAddr(name: string, v: unknown): number {
  return checkInt(name, v, 0, ADDR_LIMIT);
}

/** A page-aligned address below 2^48. */
export function checkPageAddr(name: string, v: unknown): number {
  const a = checkAddr(name, v);
  if (a % PAGE !== 0) throw KernelError.of('EINVAL', `${name} = 0x${a.toString(16)} is not page aligned`);
  return a;
}

/** 0x-prefixed hex for messages. */
export function hex(v: number): string {
  return `0x${v.toString(16)}`;
}
