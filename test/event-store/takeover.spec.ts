import { EventStore } from '@pkvm/event-store';
import { backends, ev, openStore, TestDatabases } from './fixtures';

// Regression: a standby opened its store before the holder's last commits, then took over. It used to reuse
// the holder's reply seqs (cached at open) and misreport its first commit as "a reply is already recorded".
describe.each(backends())('a standby store that takes over, on %s', (backend) => {
  const dbs = new TestDatabases(backend);
  const open: EventStore[] = [];
  afterAll(async () => {
    for (const s of open) await s.close();
    await dbs.cleanup();
  });

  it('commits after the previous writer without reusing its reply seqs or trusting stale versions', async () => {
    const db = dbs.fresh();
    const holder = await openStore(db);
    open.push(holder);
    await holder.commitWithReply('r1', new Uint8Array([1]), [{ streamId: 'counter:1', expectedVersion: 0, events: [ev('Counted', 1)] }]);
    const standby = await openStore(db);
    open.push(standby);
    expect(await standby.streamVersion('counter:1')).toBe(1);
    // The standby caches version 1 while the holder goes on writing.
    await standby.append('other:1', 0, [ev('Seen', 9)]);
    await standby.commitWithReply(undefined, new Uint8Array([0]), []);
    await holder.commitWithReply('r2', new Uint8Array([2]), [{ streamId: 'counter:1', expectedVersion: 1, events: [ev('Counted', 2)] }]);
    await holder.commitWithReply('r3', new Uint8Array([3]), [{ streamId: 'counter:1', expectedVersion: 2, events: [ev('Counted', 3)] }]);
    await holder.close();
    open.splice(open.indexOf(holder), 1);

    standby.forgetCachedVersions();
    await standby.commitWithReply('r4', new Uint8Array([4]), [{ streamId: 'counter:1', expectedVersion: 3, events: [ev('Counted', 4)] }]);
    expect(Array.from((await standby.findReply('r4'))!)).toEqual([4]);
    expect(Array.from((await standby.findReply('r2'))!)).toEqual([2]);
    expect((await standby.readStream('counter:1')).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
  });
});
