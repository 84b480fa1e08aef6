/**
 * Load (issue 7, item 2): 1, 8 and 64 concurrent SDK clients against the four services on the small platform,
 * booted PROTECTED under the saga, over the shared NATS with the SQLite stores. Each client owns a slice of
 * host pages and a StreamID and issues share / unshare / donate / reclaim / enable_dev / disable_dev and device
 * DMA for a bounded time; every answer must be the one its model predicts (the only refusals: the -EPERM of a
 * transition from the wrong page state). Then the services' state must equal the models, the isolation oracle
 * must be clean, and the stores must hold each accepted call exactly once. Prints the per-method table.
 * CI: a few seconds per level; PKVM_SOAK=1: a minute per level and a 128-client level.
 */
import { PkvmClient } from '@pkvm/sdk';
import { sharedNatsUrl } from '../support/nats-server';
import { testSeed } from '../support/test-seed';
import { LOAD_METHODS, PAGE, sliceWorkloads, type ClientWorkload } from './support/client-workload';
import { formatTable, tableRows, type TableRow } from './support/latency-table';
import { runLoad, type AnsweredCall } from './support/load-driver';
import { LoadStack } from './support/load-stack';
import { auditEvents, checkIsolation, modelDisagreements } from './support/stack-audit';

const SOAK = process.env.PKVM_SOAK === '1';
const LEVELS = SOAK ? [1, 8, 64, 128] : [1, 8, 64];
const LEVEL_MS = SOAK ? 60_000 : 4_000;
const PAGES = 8;
const SEED = testSeed('load', 7);

describe(`load: ${LEVELS.join(', ')} SDK clients, ${LEVEL_MS / 1000} s each, small platform (seed ${SEED})`, () => {
  const stack = new LoadStack(sharedNatsUrl());
  const clients: PkvmClient[] = [];
  const workloads: ClientWorkload[] = [];
  const answered: AnsweredCall[] = [];
  const rows: TableRow[] = [];
  let logs = '';
  let checkTimes = '';

  beforeAll(async () => {
    stack.start();
    const admin = await stack.client();
    clients.push(admin);
    await stack.waitReady(admin);
    await stack.boot(admin);
    for (let i = 1; i < Math.max(...LEVELS); i++) clients.push(await stack.client({ name: `load-${i}` }));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await stack.dispose();
    // A writer lease lost under load (an event loop blocked past the TTL) is no error by itself: reported, not asserted.
    const leaseLost = logs.split('\n').filter((l) => /writer lease lost/.test(l));
    if (rows.length) console.log(`load table (small platform, SQLite stores, shared NATS)\n${formatTable(rows)}\nfinal checks: ${checkTimes}\nwriter leases lost: ${leaseLost.length ? leaseLost.join('\n') : 'none'}`);
  });

  it('the slices start host-owned: the boot left them to the host', async () => {
    const all = sliceWorkloads(0, LEVELS.reduce((s, n) => s + n, 0), PAGES, SEED);
    const start = all[0].pfn(0) * PAGE;
    const end = (all[all.length - 1].pfn(PAGES - 1) + 1) * PAGE;
    const { ranges } = await clients[0].hyp.dump.memMap({ start, end });
    expect(ranges.map((r) => [r.owner, r.hostState])).toEqual([['HOST', 'OWNED']]);
  });

  for (const n of LEVELS) {
    it(`${n} client(s): every answer is the one the client's model predicts; only EPERM refusals`, async () => {
      const ws = sliceWorkloads(workloads.length, n, PAGES, SEED);
      workloads.push(...ws);
      const r = await runLoad(clients.slice(0, n), ws, { durationMs: LEVEL_MS, callTimeoutMs: 30_000, reconcileMs: 0, resendRate: 0.05 });
      answered.push(...r.answered);
      rows.push(...tableRows(n, r.seconds, r.stats));
      expect(r.unexpected).toEqual([]);
      expect(r.conflicting).toEqual([]);
      expect(r.unresolved).toEqual([]);
      expect([...r.transportFailures]).toEqual([]);
      expect(r.resends).toBeGreaterThan(0);
      for (const m of LOAD_METHODS) expect({ m, answered: (r.stats.get(m)?.count ?? 0) > 0 }).toEqual({ m, answered: true });
      const refusals = [...r.stats.values()].flatMap((s) => [...s.errnos.keys()]).filter((e) => e !== 0);
      expect(new Set(refusals)).toEqual(new Set([-1])); // EPERM, and it happened
    }, LEVEL_MS + 60_000);
  }

  it('afterwards: the services hold what the clients saw, the oracle is clean, each accepted call is one event', async () => {
    const t0 = Date.now();
    expect(await modelDisagreements(clients[0], workloads)).toEqual([]);
    const t1 = Date.now();
    const report = await checkIsolation(clients[0]);
    checkTimes = `state compared in ${t1 - t0} ms (ends ${new Date(t1).toISOString()}), oracle in ${Date.now() - t1} ms (ends ${new Date().toISOString()})`;
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    logs = stack.logs();
    await stack.stopAll();
    const audit = await auditEvents(stack.dataDir, stack.prefix, 'small', workloads, answered);
    expect(audit.missing).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.hypEvents).toBe(answered.filter((c) => c.errno === 0 && !c.method.startsWith('dma')).length);
    // each answered DMA once, and the load did reach the machine (an audit of no DMA would prove nothing)
    expect(audit.dmaEvents).toBe(answered.filter((c) => c.errno === 0 && c.method.startsWith('dma')).length);
    expect(audit.dmaEvents).toBeGreaterThan(0);
  }, 120_000);
});
