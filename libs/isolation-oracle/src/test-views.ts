import type { OwnershipRange, OwnershipView, ProbeResult, ReachabilityView, ReachRange, StreamReach } from './types';

/**
 * Constructed views for the unit specs, shaped like platforms/small.json after pKVM init: host MMIO with the
 * SMMU frame donated, 64 MiB of RAM with a page shared with the hypervisor, pages donated to it and to a
 * protected guest, and the carve-out (with the IOMMU pool) at the top.
 */
export const V = {
  mmio: 0x0900_0000,
  smmu: 0x0905_0000,
  smmuEnd: 0x0907_0000,
  mmioEnd: 0x0a00_0000,
  ram: 0x4000_0000,
  shared: 0x4010_0000,
  donated: 0x4010_1000,
  guest: 0x4010_3000,
  carve: 0x4380_0000,
  pool: 0x43c0_0000,
  ramEnd: 0x4400_0000,
};

export function testOwnership(): OwnershipView {
  const r = (start: number, end: number, owner: string, hostState: string, kind: 'memory' | 'mmio'): OwnershipRange => ({ start, end, owner, hostState, kind });
  return {
    ranges: [
      r(V.mmio, V.smmu, 'HOST', 'OWNED', 'mmio'),
      r(V.smmu, V.smmuEnd, 'HYP', 'NOPAGE', 'mmio'),
      r(V.smmuEnd, V.mmioEnd, 'HOST', 'OWNED', 'mmio'),
      r(V.ram, V.shared, 'HOST', 'OWNED', 'memory'),
      r(V.shared, V.donated, 'HOST', 'SHARED_OWNED', 'memory'),
      r(V.donated, V.guest, 'HYP', 'NOPAGE', 'memory'),
      r(V.guest, V.guest + 0x2000, 'GUEST', 'NOPAGE', 'memory'),
      r(V.guest + 0x2000, V.carve, 'HOST', 'OWNED', 'memory'),
      r(V.carve, V.ramEnd, 'HYP', 'NOPAGE', 'memory'),
    ],
    changes: [
      { call: 'fix_host_ownership', start: V.carve, end: V.ramEnd, owner: 'HYP', iommuNotified: true, idmapInitialized: false },
      { call: '__pkvm_host_donate_hyp_mmio', start: V.smmu, end: V.smmuEnd, owner: 'HYP', iommuNotified: false, idmapInitialized: false },
      { call: '__pkvm_host_donate_hyp', start: V.donated, end: V.guest, owner: 'HYP', iommuNotified: true, idmapInitialized: true },
      { call: '__pkvm_host_donate_guest', start: V.guest, end: V.guest + 0x2000, owner: 'GUEST', iommuNotified: true, idmapInitialized: true },
    ],
    regions: { carveOut: [{ start: V.carve, end: V.ramEnd }], iommuPool: [{ start: V.pool, end: V.ramEnd }], smmuMmio: [{ start: V.smmu, end: V.smmuEnd }] },
  };
}

/** The identity map a correct model reaches: every host-owned page, RW. */
export function perfectReach(own: OwnershipView, sids = [1, 8]): ReachabilityView {
  const ranges: ReachRange[] = [];
  for (const o of [...own.ranges].sort((a, b) => a.start - b.start)) {
    if (o.owner !== 'HOST') continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end === o.start) last.end = o.end;
    else ranges.push({ start: o.start, end: o.end, pa: o.start, read: true, write: true });
  }
  return { streams: sids.map((sid): StreamReach => ({ smmu: 0, sid, mode: 'translate', identity: true, ranges: ranges.map((x) => ({ ...x })) })) };
}

/** Edits every stream's ranges: add an identity range, or remove [start, end). */
export function mapExtra(view: ReachabilityView, start: number, end: number): ReachabilityView {
  return { streams: view.streams.map((s) => ({ ...s, ranges: [...s.ranges, { start, end, pa: start, read: true, write: true }].sort((a, b) => a.start - b.start) })) };
}

export function unmap(view: ReachabilityView, start: number, end: number): ReachabilityView {
  return {
    streams: view.streams.map((s) => ({
      ...s,
      ranges: s.ranges.flatMap((r) => {
        if (r.end <= start || r.start >= end) return [r];
        const out: ReachRange[] = [];
        if (r.start < start) out.push({ ...r, end: start });
        if (r.end > end) out.push({ ...r, start: end, pa: r.pa + (end - r.start) });
        return out;
      }),
    })),
  };
}

/** A probe that answers what the walk of `view` predicts, with `extra` IOVAs reachable besides (a stale IOTLB). */
export function probeFrom(view: ReachabilityView, extra: number[] = []) {
  const calls: { smmu: number; sid: number; iovas: number[] }[] = [];
  const fn = async (smmu: number, sid: number, iovas: number[]): Promise<ProbeResult[]> => {
    calls.push({ smmu, sid, iovas });
    const s = view.streams.find((x) => x.smmu === smmu && (x.sid === sid || x.sid < 0))!;
    return iovas.map((iova) => {
      const r = s.ranges.find((x) => iova >= x.start && iova < x.end);
      const stale = extra.includes(iova);
      const acc = (ok: boolean) => (ok || stale ? { ok: true, pa: iova } : { ok: false, reason: 'F_TRANSLATION' });
      return { iova, read: acc(!!r?.read), write: acc(!!r?.write) };
    });
  };
  return { fn, calls };
}
