import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KernelError } from '@pkvm/errno';
import type { Platform } from './platform';
import { validatePlatform } from './platform-validator';

/**
 * Directory of the shipped platform files: $PKVM_PLATFORMS_DIR, else the first `platforms/` holding
 * qemu-virt.json walking up from this file (works from the sources and from dist/).
 */
export const PLATFORMS_DIR = findPlatformsDir();

function findPlatformsDir(): string {
  const fromEnv = process.env.PKVM_PLATFORMS_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'platforms');
    if (existsSync(join(candidate, 'qemu-virt.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve(__dirname, '../../../platforms');
    dir = parent;
  }
}

/** The shipped platform names (platforms/<name>.json). */
export const SHIPPED_PLATFORMS = ['qemu-virt', 'large', 'small'] as const;
export type ShippedPlatform = (typeof SHIPPED_PLATFORMS)[number];

/**
 * Loads and validates a platform: a file path, JSON text (starting with `{`), or an already parsed object.
 * Refuses unreadable files, bad JSON and invalid content with KernelError EINVAL.
 */
export function loadPlatform(source: string | object): Platform {
  if (typeof source !== 'string') return validatePlatform(source);
  const text = source.trimStart().startsWith('{') ? source : readText(source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw KernelError.of('EINVAL', `platform: $: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  return validatePlatform(json);
}

/** Loads one of the shipped platforms by name. */
export function loadShippedPlatform(name: ShippedPlatform): Platform {
  return loadPlatform(resolve(PLATFORMS_DIR, `${name}.json`));
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw KernelError.of('EINVAL', `platform: ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { cause: e });
  }
}
