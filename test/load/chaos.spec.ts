/**
 * Chaos (issue 7, item 3): the load of load.spec.ts on a private nats-server, while each service in turn is
 * SIGKILLed and restarted and then nats-server itself is restarted. A call that got no reply (no responders,
 * deadline) is re-sent by its client with the same request id until it is answered, so every call ends with a
 * known outcome. Afterwards: no answer contradicts the client's model, no request id was answered twice with
 * different replies, every client (the same PkvmClient throughout) was answered after the NATS restart, each
 * accepted call is exactly one event in the stores, the restarted services' state (after replay) equals the
 * models, and the isolation oracle is clean. CI: 8 clients, one round of faults, fixed seed;
 * PKVM_SOAK=1: 32 clients, three rounds, fresh seed (printed); PKVM_SEED=n replays.
 */
import { PkvmClient, pkvm } from '@pkvm/sdk';
import { PrivateNatsServer } from '../support/nats-server';
import { testSeed } from '../support/test-seed';
import { sliceWorkloads } from './support/client-workload';
import { formatTable, tableRows } from './support/latency-table';
import { runLoad } from './support/load-driver';
import { APPS, LoadStack } from './support/load-stack';
import { auditEvents, checkIsolation, modelDisagreements } from './support/stack-audit';

const SOAK = process.env.PKVM_SOAK === '1';
const CLIENTS = SOAK ? 32 : 8;
const ROUNDS = SOAK ? 3 : 1;
const PAGES = 8;
const SEED = testSeed('chaos', 11);
/** Load between two faults. */
const SETTLE_MS = SOAK ? 5_000 : 1_500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`chaos: ${CLIENTS} SDK clients while each service is SIGKILLed and nats-server restarts (${ROUNDS} round(s), seed ${SEED})`, () => {
  let nats: PrivateNatsServer;
  let stack: LoadStack;
  const clients: PkvmClient[] = [];

  beforeAll(async () => {
    nats = await PrivateNatsServer.start();
    stack = new LoadStack(nats.url, true);
    stack.start();
    for (let i = 0; i < CLIENTS; i++) clients.push(await stack.client({ name: `chaos-${i}` }));
    await stack.waitReady(clients[0]);
    await stack.boot(clients[0]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await stack?.dispose();
    await nats?.dispose();
  });

  it('every call ends answered once and consistently; the restarted stack holds exactly what the clients saw', async () => {
    const workloads = sliceWorkloads(0, CLIENTS, PAGES, SEED);
    const stop = new AbortController();
    const load = runLoad(clients, workloads, { durationMs: 10 * 60_000, callTimeoutMs: 3_000, reconcileMs: 90_000, resendRate: 0.05, signal: stop.signal });
    const faults: string[] = [];
    const t0 = Date.now();
    const since = (t: number) => `+${((t - t0) / 1000).toFixed(1)} s`;
    let natsBack = 0;
    try {
      await sleep(SETTLE_MS);
      for (let round = 0; round < ROUNDS; round++) {
        for (const app of APPS) {
          const t = Date.now();
          await stack.kill(app);
          await stack.waitReady(clients[0], [app]);
          faults.push(`${since(t)} SIGKILL ${app} (answering again after ${Date.now() - t} ms)`);
          await sleep(SETTLE_MS);
        }
        await nats.stop();
        await sleep(500);
        await nats.resume();
        natsBack = Date.now();
        await stack.waitReady(clients[0]);
        faults.push(`${since(natsBack)} restart nats-server (all four answering again after ${Date.now() - natsBack} ms)`);
        await sleep(2 * SETTLE_MS);
      }
    } finally {
      // Also when a fault step throws: stop the clients before afterAll closes them.
      stop.abort();
      await load.catch(() => undefined);
    }
    const r = await load;

    const accepted = r.answered.filter((c) => c.errno === 0).length;
    const failures = [...r.transportFailures].map(([k, n]) => `${k}×${n}`).join(' ') || 'none';
    const exits = stack.unplannedExits.map((e) => `${since(e.at)} ${e.app}(${e.code ?? e.signal})`).join(' ') || 'none';
    console.log(
      `chaos: ${faults.join(', ')}; load ended ${since(t0 + r.seconds * 1000)}\n` +
        `calls answered ${r.answered.length} (accepted ${accepted}), attempts without reply: ${failures}, reconciled by re-send ${r.reconciled}, ` +
        `deliberate re-sends compared ${r.resends}, unresolved ${r.unresolved.length}, unplanned exits (restarted): ${exits}\n${formatTable(tableRows(CLIENTS, r.seconds, r.stats))}\n` +
        stack.unplannedExits.map((e) => `${e.app} exited ${e.code ?? e.signal}:\n${e.lastLines}`).join('\n'),
    );
    expect(r.unresolved).toEqual([]);
    expect(r.unexpected).toEqual([]);
    expect(r.conflicting).toEqual([]);
    expect(r.transportFailures.size).toBeGreaterThan(0); // the faults were felt: some calls had to be re-sent
    expect(r.reconciled).toBeGreaterThan(0);
    // the same PkvmClient objects, answered again after the broker came back: their connections reconnected
    for (let i = 0; i < CLIENTS; i++) {
      expect({ client: i, answeredAfterNatsRestart: r.answered.some((c) => c.client === i && c.at > natsBack) }).toEqual({ client: i, answeredAfterNatsRestart: true });
    }

    // The stores: each accepted call exactly once (read with every service stopped).
    const leaseLines = stack.logs().split('\n').filter((l) => /writer lease (lost|acquired)/.test(l));
    console.log(`writer lease changes seen by the processes running at the end:\n${leaseLines.join('\n') || 'none'}`);
    await stack.stopAll();
    const audit = await auditEvents(stack.dataDir, stack.prefix, 'small', workloads, r.answered);
    expect(audit.missing).toEqual([]);
    expect(audit.duplicated).toEqual([]);
    expect(audit.hypEvents).toBe(r.answered.filter((c) => c.errno === 0 && !c.method.startsWith('dma')).length);
    expect(audit.dmaEvents).toBe(r.answered.filter((c) => c.errno === 0 && c.method.startsWith('dma')).length);
    expect(audit.dmaEvents).toBeGreaterThan(0);

    // The derived state after replay: a fresh start of all four from their stores.
    stack.start();
    await stack.waitReady(clients[0]);
    expect(await modelDisagreements(clients[0], workloads)).toEqual([]);
    const report = await checkIsolation(clients[0]);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    const boots = (await clients[0].boot.saga.listBoots({})).boots ?? [];
    expect(boots.map((b) => b.outcome?.status)).toEqual([pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED]);
    expect(await clients[0].host.boot.kernelStatus({})).toMatchObject({ deprivileged: true });
  }, (SOAK ? 20 : 3) * 60_000);
});
