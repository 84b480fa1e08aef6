import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { CommitBatch } from './backend';
import { openDataSource } from './data-source';
import { StreamVersionConflictError } from '@pkvm/errno';
import { GroupCommitter, WorkItem } from './group-commit';
import { SqliteBackend } from './sqlite-backend';

/** The real SQLite backend, counting its transactions. */
class CountingBackend extends SqliteBackend {
  batches: number[] = [];
  override async commit(batch: CommitBatch): Promise<number[]> {
    this.batches.push(batch.events.length);
    return super.commit(batch);
  }
}

describe('GroupCommitter on SQLite', () => {
  let dir: string;
  let ds: DataSource;
  let backend: CountingBackend;
  let committer: GroupCommitter;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pkvm-gc-'));
    ds = (await openDataSource({ kind: 'sqlite', file: join(dir, 'events.sqlite') })).dataSource;
    backend = new CountingBackend(ds, 100);
    committer = new GroupCommitter(backend, false, 1_000, 1_000, () => undefined);
  });
  afterEach(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const submit = (streamId: string, expectedVersion: number, n = 1) =>
    new Promise<number[]>((resolve, reject) => {
      const item: WorkItem = {
        appends: [
          {
            streamId,
            expectedVersion,
            events: Array.from({ length: n }, (_, i) => ({
              eventId: `00000000-0000-7000-8000-${String(Math.random()).slice(2, 14).padStart(12, '0')}`,
              type: `T${i}`,
              payload: Buffer.from([i]),
              metadata: '{}',
              recordedAt: 1,
            })),
          },
        ],
        resolve,
        reject,
      };
      committer.enqueue(item);
    });

  it('commits concurrent calls in one transaction', async () => {
    const positions = await Promise.all(Array.from({ length: 64 }, (_, i) => submit(`s:${i}`, 0)));
    expect(backend.batches).toEqual([64]);
    expect(positions.map((p) => p[0])).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
  });

  it('keeps batches under maxBatchEvents', async () => {
    committer = new GroupCommitter(backend, false, 10, 1_000, () => undefined);
    await Promise.all(Array.from({ length: 25 }, (_, i) => submit(`s:${i}`, 0)));
    expect(backend.batches).toEqual([10, 10, 5]);
  });

  it('fails only the conflicting item of a batch', async () => {
    const results = await Promise.allSettled([submit('a:1', 0, 2), submit('a:1', 0), submit('a:1', 2), submit('b:1', 0)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(StreamVersionConflictError);
    expect(backend.batches).toEqual([4]);
  });

  it('falls back to one transaction per item when the database refuses the batch', async () => {
    // another writer moves a:1 behind the cache's back
    await submit('a:1', 0);
    await ds.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, payload, metadata, recorded_at)
       VALUES ('00000000-0000-7000-8000-00000000beef', 'a:1', 2, 'X', x'00', '{}', 1)`,
    );
    backend.batches = [];
    const results = await Promise.allSettled([submit('b:1', 0), submit('a:1', 1), submit('c:1', 0)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ streamId: 'a:1', actualVersion: 2 });
    // the batch (3 events) failed, then b:1 and c:1 were committed alone; a:1 was refused by the re-read versions
    expect(backend.batches).toEqual([3, 1, 1]);
  });
});
