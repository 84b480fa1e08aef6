import { KernelError } from '@pkvm/errno';
import type { Platform } from '@pkvm/platform';
import type { CachedConfig, IotlbEntry, SmmuV3Stats } from '@pkvm/smmuv3';
import { El2Iommu } from './el2-iommu';
import type { HostAccessRun } from './host-access';
import { Machine } from './machine';
import type { SmmuTables } from './smmu-tables';
import { stateHash } from './state-hash';

/*
 * Snapshots bound restart time: the machine's touched frames and model state at one stream version.
 * The libs keep that state private (PhysicalMemory's frame map, SmmuV3Device's register file, PagePool's free
 * lists, El2SmmuV3Driver's per-SMMU PROD and L2 map, io-pgtable's table count) and offer no export/import, so
 * this file reads and writes those fields by name. That couples it to the libs' internals; the guard is the
 * state hash: a restore that does not reproduce the hash recorded with the snapshot is discarded and the
 * service replays the whole log instead.
 */

/** The private fields this file reads and writes, by lib class. */
interface MemInternals { frames: Map<number, Uint32Array> }
interface DeviceInternals { regs: Map<number, number>; pending: unknown[] }
interface PoolInternals {
  state: Uint8Array; order: Int8Array; refcount: Uint32Array; next: Int32Array; prev: Int32Array; heads: Int32Array; freePages: number;
}
interface DriverInternals { smmus: { prod: number; l2Tables: Map<number, number>; initialised: boolean }[] }
interface PgtableInternals { tables: number; freed: boolean }
const internals = <T>(o: object) => o as unknown as T;

interface SmmuModel {
  regs: [number, number][];
  stats: SmmuV3Stats;
  iotlb: IotlbEntry[];
  configCache: [number, CachedConfig][];
}

interface El2Model {
  poolBase: number;
  poolSize: number;
  pool: { state: number[]; order: number[]; refcount: number[]; next: number[]; prev: number[]; heads: number[]; freePages: number };
  tables: SmmuTables[];
  requirements: { ias: number; oas: number; pgsizeBitmap: number; coherentWalk: boolean };
  driver: { prod: number; l2Tables: [number, number][]; initialised: boolean }[];
  pgd: number;
  tablePages: number;
  idmapInitialized: boolean;
}

/** Everything but the frames, as JSON. */
export interface MachineModel {
  platform: string;
  smmus: SmmuModel[];
  el2?: El2Model;
  warnings: string[];
  /** The host access map as runs; absent before the hypervisor's first push. */
  hostAccess?: HostAccessRun[];
}

export interface MachineImage {
  hash: string;
  model: MachineModel;
  /** Non-zero touched frames: PFN and a copy of its 1024 words. */
  frames: [number, Uint32Array][];
}

/**
 * The machine's image now, or undefined while an SMMU holds invalidations waiting for a CMD_SYNC (closures,
 * which no image can hold; the next snapshot point will do).
 */
export function captureImage(m: Machine): MachineImage | undefined {
  if (m.smmus.some((d) => d.pendingInvalidations > 0)) return undefined;
  const frames: [number, Uint32Array][] = [];
  for (const [pfn, f] of internals<MemInternals>(m.mem).frames) if (f.some((w) => w !== 0)) frames.push([pfn, f.slice()]);
  frames.sort((a, b) => a[0] - b[0]);
  const smmus = m.smmus.map((d) => ({
    regs: [...internals<DeviceInternals>(d).regs.entries()],
    stats: { ...d.stats },
    iotlb: d.iotlb.entries(),
    configCache: d.configCache.sids().map((sid) => [sid, d.configCache.get(sid)!] as [number, CachedConfig]),
  }));
  const el2 = m.el2;
  let el2Model: El2Model | undefined;
  if (el2) {
    const p = internals<PoolInternals>(el2.pool);
    el2Model = {
      poolBase: el2.pool.base,
      poolSize: el2.pool.nrPages * 0x1000,
      pool: {
        state: [...p.state], order: [...p.order], refcount: [...p.refcount], next: [...p.next], prev: [...p.prev], heads: [...p.heads], freePages: p.freePages,
      },
      tables: el2.tables,
      requirements: el2.requirements,
      driver: internals<DriverInternals>(el2.driver).smmus.map((s) => ({ prod: s.prod, l2Tables: [...s.l2Tables.entries()], initialised: s.initialised })),
      pgd: el2.pgtable.pgdPa,
      tablePages: el2.pgtable.tablePages,
      idmapInitialized: el2.domain.initialized,
    };
  }
  const hostAccess = m.hostAccess.enforcing ? m.hostAccess.runs() : undefined;
  return { hash: stateHash(m).hash, model: { platform: m.platform.name, smmus, el2: el2Model, warnings: [...m.warnings], ...(hostAccess ? { hostAccess } : {}) }, frames };
}

/** A machine rebuilt from an image; EIO when it does not reproduce the image's state hash. */
export function restoreImage(platform: Platform, image: MachineImage): Machine {
  const { model } = image;
  if (model.platform !== platform.name || model.smmus.length !== platform.smmus.length) {
    throw KernelError.of('EIO', `snapshot of ${model.platform} does not fit platform ${platform.name}`);
  }
  const m = new Machine(platform);
  m.warnings.push(...model.warnings);
  if (model.hostAccess) m.hostAccess.restore(model.hostAccess);
  if (model.el2) {
    const e = model.el2;
    const el2 = El2Iommu.assemble(m.mem, platform, m.smmus, { base: e.poolBase, size: e.poolSize }, e.tables, e.requirements, (w) => m.warnings.push(w), false);
    if (el2.pgtable.pgdPa !== e.pgd) throw KernelError.of('EIO', 'snapshot: the idmap PGD moved');
    const p = internals<PoolInternals>(el2.pool);
    p.state.set(e.pool.state);
    p.order.set(e.pool.order);
    p.refcount.set(e.pool.refcount);
    p.next.set(e.pool.next);
    p.prev.set(e.pool.prev);
    p.heads.set(e.pool.heads);
    p.freePages = e.pool.freePages;
    internals<DriverInternals>(el2.driver).smmus.forEach((s, i) => {
      s.prod = e.driver[i].prod;
      s.initialised = e.driver[i].initialised;
      s.l2Tables.clear();
      for (const [k, v] of e.driver[i].l2Tables) s.l2Tables.set(k, v);
    });
    internals<PgtableInternals>(el2.pgtable).tables = e.tablePages;
    el2.domain.initialized = e.idmapInitialized;
    m.el2 = el2;
  }
  m.smmus.forEach((d, i) => {
    const s = model.smmus[i];
    const regs = internals<DeviceInternals>(d).regs;
    regs.clear();
    for (const [k, v] of s.regs) regs.set(k, v);
    Object.assign(d.stats, s.stats);
    d.iotlb.invalidateAll();
    for (const t of s.iotlb) d.iotlb.insert(t);
    for (const [sid, c] of s.configCache) d.configCache.set(sid, c);
  });
  // Frames last: building the EL2 objects zeroed and allocated some of them.
  const frames = internals<MemInternals>(m.mem).frames;
  frames.clear();
  for (const [pfn, words] of image.frames) frames.set(pfn, words.slice());
  const got = stateHash(m).hash;
  if (got !== image.hash) throw KernelError.of('EIO', `snapshot restore reached ${got.slice(0, 12)}, not ${image.hash.slice(0, 12)}`);
  return m;
}
