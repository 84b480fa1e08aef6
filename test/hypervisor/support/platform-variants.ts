import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMALL_FILE } from './hyp-fixture';

/**
 * platforms/small.json with `cpus` CPUs and a second SMMU at 0x0907_0000 whose IDR5 is `idr5` (when given),
 * written to a temporary folder.
 */
export function smallVariant(name: string, o: { cpus?: number; secondSmmuIdr5?: number }): string {
  const p = JSON.parse(readFileSync(SMALL_FILE, 'utf8'));
  p.name = name;
  p.cpus = Array.from({ length: o.cpus ?? 1 }, (_, i) => ({ mpidr: `0x${i.toString(16)}` }));
  if (o.secondSmmuIdr5 !== undefined) {
    p.smmus.push({ ...p.smmus[0], id: 'smmu1', base: '0x0907_0000', idr: { ...p.smmus[0].idr, idr5: `0x${o.secondSmmuIdr5.toString(16)}` } });
  }
  const file = join(mkdtempSync(join(tmpdir(), 'pkvm-hyp-platform-')), `${name}.json`);
  writeFileSync(file, JSON.stringify(p));
  return file;
}
