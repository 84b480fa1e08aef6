import type { DecodedCommand } from '@pkvm/smmuv3';

/** One command an SMMU consumed from its queue (pkvm.v1.IommuCommand). */
export interface CommandRecord {
  smmu: number;
  op: string;
  sid: number;
  vmid: number;
  addr: number;
  leaf: boolean;
  detail: string;
}

/** Flattens a decoded command to the wire record: the common fields, and every field as JSON. */
export function commandRecord(smmu: number, c: DecodedCommand): CommandRecord {
  const f = c as unknown as Record<string, unknown>;
  const num = (k: string) => (typeof f[k] === 'number' ? (f[k] as number) : 0);
  return { smmu, op: c.op, sid: num('sid'), vmid: num('vmid'), addr: num('addr'), leaf: f.leaf === true, detail: JSON.stringify(c) };
}
