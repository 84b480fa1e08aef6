import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { WriterLease } from '@pkvm/transport';
import { PrivateNatsServer, sharedNatsUrl, uniquePrefix } from '../support/nats-server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
  return Date.now() - t0;
}

/** The shared nats-server outlives the test: remove the bucket's KV stream so runs do not pile up buckets. */
async function removeBucket(nc: NatsConnection, bucket: string): Promise<void> {
  // tolerant: a failed start may have left no bucket, and this must not hide the test's own error
  await (await jetstreamManager(nc)).streams.delete(`KV_${bucket}`).catch(() => undefined);
}

function lease(nc: NatsConnection, bucket: string, holderId: string, ttlMs: number) {
  const events: string[] = [];
  const l = new WriterLease(nc, {
    bucket,
    key: 'hypervisor',
    holderId,
    ttlMs,
    onAcquired: () => void events.push('acquired'),
    onLost: (reason) => void events.push(`lost: ${reason}`),
  });
  return { l, events };
}

describe('WriterLease (JetStream KV, nats-server 2.9 features)', () => {
  it('has one holder; it keeps the lease past the TTL by renewing; a standby takes over after the holder stops renewing', async () => {
    const nc = await connect({ servers: sharedNatsUrl() });
    const bucket = `${uniquePrefix('wl')}_leases`;
    const a = lease(nc, bucket, 'A', 1000);
    const b = lease(nc, bucket, 'B', 1000);
    try {
      await a.l.start();
      await b.l.start();
      expect(a.l.isHeld()).toBe(true);
      expect(b.l.isHeld()).toBe(false);
      await sleep(2200); // > 2 TTLs: renewals keep it
      expect(a.l.isHeld()).toBe(true);
      expect(b.l.isHeld()).toBe(false);
      await a.l.stop(false); // dies without releasing: the key must expire
      const took = await until(() => b.l.isHeld(), 4000);
      expect(took).toBeLessThan(1000 + 1000);
      expect(b.events).toEqual(['acquired']);
    } finally {
      await a.l.stop();
      await b.l.stop();
      await removeBucket(nc, bucket);
      await nc.close();
    }
  }, 15_000);

  // nats-server 2.9 checks "name in use" and "subjects overlap" in two steps: services starting together
  // once failed with "subjects overlap with an existing stream" (CI, init-failures).
  it('many instances starting at once on a new bucket all start, and exactly one holds the lease', async () => {
    const conns = await Promise.all(Array.from({ length: 8 }, () => connect({ servers: sharedNatsUrl() })));
    try {
      for (let round = 0; round < 5; round++) {
        const bucket = `${uniquePrefix('wlrace')}_leases`;
        const leases = conns.map((nc, i) => lease(nc, bucket, `I${i}`, 2000));
        const started = await Promise.allSettled(leases.map((x) => x.l.start()));
        try {
          expect(started.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
          expect(leases.filter((x) => x.l.isHeld())).toHaveLength(1);
        } finally {
          await Promise.all(leases.map((x) => x.l.stop()));
          await removeBucket(conns[0], bucket);
        }
      }
    } finally {
      await Promise.all(conns.map((nc) => nc.close()));
    }
  }, 30_000);

  // A long synchronous call (a 1 GiB idmap, a ledger rebuild) blocks renewals; the late watchdog must ask NATS.
  const blockEventLoop = (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      /* busy */
    }
  };

  it('keeps the lease across an event-loop block shorter than the TTL: one conditional renewal decides', async () => {
    const nc = await connect({ servers: sharedNatsUrl() });
    const bucket = `${uniquePrefix('wb')}_leases`;
    const a = lease(nc, bucket, 'A', 2000);
    try {
      await a.l.start();
      await sleep(100);
      blockEventLoop(1700); // past the 0.75 x ttl watchdog, before the key expires
      await sleep(500);
      expect(a.l.isHeld()).toBe(true);
      expect(a.events).toEqual(['acquired']);
    } finally {
      await a.l.stop();
      await removeBucket(nc, bucket);
      await nc.close();
    }
  }, 15_000);

  it('after a block longer than the TTL (the key expired) that no standby used, takes the key again at once and keeps serving', async () => {
    const nc = await connect({ servers: sharedNatsUrl() });
    const bucket = `${uniquePrefix('wx')}_leases`;
    const a = lease(nc, bucket, 'A', 1000);
    const kv = await new Kvm(nc).open(bucket);
    try {
      await a.l.start();
      await sleep(100);
      blockEventLoop(2500);
      await sleep(1500); // the late watchdog, then at least one renewal, have run
      expect(a.events).toEqual(['acquired']);
      expect(a.l.isHeld()).toBe(true);
      expect((await kv.get('hypervisor'))?.string()).toBe('A');
    } finally {
      await a.l.stop();
      await removeBucket(nc, bucket);
      await nc.close();
    }
  }, 15_000);

  it('a holder whose key another instance wrote gives the lease up and does not take it back', async () => {
    const nc = await connect({ servers: sharedNatsUrl() });
    const bucket = `${uniquePrefix('wt')}_leases`;
    const a = lease(nc, bucket, 'A', 1000);
    const kv = await new Kvm(nc).open(bucket);
    let renewB: NodeJS.Timeout | undefined;
    try {
      await a.l.start();
      await kv.purge('hypervisor');
      await kv.create('hypervisor', 'B'); // a standby that took the expired key, and keeps renewing it
      renewB = setInterval(() => void kv.put('hypervisor', 'B').catch(() => undefined), 200);
      await until(() => !a.l.isHeld(), 3000);
      expect(a.events[1]).toMatch(/^lost: taken over or expired/);
      await sleep(800); // A keeps retrying as a standby: B's key stays
      expect(a.l.isHeld()).toBe(false);
      expect((await kv.get('hypervisor'))?.string()).toBe('B');
    } finally {
      clearInterval(renewB);
      await a.l.stop();
      await removeBucket(nc, bucket);
      await nc.close();
    }
  }, 15_000);

  it('a released lease passes to the standby at its next retry', async () => {
    const nc = await connect({ servers: sharedNatsUrl() });
    const bucket = `${uniquePrefix('wr')}_leases`;
    const a = lease(nc, bucket, 'A', 1500);
    const b = lease(nc, bucket, 'B', 1500);
    try {
      await a.l.start();
      await b.l.start();
      await a.l.stop(true);
      expect(a.events).toEqual(['acquired', 'lost: stopped']);
      expect(await until(() => b.l.isHeld(), 2000)).toBeLessThan(1000);
    } finally {
      await b.l.stop();
      await removeBucket(nc, bucket);
      await nc.close();
    }
  }, 10_000);

  it('the holder gives the lease up on its own when NATS is unreachable, and takes it again when NATS is back', async () => {
    const nats = await PrivateNatsServer.start();
    const nc = await connect({ servers: nats.url, reconnectTimeWait: 200, maxReconnectAttempts: -1 });
    const a = lease(nc, 'wl_private', 'A', 1500);
    try {
      await a.l.start();
      expect(a.l.isHeld()).toBe(true);
      await nats.stop();
      const lostAfter = await until(() => !a.l.isHeld(), 4000);
      expect(lostAfter).toBeLessThanOrEqual(1500 * 0.75 + 100); // well before the key can expire and a standby serve
      expect(a.events[1]).toMatch(/^lost: /);
      await nats.resume();
      await until(() => a.l.isHeld(), 10_000);
      expect(a.events.filter((e) => e === 'acquired')).toHaveLength(2);
    } finally {
      await a.l.stop();
      await nc.close().catch(() => undefined);
      await nats.dispose();
    }
  }, 25_000);
});
