import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { pkvm } from '@pkvm/proto';
import { EventStore, aggregateOf, type StoredEvent } from '@pkvm/event-store';
import { DeadlineExceededError, HypercallClient, NoRespondersError } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { FixtureProcess, buildFixture } from './support/fixture-process';

const COUNTER = 1;
const LOG = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** The fixture's event store on `file` (the one the service processes use; see test/fixtures/lease-service.main.ts). */
function openLedger(file: string): Promise<EventStore> {
  return EventStore.open({ service: 'hypervisor', database: { kind: 'sqlite', file } });
}

/** Every event in the store, in position order. */
async function allEvents(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (;;) {
    const page = await store.readAll(out.length === 0 ? 1 : out[out.length - 1].position + 1);
    if (page.length === 0) return out;
    out.push(...page);
  }
}

/** A call retried with the same request id until it gets an answer: what the SDK does across a failover. */
async function callWithRetries<T>(client: HypercallClient, name: string, req: object, requestId: string, untilMs = 20_000): Promise<T> {
  const until = Date.now() + untilMs;
  for (;;) {
    try {
      return await client.call<T>(name, req, { requestId, timeoutMs: 1000 });
    } catch (err) {
      if (!(err instanceof NoRespondersError || err instanceof DeadlineExceededError) || Date.now() > until) throw err;
      await sleep(100);
    }
  }
}

describe('transport across processes (real nats-server, fixture service processes)', () => {
  const url = sharedNatsUrl();
  const procs: FixtureProcess[] = [];
  let dir: string;
  let client: HypercallClient;

  beforeAll(async () => {
    buildFixture();
    dir = mkdtempSync(join(tmpdir(), 'pkvm-transport-'));
  });

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await client?.close();
  });

  it('serves only from the lease holder; after SIGKILL of the holder the standby takes over within seconds, and no request runs twice', async () => {
    const prefix = uniquePrefix('lease');
    const ledgerFile = join(dir, `${prefix}.sqlite`);
    const env = { NATS_URL: url, PKVM_PREFIX: prefix, PKVM_LEDGER_FILE: ledgerFile, PKVM_LEASE_BUCKET: `${prefix}_leases`, PKVM_LEASE_TTL_MS: '3000' };
    const a = FixtureProcess.spawn(`${prefix}-A`, env);
    procs.push(a);
    await a.waitFor(/^LEASE acquired/);
    await a.waitFor(/^READY/);
    const b = FixtureProcess.spawn(`${prefix}-B`, env);
    procs.push(b);
    await b.waitFor(/^READY/);
    client = await HypercallClient.connect({ servers: url, subjectPrefix: prefix });

    for (let i = 0; i < 10; i++) {
      const pong = await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: String(i) });
      expect(pong.instanceId).toBe(a.instanceId);
    }
    expect(b.lines.some((l) => l.startsWith('LEASE acquired'))).toBe(false);

    // Logged calls, four in flight, each retried with its own request id across the failover (and some sent
    // twice at once); the holder is killed while calls are inside its handler (30 ms each).
    const ids = Array.from({ length: 48 }, (_, i) => `${prefix}-req-${i}`);
    let next = 0;
    let killedAt = 0;
    const worker = async () => {
      while (next < ids.length) {
        const i = next++;
        if (i === 12) {
          setTimeout(() => {
            killedAt = Date.now();
            a.proc.kill('SIGKILL');
          }, 15);
        }
        const call = () => callWithRetries<pkvm.v1.HvcResponse>(client, 'HypService.Hvc', { x0: LOG, args: [30] }, ids[i]);
        const replies = await Promise.all(i % 3 === 0 ? [call(), call()] : [call()]);
        for (const r of replies) expect(r.x1).toBe(1);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await b.waitFor(/^LEASE acquired/, 1000);
    const takeoverMs = b.timeOf(/^LEASE acquired/)! - killedAt;
    expect(takeoverMs).toBeGreaterThan(0);
    expect(takeoverMs).toBeLessThan(3000 + 1000 + 1500); // ttl + one standby retry period + slack
    const pong = await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: 'after' });
    expect(pong.instanceId).toBe(b.instanceId);

    // LOG appends to `calls:<request id>` at expected version 0: a second run of an id could not have committed.
    const ledger = await openLedger(ledgerFile);
    try {
      const calls = (await allEvents(ledger)).filter((e) => aggregateOf(e.streamId) === 'calls');
      const logged = calls.map((e) => text(e.payload));
      for (const id of ids) expect(logged.filter((p) => p === id)).toHaveLength(1);
      expect(logged).toHaveLength(ids.length);
      for (const e of calls) {
        expect(e.streamId).toBe(`calls:${text(e.payload)}`);
        expect(e.streamVersion).toBe(1);
      }
      const servedBy = new Set(calls.map((e) => e.metadata.instanceId));
      expect(servedBy).toEqual(new Set([a.instanceId, b.instanceId]));
    } finally {
      await ledger.close();
    }
  }, 45_000);

  it('a standby takes over within ttl + a retry period of the holder dying (measured with Ping)', async () => {
    const prefix = uniquePrefix('takeover');
    const env = { NATS_URL: url, PKVM_PREFIX: prefix, PKVM_LEASE_BUCKET: `${prefix}_leases`, PKVM_LEASE_TTL_MS: '3000' };
    const a = FixtureProcess.spawn(`${prefix}-A`, env);
    procs.push(a);
    await a.waitFor(/^LEASE acquired/);
    const b = FixtureProcess.spawn(`${prefix}-B`, env);
    procs.push(b);
    await b.waitFor(/^READY/);
    client = await HypercallClient.connect({ servers: url, subjectPrefix: prefix });
    expect((await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', {})).instanceId).toBe(a.instanceId);

    const t0 = Date.now();
    await a.kill('SIGKILL');
    const pong = await callWithRetries<pkvm.v1.PingResponse>(client, 'HypervisorService.Ping', {}, 'ping-after-kill');
    const took = Date.now() - t0;
    expect(pong.instanceId).toBe(b.instanceId);
    expect(took).toBeLessThan(3000 + 1000 + 1500);
  }, 30_000);

  it('a graceful stop of the holder releases the lease at once', async () => {
    const prefix = uniquePrefix('release');
    const env = { NATS_URL: url, PKVM_PREFIX: prefix, PKVM_LEASE_BUCKET: `${prefix}_leases`, PKVM_LEASE_TTL_MS: '3000' };
    const a = FixtureProcess.spawn(`${prefix}-A`, env);
    procs.push(a);
    await a.waitFor(/^LEASE acquired/);
    const b = FixtureProcess.spawn(`${prefix}-B`, env);
    procs.push(b);
    await b.waitFor(/^READY/);
    const t0 = Date.now();
    await a.kill('SIGTERM');
    await b.waitFor(/^LEASE acquired/, 5000);
    expect(Date.now() - t0).toBeLessThan(2500);
  }, 30_000);

  it('the same request id runs the handler once, for sequential and concurrent duplicates, also across a restart of the service process', async () => {
    const prefix = uniquePrefix('dedupe');
    const ledgerFile = join(dir, `${prefix}.sqlite`);
    const env = { NATS_URL: url, PKVM_PREFIX: prefix, PKVM_LEDGER_FILE: ledgerFile };
    const first = FixtureProcess.spawn(`${prefix}-1`, env);
    procs.push(first);
    await first.waitFor(/^READY/);
    client = await HypercallClient.connect({ servers: url, subjectPrefix: prefix });
    const count = (id: string) => client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: COUNTER }, { requestId: id });

    // A second run of this handler would answer differently (the next version).
    expect((await count('r1')).x1).toBe(1);
    expect((await count('r1')).x1).toBe(1);
    const [c1, c2, c3] = await Promise.all([count('r2'), count('r2'), count('r2')]);
    expect([c1.x1, c2.x1, c3.x1]).toEqual([2, 2, 2]);

    await first.kill('SIGKILL');
    const second = FixtureProcess.spawn(`${prefix}-2`, env);
    procs.push(second);
    await second.waitFor(/^READY/);
    expect((await count('r1')).x1).toBe(1);
    expect((await count('r2')).x1).toBe(2);
    expect((await count('r3')).x1).toBe(3);

    const ledger = await openLedger(ledgerFile);
    try {
      const counted = await ledger.readStream('counter:main');
      expect(counted.map((e) => text(e.payload))).toEqual(['r1', 'r2', 'r3']);
      expect(counted.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    } finally {
      await ledger.close();
    }
  }, 30_000);
});
