import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL } from './iommu-fixture';

/** platforms/small.json with a second SMMU (at 0x0907_0000) whose IDR5 is `idr5`, written to `dir`. */
export function twoSmmuPlatform(dir: string, name: string, idr5: number): string {
  const p = JSON.parse(readFileSync(SMALL.file, 'utf8'));
  p.name = name;
  p.smmus.push({ ...p.smmus[0], id: 'smmu1', base: '0x0907_0000', idr: { ...p.smmus[0].idr, idr5: `0x${idr5.toString(16)}` } });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(p));
  return file;
}
