import { createHash } from 'node:crypto';
import type {
  DmaProbeFn, EnomemRecord, OracleSources, OwnerChangeRecord, OwnershipRange, OwnershipView, PageRange, ReachabilityView,
} from '@pkvm/isolation-oracle';
import { pkvm } from '@pkvm/proto';
import type { HypercallClient } from '@pkvm/transport';

const n = (v: unknown) => Number(v ?? 0);

/** What the iommu side tells about itself besides the views (for the report and the ownership labels). */
export interface IommuFacts {
  smmuMmio: PageRange[];
  iommuPool: PageRange[];
  version: number;
  walkerDisagreements: number;
  descriptorsRead: number;
}

/** The hypervisor dump's memory map and ownership changes as the oracle's ownership view. */
export async function hypervisorOwnership(
  c: HypercallClient,
): Promise<Omit<OwnershipView, 'regions'> & { stateHash: string; carveOut: PageRange[] }> {
  const [map, changes, state, history] = await Promise.all([
    c.call<pkvm.v1.MemMapResponse>('HypervisorDumpService.MemMap', { start: 0, end: 0 }),
    c.call<pkvm.v1.OwnerChangesResponse>('HypervisorDumpService.OwnerChanges', { limit: 0 }),
    c.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {}),
    c.call<pkvm.v1.InitHistoryResponse>('HypervisorDumpService.InitHistory', {}),
  ]);
  const changeList = (changes.changes ?? []).map((x): OwnerChangeRecord => ({
    call: x.call ?? '', start: n(x.start), end: n(x.end), owner: x.owner ?? '', path: x.path ?? undefined, iommuNotified: !!x.iommuNotified, idmapInitialized: !!x.idmapInitialized,
  }));
  return {
    ranges: (map.ranges ?? []).map((r): OwnershipRange => ({
      start: n(r.start), end: n(r.end), owner: r.owner ?? '', hostState: r.hostState ?? '', kind: r.isMemory ? 'memory' : 'mmio',
    })),
    changes: changeList,
    stateHash: state.stateHash ?? '',
    carveOut: carveOutOf(history, changeList),
  };
}

/**
 * The carve-out from InitHistory (carve_out_base/size, kept for the whole boot); a hypervisor without those
 * fields falls back to the fix_host_ownership owner change, which the owner-change ring may have dropped.
 */
export function carveOutOf(history: pkvm.v1.IInitHistoryResponse, changes: OwnerChangeRecord[]): PageRange[] {
  const base = n(history.carveOutBase);
  const size = n(history.carveOutSize);
  if (size > 0) return [{ start: base, end: base + size }];
  return carveOutFrom(changes);
}

/** The carve-out as fix_host_ownership recorded it (the first owner change of a boot, while the ring keeps it). */
export function carveOutFrom(changes: OwnerChangeRecord[]): PageRange[] {
  return changes.filter((c) => c.call === 'fix_host_ownership').map((c) => ({ start: c.start, end: c.end }));
}

type WireRanges = pkvm.v1.IIsolationReachRange[] | null | undefined;

export function wireReachability(r: pkvm.v1.IReachabilityResponse): ReachabilityView {
  const ranges = (rs: WireRanges) => (rs ?? []).map((x) => ({ start: n(x.iova), end: n(x.end), pa: n(x.pa), read: !!x.read, write: !!x.write, memAttr: x.memAttr ?? 0 }));
  const tables = (r.tables ?? []).map((t) => ranges(t.ranges));
  return {
    streams: (r.streams ?? []).map((s) => {
      const mode = (s.mode || 'translate') as 'translate' | 'bypass' | 'gbpa-bypass';
      return {
        smmu: s.smmu ?? 0, sid: s.sid ?? 0, mode, identity: !!s.identity, s2ttb: n(s.s2Ttb),
        ranges: mode === 'translate' ? (tables[s.table ?? 0] ?? []) : ranges(s.ranges),
      };
    }),
  };
}

export function wireEnomem(l: pkvm.v1.IIsolationLedgerResponse): EnomemRecord {
  return { failures: (l.failures ?? []).map((f) => ({ call: f.call ?? '', start: n(f.start), end: n(f.end), ret: f.ret ?? 0 })) };
}

/** The probe through pkvm.v1.iommu.dump.DmaProbe (probe semantics: nothing changes, nothing is recorded). */
export function iommuDmaProbe(c: HypercallClient): DmaProbeFn {
  return async (smmu, sid, iovas) => {
    const r = await c.call<pkvm.v1.DmaProbeResponse>('IommuDumpService.DmaProbe', { smmu, sid, iovas });
    const acc = (a?: pkvm.v1.IIsolationProbeAccess | null) => (a?.ok ? { ok: true, pa: n(a.pa) } : { ok: false, reason: a?.reason ?? '' });
    return (r.outcomes ?? []).map((o) => ({ iova: n(o.iova), read: acc(o.read), write: acc(o.write) }));
  };
}

export interface LiveSourcesOptions {
  /** An ownership view to use instead of the hypervisor's (constructed, or from a file). */
  ownership?: OwnershipView;
  /** Run the DMA probe (default true). */
  probe?: boolean;
}

/**
 * The oracle's sources over NATS: ownership from pkvm.v1.hypervisor.dump (MemMap, OwnerChanges; labels from the
 * iommu's MachineInfo: SMMU frames and the pool, and the carve-out from InitHistory), reachability and
 * the probe from pkvm.v1.iommu.dump, the pool-ENOMEM record and the idmap digest from the iommu's ledger, the
 * ownership digest from the hypervisor's state hash.
 */
export function liveSources(c: HypercallClient, opts: LiveSourcesOptions = {}): OracleSources & { facts(): Promise<IommuFacts> } {
  let facts: IommuFacts | undefined;
  const getFacts = async (): Promise<IommuFacts> => {
    if (facts) return facts;
    const info = await c.call<pkvm.v1.MachineInfoResponse>('IommuDumpService.MachineInfo', {});
    facts = {
      smmuMmio: (info.smmus ?? []).map((s) => ({ start: n(s.base), end: n(s.base) + n(s.size) })),
      iommuPool: n(info.poolPages) ? [{ start: n(info.poolBase), end: n(info.poolBase) + n(info.poolPages) * 0x1000 }] : [],
      version: n(info.version), walkerDisagreements: 0, descriptorsRead: 0,
    };
    return facts;
  };
  return {
    facts: getFacts,
    async ownership() {
      const f = await getFacts();
      if (opts.ownership) return { ...opts.ownership, regions: { smmuMmio: f.smmuMmio, iommuPool: f.iommuPool, ...opts.ownership.regions } };
      const h = await hypervisorOwnership(c);
      return { ranges: h.ranges, changes: h.changes, regions: { carveOut: h.carveOut, smmuMmio: f.smmuMmio, iommuPool: f.iommuPool } };
    },
    async reachability() {
      const r = await c.call<pkvm.v1.ReachabilityResponse>('IommuDumpService.Reachability', {});
      const f = await getFacts();
      f.walkerDisagreements = r.walkerDisagreements;
      f.descriptorsRead = r.descriptorsRead;
      f.version = n(r.version);
      return wireReachability(r);
    },
    async enomem() {
      return wireEnomem(await c.call<pkvm.v1.IsolationLedgerResponse>('IommuDumpService.IsolationLedger', {}));
    },
    probe: opts.probe === false ? undefined : iommuDmaProbe(c),
    async ownershipDigest() {
      if (opts.ownership) return createHash('sha256').update(JSON.stringify(opts.ownership)).digest('hex');
      return (await c.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {})).stateHash;
    },
    async idmapDigest() {
      return (await c.call<pkvm.v1.IsolationLedgerResponse>('IommuDumpService.IsolationLedger', {})).idmapDigest;
    },
  };
}
