import { KernelError } from '@pkvm/errno';
import { idr0StLevel, idr1SidSize, idr5OasBits, SMMU_MMIO_MIN_SIZE } from '@pkvm/smmuv3';
import { hex, parsePlatformNumber } from './platform-number';
import type {
  Cpu,
  DeviceBus,
  DeviceDescriptor,
  MemoryBank,
  MmioRegion,
  Platform,
  SmmuDescriptor,
  SmmuIdRegisters,
} from './platform';

/** Granule every bank and region must be aligned to (PAGE_SIZE). */
export const PLATFORM_PAGE_SIZE = 0x1000;
/** SMMU register frames are 64 KiB pages (page 0 and page 1). */
export const SMMU_FRAME_ALIGN = 0x1_0000;
/** Physical addresses must fit in 48 bits: the twin models a 48-bit OA without LPA2 (as phys-mem does). */
export const PLATFORM_PA_LIMIT = 2 ** 48;

type Json = unknown;

/** Refusal naming the field path and the reason, e.g. `smmus[1].base: not aligned to 0x10000`. */
function refuse(path: string, reason: string): never {
  throw KernelError.of('EINVAL', `platform: ${path}: ${reason}`);
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function child(path: string, key: string): string {
  return path === '$' ? key : `${path}.${key}`;
}

function field(obj: Record<string, Json>, path: string, key: string): Json {
  if (!(key in obj) || obj[key] === undefined) refuse(child(path, key), 'missing');
  return obj[key];
}

function objectAt(v: Json, path: string): Record<string, Json> {
  if (!isObject(v)) refuse(path, `expected an object, got ${typeName(v)}`);
  return v;
}

function arrayAt(v: Json, path: string): Json[] {
  if (!Array.isArray(v)) refuse(path, `expected an array, got ${typeName(v)}`);
  return v;
}

function stringAt(v: Json, path: string): string {
  if (typeof v !== 'string' || v.length === 0) refuse(path, `expected a non-empty string, got ${typeName(v)}`);
  return v;
}

function booleanAt(v: Json, path: string): boolean {
  if (typeof v !== 'boolean') refuse(path, `expected a boolean, got ${typeName(v)}`);
  return v;
}

function numberAt(v: Json, path: string): number {
  const n = parsePlatformNumber(v);
  if (n === undefined) refuse(path, `expected a non-negative integer or hex string, got ${JSON.stringify(v)}`);
  return n;
}

function u32At(v: Json, path: string): number {
  const n = numberAt(v, path);
  if (n > 0xffff_ffff) refuse(path, `${hex(n)} does not fit in a 32-bit register`);
  return n;
}

function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function checkUnknownKeys(obj: Record<string, Json>, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) refuse(child(path, key), 'unknown field');
  }
}

interface Range {
  readonly path: string;
  readonly base: number;
  readonly size: number;
}

function rangeAt(obj: Record<string, Json>, path: string, align: number): { base: number; size: number } {
  const base = numberAt(field(obj, path, 'base'), `${path}.base`);
  const size = numberAt(field(obj, path, 'size'), `${path}.size`);
  if (base % align !== 0) refuse(`${path}.base`, `${hex(base)} is not aligned to ${hex(align)}`);
  if (size === 0) refuse(`${path}.size`, 'must not be zero');
  if (size % align !== 0) refuse(`${path}.size`, `${hex(size)} is not a multiple of ${hex(align)}`);
  if (base + size > PLATFORM_PA_LIMIT) refuse(path, `[${hex(base)}, ${hex(base + size)}) exceeds the 48-bit physical address space`);
  return { base, size };
}

/** Refuses the first pair of overlapping ranges, naming the later one. */
function checkNoOverlap(ranges: readonly Range[]): void {
  const sorted = [...ranges].sort((a, b) => a.base - b.base);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.base < prev.base + prev.size) {
      const [first, second] = ranges.indexOf(prev) < ranges.indexOf(cur) ? [prev, cur] : [cur, prev];
      refuse(second.path, `[${hex(second.base)}, ${hex(second.base + second.size)}) overlaps ${first.path}`);
    }
  }
}

function readCpus(v: Json): Cpu[] {
  const list = arrayAt(v, 'cpus');
  if (list.length === 0) refuse('cpus', 'at least one CPU is required');
  const seen = new Map<number, number>();
  return list.map((entry, i) => {
    const path = `cpus[${i}]`;
    const obj = objectAt(entry, path);
    checkUnknownKeys(obj, path, ['mpidr']);
    const mpidr = numberAt(field(obj, path, 'mpidr'), `${path}.mpidr`);
    const dup = seen.get(mpidr);
    if (dup !== undefined) refuse(`${path}.mpidr`, `${hex(mpidr)} duplicates cpus[${dup}].mpidr`);
    seen.set(mpidr, i);
    return { mpidr };
  });
}

function readRam(v: Json): { banks: MemoryBank[]; ranges: Range[] } {
  const list = arrayAt(v, 'ram');
  if (list.length === 0) refuse('ram', 'at least one memory bank is required');
  const ranges = list.map((entry, i) => {
    const path = `ram[${i}]`;
    const obj = objectAt(entry, path);
    checkUnknownKeys(obj, path, ['base', 'size']);
    return { path, ...rangeAt(obj, path, PLATFORM_PAGE_SIZE) };
  });
  checkNoOverlap(ranges);
  const banks = ranges.map(({ base, size }) => ({ base, size })).sort((a, b) => a.base - b.base);
  return { banks, ranges };
}

function readMmio(v: Json, ram: readonly Range[]): MmioRegion[] {
  const list = arrayAt(v, 'mmio');
  const names = new Map<string, number>();
  const ranges = list.map((entry, i) => {
    const path = `mmio[${i}]`;
    const obj = objectAt(entry, path);
    checkUnknownKeys(obj, path, ['name', 'base', 'size']);
    const name = stringAt(field(obj, path, 'name'), `${path}.name`);
    const dup = names.get(name);
    if (dup !== undefined) refuse(`${path}.name`, `"${name}" duplicates mmio[${dup}].name`);
    names.set(name, i);
    return { path, name, ...rangeAt(obj, path, PLATFORM_PAGE_SIZE) };
  });
  checkNoOverlap([...ram, ...ranges]);
  return ranges.map(({ name, base, size }) => ({ name, base, size })).sort((a, b) => a.base - b.base);
}

function readIdr(v: Json, path: string): SmmuIdRegisters {
  const obj = objectAt(v, path);
  checkUnknownKeys(obj, path, ['idr0', 'idr1', 'idr3', 'idr5']);
  const idr0 = u32At(field(obj, path, 'idr0'), `${path}.idr0`);
  const idr1 = u32At(field(obj, path, 'idr1'), `${path}.idr1`);
  const idr3 = u32At(field(obj, path, 'idr3'), `${path}.idr3`);
  const idr5 = u32At(field(obj, path, 'idr5'), `${path}.idr5`);
  // IDR0.ST_LEVEL [28:27]: 2 and 3 are reserved.
  if (idr0StLevel(idr0) > 1) refuse(`${path}.idr0`, `ST_LEVEL ${idr0StLevel(idr0)} is reserved`);
  // IDR1.SIDSIZE [5:0]: at most 32 StreamID bits.
  if (idr1SidSize(idr1) > 32) refuse(`${path}.idr1`, `SIDSIZE ${idr1SidSize(idr1)} exceeds 32`);
  // IDR5.OAS [2:0]: 7 is reserved.
  if (idr5OasBits(idr5) === undefined) refuse(`${path}.idr5`, `OAS encoding ${idr5 & 7} is reserved`);
  return { idr0, idr1, idr3, idr5 };
}

function readSmmus(v: Json, mmio: readonly MmioRegion[]): SmmuDescriptor[] {
  const list = arrayAt(v, 'smmus');
  const ids = new Map<string, number>();
  const ranges: Range[] = [];
  const smmus = list.map((entry, i) => {
    const path = `smmus[${i}]`;
    const obj = objectAt(entry, path);
    checkUnknownKeys(obj, path, ['id', 'base', 'size', 'coherent', 'idr']);
    const id = stringAt(field(obj, path, 'id'), `${path}.id`);
    const dup = ids.get(id);
    if (dup !== undefined) refuse(`${path}.id`, `"${id}" duplicates smmus[${dup}].id`);
    ids.set(id, i);
    const { base, size } = rangeAt(obj, path, SMMU_FRAME_ALIGN);
    if (size < SMMU_MMIO_MIN_SIZE) refuse(`${path}.size`, `${hex(size)} is below the ${hex(SMMU_MMIO_MIN_SIZE)} of register pages 0 and 1`);
    const region = mmio.find((r) => base >= r.base && base + size <= r.base + r.size);
    if (!region) refuse(path, `[${hex(base)}, ${hex(base + size)}) is not inside one mmio region`);
    ranges.push({ path, base, size });
    const coherent = booleanAt(field(obj, path, 'coherent'), `${path}.coherent`);
    const idr = readIdr(field(obj, path, 'idr'), `${path}.idr`);
    return { id, base, size, coherent, idr };
  });
  checkNoOverlap(ranges);
  return smmus;
}

const BDF = /^[0-9a-f]{2}:[0-1][0-9a-f]\.[0-7]$/i;

function readDevices(v: Json, smmus: readonly SmmuDescriptor[]): DeviceDescriptor[] {
  const list = arrayAt(v, 'devices');
  const names = new Map<string, number>();
  // Per SMMU: StreamID -> the path that claimed it.
  const claimed = new Map<string, Map<number, string>>();
  return list.map((entry, i) => {
    const path = `devices[${i}]`;
    const obj = objectAt(entry, path);
    checkUnknownKeys(obj, path, ['name', 'bus', 'bdf', 'smmu', 'streamIds']);
    const name = stringAt(field(obj, path, 'name'), `${path}.name`);
    const dup = names.get(name);
    if (dup !== undefined) refuse(`${path}.name`, `"${name}" duplicates devices[${dup}].name`);
    names.set(name, i);
    const bus = stringAt(field(obj, path, 'bus'), `${path}.bus`);
    if (bus !== 'pci' && bus !== 'platform') refuse(`${path}.bus`, `expected "pci" or "platform", got "${bus}"`);
    let bdf: string | undefined;
    if (obj.bdf !== undefined) {
      bdf = stringAt(obj.bdf, `${path}.bdf`);
      if (bus !== 'pci') refuse(`${path}.bdf`, 'only pci devices have a bus:device.function');
      if (!BDF.test(bdf)) refuse(`${path}.bdf`, `"${bdf}" is not bus:device.function`);
    }
    const smmuId = stringAt(field(obj, path, 'smmu'), `${path}.smmu`);
    const smmu = smmus.find((s) => s.id === smmuId);
    if (!smmu) refuse(`${path}.smmu`, `unknown SMMU "${smmuId}"`);
    const sidBits = idr1SidSize(smmu.idr.idr1);
    const sids = arrayAt(field(obj, path, 'streamIds'), `${path}.streamIds`);
    if (sids.length === 0) refuse(`${path}.streamIds`, 'at least one StreamID is required');
    const owners = claimed.get(smmuId) ?? new Map<number, string>();
    claimed.set(smmuId, owners);
    const streamIds = sids.map((s, j) => {
      const sidPath = `${path}.streamIds[${j}]`;
      const sid = numberAt(s, sidPath);
      // A StreamID must fit in IDR1.SIDSIZE bits.
      if (sid >= 2 ** sidBits) refuse(sidPath, `StreamID ${hex(sid)} is beyond IDR1.SIDSIZE (${sidBits} bits) of ${smmuId}`);
      const owner = owners.get(sid);
      if (owner !== undefined) refuse(sidPath, `StreamID ${hex(sid)} duplicates ${owner} on ${smmuId}`);
      owners.set(sid, sidPath);
      return sid;
    });
    return bdf === undefined
      ? { name, bus: bus as DeviceBus, smmu: smmuId, streamIds }
      : { name, bus: bus as DeviceBus, bdf, smmu: smmuId, streamIds };
  });
}

/** Checks a parsed platform file and returns the typed model; refuses with EINVAL naming the field and reason. */
export function validatePlatform(json: Json): Platform {
  const root = objectAt(json, '$');
  checkUnknownKeys(root, '$', ['$schema', 'name', 'description', 'cpus', 'ram', 'mmio', 'smmus', 'devices']);
  const name = stringAt(field(root, '$', 'name'), 'name');
  const description = root.description === undefined ? undefined : stringAt(root.description, 'description');
  const cpus = readCpus(field(root, '$', 'cpus'));
  const { banks, ranges } = readRam(field(root, '$', 'ram'));
  const mmio = readMmio(field(root, '$', 'mmio'), ranges);
  const smmus = readSmmus(field(root, '$', 'smmus'), mmio);
  const devices = readDevices(field(root, '$', 'devices'), smmus);
  const platform: Platform = { name, cpus, ram: banks, mmio, smmus, devices };
  return description === undefined ? platform : { ...platform, description };
}
