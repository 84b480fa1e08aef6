import type { EventStore } from '@pkvm/event-store';
import type { StagedAppend } from '@pkvm/transport';
import { StageOrderedCommits } from './stage-ordered-commits';

/** A store whose commitWithReply only records the expected versions, in submission order. */
function fakeStore(): { store: EventStore; order: number[] } {
  const order: number[] = [];
  const store = {
    commitWithReply: (_id: string | undefined, _reply: Uint8Array, appends: StagedAppend[]) => {
      order.push(...appends.map((a) => a.expectedVersion));
      return Promise.resolve();
    },
  } as unknown as EventStore;
  return { store, order };
}

const at = (streamId: string, expectedVersion: number): StagedAppend[] => [{ streamId, expectedVersion, events: [{ type: 'Dma', payload: new Uint8Array() }] }];
const reply = new Uint8Array();

describe('StageOrderedCommits', () => {
  it('submits commits of the stream in staging order when the handlers finish out of order', async () => {
    const { store, order } = fakeStore();
    new StageOrderedCommits(store, 'machine:small', () => undefined).reset(10);
    const late = [store.commitWithReply('c', reply, at('machine:small', 12)), store.commitWithReply('b', reply, at('machine:small', 11))];
    expect(order).toEqual([]);
    await store.commitWithReply('a', reply, at('machine:small', 10));
    await Promise.all(late);
    expect(order).toEqual([10, 11, 12]);
  });

  it('leaves other streams and event-less replies alone', async () => {
    const { store, order } = fakeStore();
    new StageOrderedCommits(store, 'machine:small', () => undefined).reset(10);
    await store.commitWithReply('x', reply, at('machine-snapshot:small', 99));
    await store.commitWithReply('y', reply, []);
    expect(order).toEqual([99]);
  });

  it('goes on after stallMs when the predecessor never commits (a handler that threw after staging)', async () => {
    const { store, order } = fakeStore();
    const warnings: string[] = [];
    new StageOrderedCommits(store, 'machine:small', (m) => warnings.push(m), 20).reset(10);
    await store.commitWithReply('b', reply, at('machine:small', 11));
    expect(order).toEqual([11]);
    expect(warnings).toEqual(['machine:small: the commit before v12 did not come within 20 ms; committing anyway']);
  });
});
