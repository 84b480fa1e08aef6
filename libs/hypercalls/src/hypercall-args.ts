import { HypercallDef, hypercallByName } from './hypercall-table';

/** Registers of one call: x0 and x1..x6 (what HvcRequest carries). */
export interface HvcRegisters {
  readonly x0: number;
  readonly args: number[];
}

/** A bad `pkvm hvc NAME ARGS` line. */
export class HypercallArgsError extends Error {
  override readonly name = 'HypercallArgsError';
}

/** Parse one argument: decimal, 0x hex, or a negative decimal. */
export function parseRegister(text: string): number {
  const t = text.trim();
  const value = /^-?0x[0-9a-f]+$/i.test(t)
    ? (t.startsWith('-') ? -1 : 1) * Number.parseInt(t.replace(/^-?0x/i, ''), 16)
    : /^-?\d+$/.test(t)
      ? Number(t)
      : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new HypercallArgsError(`not a register value: ${text}`);
  return value;
}

/**
 * Encode a call by name: positional values (numbers or strings such as `0x8000`) or `name=value`
 * pairs, in the order of the table's x1..x6. Missing trailing arguments are 0, like unused registers.
 */
export function encodeHypercall(name: string, values: readonly (number | string)[] | Record<string, number | string>): HvcRegisters {
  const h = hypercallByName(name);
  if (!h) throw new HypercallArgsError(`unknown hypercall ${name}`);
  return { x0: h.functionId, args: encodeArgs(h, values) };
}

function encodeArgs(h: HypercallDef, values: readonly (number | string)[] | Record<string, number | string>): number[] {
  const regs = h.args.map(() => 0);
  const toNumber = (v: number | string): number => (typeof v === 'number' ? v : parseRegister(v));
  if (Array.isArray(values)) {
    const positional: (number | string)[] = [];
    for (const v of values) {
      const m = typeof v === 'string' ? /^([a-z_][a-z0-9_]*)=(.+)$/i.exec(v) : null;
      if (m) setNamed(h, regs, m[1], toNumber(m[2]));
      else positional.push(v);
    }
    if (positional.length > h.args.length) {
      throw new HypercallArgsError(`${h.name} takes ${h.args.length} argument(s) (${h.args.map((a) => a.name).join(', ')}), got ${positional.length}`);
    }
    positional.forEach((v, i) => (regs[i] = toNumber(v)));
  } else {
    for (const [k, v] of Object.entries(values)) setNamed(h, regs, k, toNumber(v as number | string));
  }
  return regs;
}

function setNamed(h: HypercallDef, regs: number[], key: string, value: number): void {
  const arg = h.args.find((a) => a.name === key);
  if (!arg) throw new HypercallArgsError(`${h.name} has no argument ${key} (has: ${h.args.map((a) => a.name).join(', ') || 'none'})`);
  regs[arg.reg - 1] = value;
}

/** Name the registers of a request for display: `{ pfn: 0x80000 }`. */
export function decodeArgs(h: HypercallDef, args: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of h.args) out[a.name] = args[a.reg - 1] ?? 0;
  return out;
}
