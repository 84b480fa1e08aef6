import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlatform, PLATFORMS_DIR, type Platform } from '@pkvm/platform';

/** A shipped platform file as raw JSON (to derive variants). */
export function platformJson(name: 'small' | 'qemu-virt' | 'large'): any {
  return JSON.parse(readFileSync(join(PLATFORMS_DIR, `${name}.json`), 'utf8'));
}

/** small.json without its SMMU (no "arm,smmu-v3" node). */
export function noSmmuPlatform(): Platform {
  const p = platformJson('small');
  return loadPlatform({ ...p, name: 'small-no-smmu', smmus: [], devices: [] });
}

/** small.json with a second SMMU at 0x0907_0000 whose IDR0 lacks S2P: it fails the host probe (-EUNATCH). */
export function unprobeableSecondSmmuJson(): any {
  const p = platformJson('small');
  const idr0 = (Number(p.smmus[0].idr.idr0.replace(/_/g, '')) & ~1) >>> 0;
  p.name = 'small-bad-smmu1';
  p.smmus.push({ ...p.smmus[0], id: 'smmu1', base: '0x0907_0000', idr: { ...p.smmus[0].idr, idr0: `0x${idr0.toString(16)}` } });
  return p;
}
