import { isErrno, KernelError } from '@pkvm/errno';
import { EventStore, MAX_EVENT_PAYLOAD, StoredEvent, StreamVersionConflictError } from '@pkvm/event-store';
import { backends, ev, expectErrno, openStore, rawQuery, TestDatabases, until } from './fixtures';

describe.each(backends())('event store on %s', (backend) => {
  const dbs = new TestDatabases(backend);
  const open: EventStore[] = [];
  const store = async (db = dbs.fresh(), extra = {}) => {
    const s = await openStore(db, extra);
    open.push(s);
    return s;
  };

  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  afterAll(() => dbs.cleanup());

  it('appends and reads a stream, the global log and versions', async () => {
    const s = await store();
    expect(await s.currentPosition()).toBe(0);
    expect(await s.streamVersion('smmu:0')).toBe(0);

    const r1 = await s.append('smmu:0', 0, [ev('Reset', 1), ev('Enabled', 2, { note: 'x' })], {
      correlationId: 'c1',
      requestId: 'r1',
    });
    expect(r1).toEqual({ firstPosition: 1, lastPosition: 2, nextVersion: 2 });
    const r2 = await s.append('domain:7', 0, [ev('Created', 3)]);
    expect(r2.nextVersion).toBe(1);
    expect(r2.firstPosition).toBeGreaterThan(r1.lastPosition);
    const r3 = await s.append('smmu:0', 2, [ev('Disabled', 4)]);
    expect(r3.nextVersion).toBe(3);

    const stream = await s.readStream('smmu:0');
    expect(stream.map((e) => [e.streamVersion, e.type])).toEqual([
      [1, 'Reset'],
      [2, 'Enabled'],
      [3, 'Disabled'],
    ]);
    expect(stream[0].payload).toEqual(new Uint8Array([1, 2, 3]));
    expect(stream[0].metadata).toEqual({ correlationId: 'c1', requestId: 'r1' });
    expect(stream[1].metadata).toEqual({ correlationId: 'c1', requestId: 'r1', note: 'x' });
    expect(stream[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(stream.map((e) => e.eventId)).size).toBe(3);
    expect(Math.abs(stream[0].recordedAt - Date.now())).toBeLessThan(60_000);
    expect((await s.readStream('smmu:0', 3)).map((e) => e.type)).toEqual(['Disabled']);
    expect(await s.readStream('nothing:here')).toEqual([]);

    const all = await s.readAll(0);
    expect(all.map((e) => e.type)).toEqual(['Reset', 'Enabled', 'Created', 'Disabled']);
    expect(all.map((e) => e.position)).toEqual([...all.map((e) => e.position)].sort((a, b) => a - b));
    expect((await s.readAll(all[1].position, 2)).map((e) => e.type)).toEqual(['Enabled', 'Created']);
    expect(await s.currentPosition()).toBe(all[3].position);
    expect(await s.streamVersion('smmu:0')).toBe(3);
    expect(await s.streamVersion('domain:7')).toBe(1);
  });

  it('keeps caller-given event ids and times', async () => {
    const s = await store();
    const id = 'A0B1C2D3-0000-4000-8000-000000000001';
    await s.append('saga:boot', 0, [{ type: 'Started', payload: new Uint8Array(), eventId: id, recordedAt: 1234 }]);
    const [e] = await s.readStream('saga:boot');
    expect(e.eventId).toBe(id.toLowerCase());
    expect(e.recordedAt).toBe(1234);
    expect(e.payload).toEqual(new Uint8Array());
    // the same event id again is refused (globally unique)
    await expect(s.append('saga:other', 0, [{ type: 'X', payload: new Uint8Array(), eventId: id }])).rejects.toMatchObject({
      errno: -17,
    });
    expect(await s.streamVersion('saga:other')).toBe(0);
  });

  it('rejects a wrong expected version with StreamVersionConflictError and writes nothing', async () => {
    const s = await store();
    await s.append('smmu:1', 0, [ev('A'), ev('B')]);
    const before = await s.currentPosition();
    for (const wrong of [0, 1, 3, 10]) {
      const err = await s.append('smmu:1', wrong, [ev('C')]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StreamVersionConflictError);
      expect(err).toBeInstanceOf(KernelError);
      expect(isErrno(err, 'EAGAIN')).toBe(true);
      expect(err).toMatchObject({ streamId: 'smmu:1', expectedVersion: wrong, actualVersion: 2 });
    }
    expect(await s.currentPosition()).toBe(before);
    expect(await s.streamVersion('smmu:1')).toBe(2);
  });

  it('refuses malformed calls with EINVAL', async () => {
    const s = await store();
    const einval = (p: Promise<unknown>) => expectErrno(p, 'EINVAL');
    await einval(s.append('smmu:0', 0, []));
    await einval(s.append('bad.aggregate:1', 0, [ev('A')]));
    await einval(s.append('', 0, [ev('A')]));
    await einval(s.append('smmu:0', -1, [ev('A')]));
    await einval(s.append('smmu:0', 0, [{ type: 'A', payload: new Uint8Array(), eventId: 'not-a-uuid' }]));
    await einval(s.append('smmu:0', 0, [{ type: 'A\nB', payload: new Uint8Array() }]));
    await expectErrno(s.append('smmu:0', 0, [{ type: 'A', payload: new Uint8Array(MAX_EVENT_PAYLOAD + 1) }]), 'E2BIG');
    await einval(s.commitWithReply('', new Uint8Array(), []));
    expect(await s.currentPosition()).toBe(0);
  });

  it('lets exactly one of 20 concurrent appends with the same expected version win', async () => {
    const s = await store();
    await s.append('domain:1', 0, [ev('Created')]);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => s.append('domain:1', 1, [ev(`Map${i}`, i)])),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const l of lost) expect(l.reason).toBeInstanceOf(StreamVersionConflictError);
    expect(await s.streamVersion('domain:1')).toBe(2);
    expect((await s.readStream('domain:1')).length).toBe(2);
  });

  it('fails a conflicting item alone in a group-committed batch', async () => {
    const s = await store();
    const calls = [
      ...Array.from({ length: 30 }, (_, i) => s.append(`dev:${i}`, 0, [ev('Attach', i)])),
      s.append('dev:0', 5, [ev('Bad')]),
      ...Array.from({ length: 30 }, (_, i) => s.append(`dev:${i}`, 1, [ev('Detach', i)])),
    ];
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((results[30] as PromiseRejectedResult).reason).toBeInstanceOf(StreamVersionConflictError);
    for (let i = 0; i < 30; i++) {
      expect((await s.readStream(`dev:${i}`)).map((e) => e.type)).toEqual(['Attach', 'Detach']);
    }
  });

  it('falls back to one-by-one commits when the UNIQUE backstop fires (a second writer)', async () => {
    const db = dbs.fresh();
    const a = await store(db);
    const b = await store(db);
    await a.append('smmu:0', 0, [ev('A1')]); // a caches version 1
    await b.append('smmu:0', 1, [ev('B2')]); // behind a's back: version 2
    const [stale, other] = await Promise.allSettled([
      a.append('smmu:0', 1, [ev('A2')]), // passes a's cache, hits UNIQUE(stream_id, stream_version)
      a.append('smmu:1', 0, [ev('Other')]),
    ]);
    expect(stale.status).toBe('rejected');
    expect((stale as PromiseRejectedResult).reason).toBeInstanceOf(StreamVersionConflictError);
    expect((stale as PromiseRejectedResult).reason).toMatchObject({ actualVersion: 2 });
    expect(other.status).toBe('fulfilled');
    // a caller that knows the newer version is re-checked against the database, not refused by the cache
    await b.append('smmu:0', 2, [ev('B3')]);
    await expect(a.append('smmu:0', 3, [ev('A4')])).resolves.toMatchObject({ nextVersion: 4 });
    expect((await a.readStream('smmu:0')).map((e) => e.type)).toEqual(['A1', 'B2', 'B3', 'A4']);
  });

  it('subscribe replays from the database then delivers live appends, no gaps, no duplicates', async () => {
    const s = await store();
    for (let i = 0; i < 30; i++) await s.append(`page:${i % 3}`, Math.floor(i / 3), [ev('Share', i)]);
    const got: StoredEvent[] = [];
    let slow = true;
    const unsubscribe = s.subscribe(0, async (e) => {
      if (slow && got.length % 7 === 0) await new Promise((r) => setTimeout(r, 2));
      got.push(e);
    });
    // appends race the replay
    const live = Array.from({ length: 40 }, (_, i) => s.append(`live:${i}`, 0, [ev('Live', i), ev('Live2', i)]));
    await Promise.all(live);
    slow = false;
    await until('all 110 events', () => got.length >= 110);
    const all = await s.readAll(0, 1000);
    expect(all).toHaveLength(110);
    expect(got.map((e) => e.position)).toEqual(all.map((e) => e.position));
    expect(got.map((e) => e.eventId)).toEqual(all.map((e) => e.eventId));

    // from a middle position, inclusive
    const fromMid: number[] = [];
    const unsub2 = s.subscribe(all[50].position, (e) => {
      fromMid.push(e.position);
    });
    await until('replay from the middle', () => fromMid.length >= 60);
    expect(fromMid).toEqual(all.slice(50).map((e) => e.position));

    unsubscribe();
    await s.append('after:1', 0, [ev('AfterUnsubscribe')]);
    await until('second subscriber sees it', () => fromMid.length === 61);
    expect(got).toHaveLength(110);
    unsub2();
  });

  it('a slow subscriber whose live buffer overflows goes back to the database without losing events', async () => {
    const s = await store(dbs.fresh(), { maxSubscriptionBuffer: 5 });
    const got: number[] = [];
    const unsubscribe = s.subscribe(1, async (e) => {
      await new Promise((r) => setTimeout(r, 1));
      got.push(e.position);
    });
    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => s.append(`slow:${round}-${i}`, 0, [ev('A', i)])));
    }
    await until('200 events', () => got.length >= 200, 20_000);
    const all = await s.readAll(0, 1000);
    expect(got).toEqual(all.map((e) => e.position));
    unsubscribe();
  });

  it('stops a subscription whose handler throws and reports it', async () => {
    const s = await store();
    await s.append('x:1', 0, [ev('A'), ev('B'), ev('C')]);
    const seen: string[] = [];
    let error: unknown;
    s.subscribe(
      0,
      (e) => {
        if (e.type === 'B') throw new Error('boom');
        seen.push(e.type);
      },
      { onError: (err) => (error = err) },
    );
    await until('error reported', () => error !== undefined);
    expect(seen).toEqual(['A']);
    expect(String(error)).toContain('boom');
  });

  it('commitWithReply: success writes events, reply (and no outbox without NATS); durable across reopen', async () => {
    const db = dbs.fresh();
    const s = await openStore(db);
    const reply = new Uint8Array([9, 8, 7]);
    await s.commitWithReply('req-1', reply, [
      { streamId: 'smmu:0', expectedVersion: 0, events: [ev('Reset'), ev('Enabled')], meta: { requestId: 'req-1' } },
      { streamId: 'domain:3', expectedVersion: 0, events: [ev('Created')] },
    ]);
    expect(await s.findReply('req-1')).toEqual(reply);
    expect(await s.findReply('req-unknown')).toBeUndefined();
    expect(await s.streamVersion('smmu:0')).toBe(2);
    expect((await s.readStream('smmu:0'))[1].metadata).toEqual({ requestId: 'req-1' });
    expect(await s.outboxSize()).toBe(0);
    // a reply with no events (e.g. an error reply) and a commit with no request id
    await s.commitWithReply('req-2', new Uint8Array([1]), []);
    await s.commitWithReply(undefined, new Uint8Array(), [{ streamId: 'domain:3', expectedVersion: 1, events: [ev('Mapped')] }]);
    await s.close();

    const again = await store(db);
    expect(await again.findReply('req-1')).toEqual(reply);
    expect(await again.findReply('req-2')).toEqual(new Uint8Array([1]));
    expect(await again.streamVersion('smmu:0')).toBe(2);
    expect(await again.streamVersion('domain:3')).toBe(2);
    // a second reply under the same request id is refused
    await expectErrno(again.commitWithReply('req-1', new Uint8Array([0]), []), 'EEXIST');
    expect(await again.findReply('req-1')).toEqual(reply);
  });

  it('commitWithReply: a conflict in any staged append writes nothing (no events, no reply)', async () => {
    const s = await store();
    await s.append('smmu:0', 0, [ev('Reset')]);
    const before = await s.currentPosition();
    const err = await s
      .commitWithReply('req-x', new Uint8Array([1]), [
        { streamId: 'domain:1', expectedVersion: 0, events: [ev('Created')] },
        { streamId: 'smmu:0', expectedVersion: 0, events: [ev('Reset')] },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StreamVersionConflictError);
    expect(await s.findReply('req-x')).toBeUndefined();
    expect(await s.currentPosition()).toBe(before);
    expect(await s.streamVersion('domain:1')).toBe(0);
    // the caller then records the error reply with no appends
    await s.commitWithReply('req-x', new Uint8Array([0xee]), []);
    expect(await s.findReply('req-x')).toEqual(new Uint8Array([0xee]));
  });

  it('findReply waits for a reply being committed', async () => {
    const s = await store();
    const commit = s.commitWithReply('req-inflight', new Uint8Array([5]), [
      { streamId: 'x:1', expectedVersion: 0, events: [ev('A')] },
    ]);
    expect(await s.findReply('req-inflight')).toEqual(new Uint8Array([5]));
    await commit;
  });

  it('keeps only the newest N replies', async () => {
    const s = await store(dbs.fresh(), { replyRetention: 5 });
    for (let i = 0; i < 12; i++) await s.commitWithReply(`r${i}`, new Uint8Array([i]), []);
    await Promise.all(Array.from({ length: 6 }, (_, i) => s.commitWithReply(`c${i}`, new Uint8Array([i]), [])));
    for (let i = 0; i < 12; i++) expect(await s.findReply(`r${i}`)).toBeUndefined();
    for (let i = 1; i < 6; i++) expect(await s.findReply(`c${i}`)).toEqual(new Uint8Array([i]));
  });

  it('isWritable() probes the database', async () => {
    const s = await openStore(dbs.fresh());
    expect(await s.isWritable()).toBe(true);
    await s.close();
    expect(await s.isWritable()).toBe(false);
    await expectErrno(s.append('x:1', 0, [ev('A')]), 'EIO');
  });

  it('commits what is queued before close() returns', async () => {
    const db = dbs.fresh();
    const s = await openStore(db);
    const pending = Array.from({ length: 50 }, (_, i) => s.append(`q:${i}`, 0, [ev('A')]));
    await s.close();
    await Promise.all(pending);
    const again = await store(db);
    expect((await again.readAll(0)).length).toBe(50);
  });

  it('migrations: a fresh database gets the schema, reopening runs nothing new', async () => {
    const db = dbs.fresh();
    const first = await openStore(db);
    expect(first.migrationsRun).toEqual(['EventStoreInit1764000000000']);
    await first.append('x:1', 0, [ev('A')]);
    await first.close();
    const second = await store(db);
    expect(second.migrationsRun).toEqual([]);
    expect(await second.streamVersion('x:1')).toBe(1);
    const ran = await rawQuery<{ name: string }>(db, 'SELECT name FROM event_store_migrations');
    expect(ran.map((r) => r.name)).toEqual(['EventStoreInit1764000000000']);
    if (db.kind === 'postgres') {
      const tables = await rawQuery<{ table_name: string }>(
        db,
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [db.schema],
      );
      expect(tables.map((t) => t.table_name)).toEqual(['event_store_migrations', 'events', 'outbox', 'replies', 'store_meta']);
    } else {
      const mode = await rawQuery<{ journal_mode: string }>(db, 'PRAGMA journal_mode');
      expect(mode[0].journal_mode).toBe('wal');
    }
  });

  it('refuses a store that belongs to another service', async () => {
    const db = dbs.fresh();
    await (await openStore(db)).close();
    await expectErrno(openStore(db, { service: 'hypervisor' }), 'EINVAL');
  });
});
