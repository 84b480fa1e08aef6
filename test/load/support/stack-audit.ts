import { join } from 'node:path';
import { EventStore } from '@pkvm/event-store';
import { hypercallByName, HYPERCALLS } from '@pkvm/hypercalls';
import { IsolationOracle, type IsolationReport } from '@pkvm/isolation-oracle';
import { PkvmClient, pkvm } from '@pkvm/sdk';
import { liveSources } from '../../../apps/cli/src/commands/check-isolation-sources';
import { HYPERCALL_OF, PAGE, type ClientWorkload, type PageState } from './client-workload';
import type { AnsweredCall } from './load-driver';

const HOST_STATE: Record<PageState, [owner: string, hostState: string]> = {
  OWNED: ['HOST', 'OWNED'],
  SHARED: ['HOST', 'SHARED_OWNED'],
  HYP: ['HYP', 'NOPAGE'],
};

/** Pages and STEs whose state in the services differs from the clients' models (derived state). */
export async function modelDisagreements(client: PkvmClient, workloads: ClientWorkload[]): Promise<string[]> {
  const out: string[] = [];
  for (const w of workloads) {
    const start = w.pfn(0) * PAGE;
    const { ranges } = await client.hyp.dump.memMap({ start, end: start + w.pageCount * PAGE });
    for (let p = 0; p < w.pageCount; p++) {
      const pa = (w.pfn(p)) * PAGE;
      const r = ranges.find((x) => Number(x.start) <= pa && pa < Number(x.end));
      const [owner, hostState] = HOST_STATE[w.pages[p]];
      if (r?.owner !== owner || r?.hostState !== hostState) out.push(`client ${w.index} page 0x${pa.toString(16)}: ${r?.owner}/${r?.hostState}, the client saw ${owner}/${hostState}`);
    }
    const ste = await client.iommu.dump.ste({ smmu: 0, sid: w.sid });
    if (!!ste.valid !== w.enabled) out.push(`client ${w.index} sid ${w.sid}: STE valid=${!!ste.valid}, the client ${w.enabled ? 'enabled' : 'disabled'} it`);
  }
  return out;
}

/** The multiset difference a - b, as `key ×n` strings (what a holds more often than b). */
function surplus(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of a) if (n > (b.get(k) ?? 0)) out.push(`${k} ×${n - (b.get(k) ?? 0)}`);
  return out;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

function hypercallKey(name: string, regs: readonly number[]): string {
  const def = hypercallByName(name)!;
  return `${name}(${regs.slice(0, def.args.length).join(',')})`;
}

const dmaKey = (sid: number, iova: number, write: boolean) => `dma(${sid},0x${iova.toString(16)},${write ? 'w' : 'r'})`;

export interface EventAudit {
  /** Accepted calls the stores hold no event for. */
  missing: string[];
  /** Events the stores hold more often than calls were accepted (a call applied twice). */
  duplicated: string[];
  hypEvents: number;
  dmaEvents: number;
}

/**
 * Each accepted call of the clients against the events in the services' SQLite stores (read with the services
 * stopped): every accepted hypercall exactly once in the hypervisor's `hyp:state`, every answered DMA exactly
 * once in the iommu's `machine:<platform>`. Events outside the clients' pages and StreamIDs (the boot) are ignored.
 */
export async function auditEvents(dataDir: string, prefix: string, platform: string, workloads: ClientWorkload[], answered: AnsweredCall[]): Promise<EventAudit> {
  const ours = new Set<number>();
  const sids = new Set(workloads.map((w) => w.sid));
  for (const w of workloads) for (let p = 0; p < w.pageCount; p++) ours.add(w.pfn(p));
  const byId = new Map(HYPERCALLS.map((d) => [d.functionId, d.name]));

  const wantHyp = new Map<string, number>();
  const wantDma = new Map<string, number>();
  for (const c of answered) {
    if (c.errno !== 0) continue;
    if (c.method === 'dma_read' || c.method === 'dma_write') bump(wantDma, dmaKey(c.args.sid, c.args.iova, c.method === 'dma_write'));
    else {
      const name = HYPERCALL_OF[c.method]!;
      const def = hypercallByName(name)!;
      bump(wantHyp, hypercallKey(name, def.args.map((a) => c.args[a.name])));
    }
  }

  const open = (app: string) => EventStore.open({ service: app, database: { kind: 'sqlite', file: join(dataDir, `${prefix}-${app}.sqlite`) } });
  const gotHyp = new Map<string, number>();
  const hyp = await open('hypervisor');
  try {
    for (const e of await hyp.readStream('hyp:state')) {
      if (!Object.values(HYPERCALL_OF).includes(e.type)) continue;
      const req = pkvm.v1.HvcEvent.decode(e.payload).request!;
      const regs = (req.args ?? []).map(Number);
      const mine = e.type.includes('iommu') ? sids.has(regs[1]) : ours.has(regs[0]);
      if (mine && byId.get(Number(req.x0)) === e.type) bump(gotHyp, hypercallKey(e.type, regs));
    }
  } finally {
    await hyp.close();
  }
  const gotDma = new Map<string, number>();
  const iommu = await open('iommu');
  try {
    for (const e of await iommu.readStream(`machine:${platform}`)) {
      if (e.type !== 'Dma') continue;
      const q = pkvm.v1.DmaRequest.decode(e.payload);
      if (sids.has(q.sid)) bump(gotDma, dmaKey(q.sid, Number(q.iova), q.direction === pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE));
    }
  } finally {
    await iommu.close();
  }
  const count = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  return {
    missing: [...surplus(wantHyp, gotHyp), ...surplus(wantDma, gotDma)],
    duplicated: [...surplus(gotHyp, wantHyp), ...surplus(gotDma, wantDma)],
    hypEvents: count(gotHyp),
    dmaEvents: count(gotDma),
  };
}

/** The isolation oracle over the live services (as `pkvm check isolation`), every probe category. */
export function checkIsolation(client: PkvmClient): Promise<IsolationReport> {
  return new IsolationOracle({ probe: { seed: 7, perCategory: 3 } }).check(liveSources(client.transport), { force: true });
}
