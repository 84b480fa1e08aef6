/**
 * Numbers in platform files: a JSON integer, or a string "0x..." / decimal, with optional `_` separators,
 * so 64-bit addresses stay readable. Returns undefined when the value is not a non-negative safe integer.
 */
export function parsePlatformNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/_/g, '').trim();
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(text)) n = Number.parseInt(text.slice(2), 16);
  else if (/^[0-9]+$/.test(text)) n = Number.parseInt(text, 10);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** 0x-prefixed hex for messages. */
export function hex(n: number): string {
  return `0x${n.toString(16)}`;
}
