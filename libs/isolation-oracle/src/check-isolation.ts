import { categorize, designGapName, hostOwns, regionCuts } from './classify';
import type {
  EnomemRecord, Finding, OwnerChangeRecord, OwnershipRange, OwnershipView, PageCategory, ReachabilityView, StreamReach,
} from './types';

export interface WalkCheckInputs {
  ownership: OwnershipView;
  reachability: ReachabilityView;
  enomem: EnomemRecord;
}

export interface WalkCheckResult {
  findings: Finding[];
  reachedBytes: Partial<Record<PageCategory, number>>;
}

interface Access {
  start: number;
  end: number;
  read: boolean;
  write: boolean;
}

const accessName = (a?: { read: boolean; write: boolean }) => (a ? `${a.read ? 'R' : ''}${a.write ? 'W' : ''}` : '');
const hex = (n: number) => `0x${n.toString(16)}`;

/** The PA ranges a stream reaches, as a union without overlaps (an alias ORs its access in). */
export function reachedPhysical(s: StreamReach): Access[] {
  const sorted = s.ranges.map((r) => ({ start: r.pa, end: r.pa + (r.end - r.start), read: r.read, write: r.write })).sort((x, y) => x.start - y.start);
  if (sorted.every((r, i) => i === 0 || sorted[i - 1].end <= r.start)) {
    // No aliases (the identity map): merge neighbours.
    const out: Access[] = [];
    for (const r of sorted) {
      const last = out[out.length - 1];
      if (last && last.end === r.start && last.read === r.read && last.write === r.write) last.end = r.end;
      else out.push({ ...r });
    }
    return out;
  }
  const pts = new Set<number>();
  for (const r of s.ranges) pts.add(r.pa).add(r.pa + (r.end - r.start));
  const cuts = [...pts].sort((x, y) => x - y);
  const out: Access[] = [];
  const byPa = s.ranges.map((r) => ({ start: r.pa, end: r.pa + (r.end - r.start), read: r.read, write: r.write })).sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    let read = false;
    let write = false;
    for (const r of byPa) {
      if (r.start > a) break;
      if (r.end >= b) {
        read ||= r.read;
        write ||= r.write;
      }
    }
    if (!read && !write) continue;
    const last = out[out.length - 1];
    if (last && last.end === a && last.read === read && last.write === write) last.end = b;
    else out.push({ start: a, end: b, read, write });
  }
  return out;
}

/** The last ownership change made after the idmap was initialised that covers [a, b) (undefined: none). */
function lastChange(changes: OwnerChangeRecord[], a: number, b: number): OwnerChangeRecord | undefined {
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    if (c.idmapInitialized && c.start <= a && c.end >= b) return c;
  }
  return undefined;
}

/**
 * The walk half of the oracle: for each distinct table reached by attached streams, every page listed in the
 * ownership view is judged against what the walked descriptors reach.
 * - mapped, host does not own it: violation, or design-gap:<name> when the last ownership change of the page
 *   (after the idmap was initialised) went through no IOMMU update (iommuNotified false);
 * - host owns it (OWNED / SHARED_OWNED), identity stream does not reach it: design-gap:<name> for a bypassing
 *   return to the host, else unreachable-after-enomem inside an ENOMEM failure's range, else unreachable.
 * Pages in no ownership range (holes between memblocks and MMIO) are not judged.
 */
export function checkWalk(inputs: WalkCheckInputs): WalkCheckResult {
  const own = [...inputs.ownership.ranges].sort((x, y) => x.start - y.start);
  const regions = inputs.ownership.regions ?? {};
  const changes = inputs.ownership.changes.filter((c) => c.idmapInitialized);
  const failures = inputs.enomem.failures;
  const findings: Finding[] = [];
  const reachedBytes: Partial<Record<PageCategory, number>> = {};

  // Streams with identical reach (sharing the identity domain) are judged once.
  const groups = new Map<string, StreamReach[]>();
  for (const s of inputs.reachability.streams) {
    const key = `${s.mode}:${s.identity}:${JSON.stringify(s.ranges)}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }

  const baseCuts = new Set<number>();
  for (const r of own) baseCuts.add(r.start).add(r.end);
  for (const c of regionCuts(regions)) baseCuts.add(c);
  for (const c of changes) baseCuts.add(c.start).add(c.end);
  for (const f of failures) baseCuts.add(f.start).add(f.end);

  let firstGroup = true;
  for (const streams of groups.values()) {
    const s0 = streams[0];
    const who = { smmu: s0.smmu, sid: s0.sid, streams: streams.map((s) => ({ smmu: s.smmu, sid: s.sid })) };
    // An identity stream must translate every IOVA to itself.
    if (s0.identity) {
      for (const r of s0.ranges) {
        if (r.pa !== r.start) {
          findings.push({
            kind: 'non-identity', start: r.pa, end: r.pa + (r.end - r.start), owner: 'none', category: 'other', ...who,
            access: accessName(r), source: 'walk', detail: `IOVA ${hex(r.start)} translates to PA ${hex(r.pa)}`,
          });
        }
      }
    }
    const reached = reachedPhysical(s0);
    const cuts = new Set(baseCuts);
    for (const r of reached) cuts.add(r.start).add(r.end);
    const pts = [...cuts].sort((x, y) => x - y);
    // Only identity (and bypass) streams promise to reach every host page.
    const mustReachHost = s0.identity || s0.mode !== 'translate';
    let oi = 0;
    let ri = 0;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i];
      const b = pts[i + 1];
      while (oi < own.length && own[oi].end <= a) oi++;
      if (oi >= own.length) break;
      const o = own[oi];
      if (o.start > a) continue; // a hole
      while (ri < reached.length && reached[ri].end <= a) ri++;
      const acc = ri < reached.length && reached[ri].start <= a ? reached[ri] : undefined;
      const category = categorize(o, a, b, regions);
      const host = hostOwns(o);
      if (acc && firstGroup) reachedBytes[category] = (reachedBytes[category] ?? 0) + (b - a);
      const base = { start: a, end: b, owner: o.owner, hostState: o.hostState, category, ...who, access: accessName(acc), source: 'walk' as const };
      if (acc && !host) {
        const c = lastChange(changes, a, b);
        if (c && !c.iommuNotified && c.owner !== 'HOST') {
          push(findings, { ...base, kind: `design-gap:${designGapName(c.call, false)}`, call: c.call,
            detail: `${c.call} gave the page to ${c.owner} through ${c.path ?? 'a path'} with no IOMMU update; the identity map still reaches it` });
        } else {
          push(findings, { ...base, kind: 'violation', detail: `a device reaches a ${category} page (${o.owner}/${o.hostState}) with ${accessName(acc)}` });
        }
      } else if (!acc && host && mustReachHost) {
        const c = lastChange(changes, a, b);
        const f = failures.find((x) => x.start <= a && x.end >= b);
        if (c && !c.iommuNotified && c.owner === 'HOST') {
          push(findings, { ...base, kind: `design-gap:${designGapName(c.call, true)}`, call: c.call,
            detail: `${c.call} gave the page back to the host with no IOMMU update; the identity map does not reach it` });
        } else if (f) {
          push(findings, { ...base, kind: 'unreachable-after-enomem', call: f.call, detail: `${f.call} [${hex(f.start)}, ${hex(f.end)}) returned ${f.ret}: the IOMMU pool ran out` });
        } else {
          push(findings, { ...base, kind: 'unreachable', detail: `a ${category} page is not in the identity map and no ENOMEM explains it` });
        }
      }
    }
    firstGroup = false;
  }
  return { findings, reachedBytes };
}

/** Appends `f`, merging it into the previous finding when contiguous and alike. */
export function push(list: Finding[], f: Finding): void {
  const last = list[list.length - 1];
  if (
    last && last.end === f.start && last.kind === f.kind && last.owner === f.owner && last.hostState === f.hostState &&
    last.category === f.category && last.access === f.access && last.call === f.call && last.smmu === f.smmu && last.sid === f.sid &&
    last.source === f.source
  ) {
    last.end = f.end;
    return;
  }
  list.push(f);
}

/** The ownership range holding `pa` (binary search over ranges sorted by start), or undefined in a hole. */
export function ownerAt(sorted: OwnershipRange[], pa: number): OwnershipRange | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = sorted[mid];
    if (pa < r.start) hi = mid - 1;
    else if (pa >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}
