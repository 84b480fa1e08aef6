import { categorize, hostOwns, regionCuts } from './classify';
import { ownerAt, push } from './check-isolation';
import type { DmaProbeFn, Finding, OwnershipView, PageCategory, ProbeRecord, ReachabilityView, StreamReach } from './types';

const PAGE = 0x1000;

export interface ProbePlanOptions {
  /** PRNG seed for the sample. */
  seed?: number;
  /** Seeded pages per category besides its first and last page. */
  perCategory?: number;
}

export interface ProbePoint {
  iova: number;
  category: PageCategory;
}

/** mulberry32: a small deterministic PRNG (the sample must be reproducible from the seed). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The pages to probe: the first and last page of the ownership view, and of every page kind present
 * (host-owned, shared, donated to the hypervisor, guest-owned, carve-out, IOMMU pool, SMMU MMIO, ...), plus
 * `perCategory` seeded pages of each kind. Deterministic for a seed.
 */
export function planProbes(ownership: OwnershipView, opts: ProbePlanOptions = {}): ProbePoint[] {
  const regions = ownership.regions ?? {};
  const own = [...ownership.ranges].sort((x, y) => x.start - y.start);
  if (own.length === 0) return [];
  const cuts = regionCuts(regions);
  const byCat = new Map<PageCategory, { start: number; end: number }[]>();
  for (const r of own) {
    const pts = [r.start, r.end, ...cuts.filter((c) => c > r.start && c < r.end)].sort((x, y) => x - y);
    for (let i = 0; i + 1 < pts.length; i++) {
      if (pts[i] === pts[i + 1]) continue;
      const cat = categorize(r, pts[i], pts[i + 1], regions);
      const list = byCat.get(cat) ?? [];
      list.push({ start: pts[i], end: pts[i + 1] });
      byCat.set(cat, list);
    }
  }
  const rand = seededRandom(opts.seed ?? 1);
  const n = opts.perCategory ?? 4;
  const points = new Map<number, PageCategory>();
  const add = (iova: number, cat: PageCategory) => {
    if (!points.has(iova)) points.set(iova, cat);
  };
  const first = own[0];
  const last = own[own.length - 1];
  add(first.start, categorize(first, first.start, first.start + PAGE, regions));
  add(last.end - PAGE, categorize(last, last.end - PAGE, last.end, regions));
  for (const [cat, list] of byCat) {
    add(list[0].start, cat);
    add(list[list.length - 1].end - PAGE, cat);
    const pages = list.reduce((s, r) => s + (r.end - r.start) / PAGE, 0);
    for (let k = 0; k < n; k++) {
      let idx = Math.floor(rand() * pages);
      for (const r of list) {
        const np = (r.end - r.start) / PAGE;
        if (idx < np) {
          add(r.start + idx * PAGE, cat);
          break;
        }
        idx -= np;
      }
    }
  }
  return [...points].map(([iova, category]) => ({ iova, category })).sort((x, y) => x.iova - y.iova);
}

/** The walk's prediction for `iova` on a stream: the leaf run holding it. */
function walkAccess(s: StreamReach, iova: number): { read: boolean; write: boolean; pa?: number } {
  for (const r of s.ranges) if (iova >= r.start && iova < r.end) return { read: r.read, write: r.write, pa: r.pa + (iova - r.start) };
  return { read: false, write: false };
}

/**
 * Runs the probe through every attached stream (a GBPA bypass through StreamID 0) and judges each access:
 * expectation = reachable iff the host owns the page. A DMA that reaches a page the host does not own is a
 * violation (source 'dma'); a DMA that disagrees with the descriptor walk is a probe-mismatch (a stale IOTLB
 * or config cache entry, or a walker bug).
 */
export async function runProbes(
  ownership: OwnershipView, reach: ReachabilityView, probe: DmaProbeFn, opts: ProbePlanOptions = {}, walkFindings: Finding[] = [],
): Promise<{ records: ProbeRecord[]; findings: Finding[] }> {
  const plan = planProbes(ownership, opts);
  const own = [...ownership.ranges].sort((x, y) => x.start - y.start);
  const regions = ownership.regions ?? {};
  const records: ProbeRecord[] = [];
  const findings: Finding[] = [];
  if (plan.length === 0) return { records, findings };
  for (const s of reach.streams) {
    const sid = s.sid < 0 ? 0 : s.sid;
    const results = await probe(s.smmu, sid, plan.map((p) => p.iova));
    results.forEach((res, i) => {
      const p = plan[i];
      const o = ownerAt(own, res.iova);
      const expectReachable = !!o && hostOwns(o);
      const w = walkAccess(s, res.iova);
      const consistent = res.read.ok === w.read && res.write.ok === w.write;
      let breach = false;
      for (const acc of [res.read, res.write]) {
        if (!acc.ok) continue;
        const pa = acc.pa ?? res.iova;
        const target = ownerAt(own, pa);
        if (target && !hostOwns(target)) breach = true;
      }
      records.push({
        ...res, smmu: s.smmu, sid, category: o ? p.category : 'hole', owner: o?.owner ?? 'none', expectReachable,
        walkRead: w.read, walkWrite: w.write, agrees: consistent && !breach,
      });
      const pa = res.read.pa ?? res.write.pa ?? res.iova;
      const target = ownerAt(own, pa);
      const base = {
        start: pa - (pa % PAGE), end: pa - (pa % PAGE) + PAGE, owner: target?.owner ?? 'none', hostState: target?.hostState,
        category: target ? categorize(target, pa - (pa % PAGE), pa - (pa % PAGE) + PAGE, regions) : ('other' as const),
        smmu: s.smmu, sid, streams: [{ smmu: s.smmu, sid }],
        access: `${res.read.ok ? 'R' : ''}${res.write.ok ? 'W' : ''}`, source: 'dma' as const,
      };
      if (breach) {
        // A page the walk already put down to a named design gap keeps that name.
        const gap = walkFindings.find((f) => f.kind.startsWith('design-gap:') && f.start <= base.start && f.end >= base.end &&
          f.streams.some((x) => x.smmu === s.smmu && x.sid === s.sid));
        push(findings, gap
          ? { ...base, kind: gap.kind, call: gap.call, detail: `probe DMA at IOVA 0x${res.iova.toString(16)} reached it: ${gap.detail}` }
          : { ...base, kind: 'violation', detail: `probe DMA at IOVA 0x${res.iova.toString(16)} reached a page the host does not own` });
      }
      if (!consistent) {
        push(findings, {
          ...base, kind: 'probe-mismatch',
          detail: `DMA read ${res.read.ok ? 'ok' : res.read.reason} / write ${res.write.ok ? 'ok' : res.write.reason}; the walk says ${w.read ? 'R' : '-'}${w.write ? 'W' : '-'}`,
        });
      }
    });
  }
  return { records, findings };
}
