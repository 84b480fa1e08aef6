import { InvalidArgumentError } from 'commander';
import { parsePlatformNumber } from '@pkvm/platform';
import type { MessageType } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';

/** What every iommu command needs from the program's global options. */
export interface GlobalOptions {
  nats: string;
  prefix: string;
}

/** Runs `fn` with a client on the deployment's subjects; the connection closes afterwards. */
export async function withClient<T>(g: GlobalOptions, fn: (c: HypercallClient) => Promise<T>): Promise<T> {
  const client = await HypercallClient.connect({ servers: g.nats, subjectPrefix: g.prefix, name: 'pkvm-cli' });
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/** commander parser for addresses and numbers: decimal or 0x hex, `_` separators allowed. */
export function parseNumber(value: string): number {
  const n = parsePlatformNumber(value);
  if (n === undefined) throw new InvalidArgumentError(`not a non-negative integer: ${value}`);
  return n;
}

/** A response as plain JSON: 64-bit fields as numbers, bytes as hex, defaults included. */
export function toJson(type: MessageType, message: unknown): Record<string, unknown> {
  return hexBytes(type.toObject(message as never, { longs: Number, enums: String, defaults: true, arrays: true })) as Record<string, unknown>;
}

function hexBytes(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (Array.isArray(v)) return v.map(hexBytes);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hexBytes(x)]));
  return v;
}

export const hex = (v: number | string | null | undefined, digits = 0) => `0x${Number(v ?? 0).toString(16).padStart(digits, '0')}`;
