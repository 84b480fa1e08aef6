import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_HEADERS, EventStore } from '@pkvm/event-store';
import { PrivateNatsServer, sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { backends, ev, openStore, rawQuery, TestDatabases } from './fixtures';

type Conn = Awaited<ReturnType<typeof connect>>;

interface StreamMsg {
  seq: number;
  subject: string;
  msgId: string;
  header: (name: string) => string;
  data: Uint8Array;
}

/** Every message of a JetStream stream, in stream order. */
async function streamMessages(nc: Conn, stream: string): Promise<StreamMsg[]> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(stream);
  const out: StreamMsg[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq });
    if (!m) continue;
    out.push({
      seq: m.seq,
      subject: m.subject,
      msgId: m.header.get('Nats-Msg-Id'),
      header: (n) => m.header.get(n),
      data: m.data,
    });
  }
  return out;
}

async function deleteStream(nc: Conn, stream: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete(stream).catch(() => undefined);
}

describe.each(backends())('outbox relay to JetStream on %s', (backend) => {
  const dbs = new TestDatabases(backend);
  let nc: Conn;
  const streams: string[] = [];
  const stores: EventStore[] = [];

  const natsConfig = (connection: Conn) => {
    const prefix = uniquePrefix('es');
    const streamName = prefix.toUpperCase();
    streams.push(streamName);
    return { connection, streamName, subjectPrefix: prefix };
  };

  beforeAll(async () => {
    nc = await connect({ servers: sharedNatsUrl() });
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });
  afterAll(async () => {
    for (const s of streams) await deleteStream(nc, s);
    await nc.close();
    await dbs.cleanup();
  });

  it('publishes every committed event once, in order, with its id, subject and headers', async () => {
    const nats = natsConfig(nc);
    const s = await openStore(dbs.fresh(), { nats });
    stores.push(s);
    await s.append('smmu:0', 0, [ev('Reset', 1)], { correlationId: 'c-1' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.append(`domain:${i}`, 0, [ev('Created', i), ev('Mapped', i)])));
    await s.commitWithReply('req-1', new Uint8Array([1]), [{ streamId: 'saga:boot-1', expectedVersion: 0, events: [ev('Started')] }]);
    await s.relayIdle();
    expect(await s.outboxSize()).toBe(0);

    const events = await s.readAll(0, 1000);
    const msgs = await streamMessages(nc, nats.streamName);
    expect(msgs.map((m) => m.msgId)).toEqual(events.map((e) => e.eventId));
    expect(msgs[0].subject).toBe(`${nats.subjectPrefix}.pkvm.events.iommu.smmu`);
    expect(msgs[1].subject).toBe(`${nats.subjectPrefix}.pkvm.events.iommu.domain`);
    expect(msgs[msgs.length - 1].subject).toBe(`${nats.subjectPrefix}.pkvm.events.iommu.saga`);
    expect(msgs[0].data).toEqual(new Uint8Array([1, 2, 3]));
    expect(msgs[0].header(EVENT_HEADERS.type)).toBe('Reset');
    expect(msgs[0].header(EVENT_HEADERS.streamId)).toBe('smmu:0');
    expect(msgs[0].header(EVENT_HEADERS.streamVersion)).toBe('1');
    expect(msgs[0].header(EVENT_HEADERS.position)).toBe(String(events[0].position));
    expect(JSON.parse(msgs[0].header(EVENT_HEADERS.metadata))).toEqual({ correlationId: 'c-1' });

    // the stream was created as specified
    const info = await (await jetstreamManager(nc)).streams.info(nats.streamName);
    expect(info.config.subjects).toEqual([`${nats.subjectPrefix}.pkvm.events.>`]);
    expect(info.config.storage).toBe('file');
    expect(info.config.duplicate_window).toBe(120_000_000_000);
  });

  it('after a crash between PubAck and delete, re-publishes without a duplicate in the stream', async () => {
    const nats = natsConfig(nc);
    const db = dbs.fresh();
    const s = await openStore(db, { nats });
    for (let i = 0; i < 5; i++) await s.append('smmu:0', i, [ev(`E${i}`, i)]);
    await s.relayIdle();
    const events = await s.readAll(0);
    await s.close();
    // The crash: the rows of events already in the stream were never deleted.
    for (const e of events.slice(1, 4)) await rawQuery(db, 'INSERT INTO outbox (position) VALUES ($1)', [e.position]);
    expect(Number((await rawQuery<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM outbox'))[0].n)).toBe(3);

    const again = await openStore(db, { nats });
    stores.push(again);
    await again.append('smmu:0', 5, [ev('E5')]);
    await again.relayIdle();
    const msgs = await streamMessages(nc, nats.streamName);
    const all = await again.readAll(0);
    expect(msgs.map((m) => m.msgId)).toEqual(all.map((e) => e.eventId));
  });

  it('re-creates the stream when it disappears', async () => {
    const nats = natsConfig(nc);
    const s = await openStore(dbs.fresh(), { nats, relay: { minBackoffMs: 10, maxBackoffMs: 50 } });
    stores.push(s);
    await s.append('smmu:0', 0, [ev('A')]);
    await s.relayIdle();
    await deleteStream(nc, nats.streamName);
    await s.append('smmu:0', 1, [ev('B')]);
    await s.relayIdle();
    const msgs = await streamMessages(nc, nats.streamName);
    expect(msgs.map((m) => m.header(EVENT_HEADERS.type))).toEqual(['B']);
  });

  it('starts with the broker down: the stream is created and the outbox drained once it is up', async () => {
    const server = await PrivateNatsServer.start();
    const pnc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    try {
      await server.stop();
      const s = await openStore(dbs.fresh(), {
        nats: { connection: pnc, subjectPrefix: 'boot' },
        relay: { minBackoffMs: 20, maxBackoffMs: 200, publishTimeoutMs: 500 },
      });
      stores.push(s);
      await Promise.all(Array.from({ length: 10 }, (_, i) => s.append(`dev:${i}`, 0, [ev('Probe', i)])));
      await new Promise((r) => setTimeout(r, 300));
      expect(await s.outboxSize()).toBe(10);
      await server.resume();
      await s.relayIdle();
      const msgs = await streamMessages(pnc, 'PKVM');
      expect(msgs.map((m) => m.msgId)).toEqual((await s.readAll(0)).map((e) => e.eventId));
      expect(msgs[0].subject).toBe('boot.pkvm.events.iommu.dev');
    } finally {
      for (const s of stores.splice(0)) await s.close();
      await pnc.close();
      await server.dispose();
    }
  });

  it('publishes events appended while JetStream is unreachable once it is back: each once, in order', async () => {
    const server = await PrivateNatsServer.start();
    const pnc = await connect({
      servers: server.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    try {
      const nats = { connection: pnc, streamName: 'PKVM', subjectPrefix: '' }; // production names on a private server
      const s = await openStore(dbs.fresh(), { nats, relay: { minBackoffMs: 20, maxBackoffMs: 200, publishTimeoutMs: 500 } });
      stores.push(s);
      let version = 0;
      const appendSome = async (n: number, tag: string) => {
        for (let i = 0; i < n; i++) await s.append('smmu:0', version++, [ev(`${tag}${i}`, i)]);
        await Promise.all(Array.from({ length: n }, (_, i) => s.append(`dev:${tag}${i}`, 0, [ev(`${tag}-dev${i}`)])));
      };
      await appendSome(10, 'before');
      await s.relayIdle();

      await server.stop(); // SIGKILL
      await appendSome(15, 'during');
      await new Promise((r) => setTimeout(r, 400)); // the relay tries, fails, backs off
      expect(await s.outboxSize()).toBeGreaterThan(0);

      await server.resume();
      await s.relayIdle();
      await appendSome(5, 'after');
      await s.relayIdle();

      const all = await s.readAll(0, 1000);
      expect(all).toHaveLength(60);
      const msgs = await streamMessages(pnc, 'PKVM');
      const ids = msgs.map((m) => m.msgId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(all.map((e) => e.eventId));
      expect(msgs.every((m) => m.subject.startsWith('pkvm.events.iommu.'))).toBe(true);
    } finally {
      for (const s of stores.splice(0)) await s.close();
      await pnc.close();
      await server.dispose();
    }
  });
});
