import type { EventStore } from '@pkvm/event-store';

/**
 * Submits the commits of one stream in the order their events were staged (their expected versions), whatever
 * order their handlers finished in. The machine applies and stages concurrent calls one after another, but the
 * controllers between staging and the transport's commit differ in how many promise hops they take (EnableDev
 * returns the service's promise, Dma awaits and maps it), so under concurrent load a later call reached the
 * store first, its expected version did not match yet, and the lost commit stopped the service (fail-stop).
 * A commit whose predecessor never comes (a handler that threw after staging) waits `stallMs`, then goes on
 * and meets the conflict it would have met anyway.
 */
export class StageOrderedCommits {
  /** The stream version once every commit submitted so far is applied. */
  private submitted = 0;
  private readonly waiters = new Map<number, () => void>();

  constructor(
    store: EventStore,
    private readonly streamId: string,
    private readonly warn: (m: string) => void,
    private readonly stallMs = 5_000,
  ) {
    const commit = store.commitWithReply.bind(store);
    store.commitWithReply = async (requestId, reply, appends) => {
      const a = appends.find((x) => x.streamId === this.streamId);
      if (!a) return commit(requestId, reply, appends);
      if (a.expectedVersion > this.submitted) await this.turnOf(a.expectedVersion);
      // commit() enqueues synchronously (the store's group committer keeps its queue order): submit, then wake the next
      const done = commit(requestId, reply, appends);
      this.submitted = Math.max(this.submitted, a.expectedVersion + a.events.length);
      this.waiters.get(this.submitted)?.();
      return done;
    };
  }

  /** The stream's version after a replay: the next commit expects it. */
  reset(version: number): void {
    this.submitted = version;
    for (const wake of this.waiters.values()) wake();
  }

  private turnOf(version: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.warn(`${this.streamId}: the commit before v${version + 1} did not come within ${this.stallMs} ms; committing anyway`);
        wake();
      }, this.stallMs);
      const wake = () => {
        clearTimeout(timer);
        if (this.waiters.get(version) === wake) this.waiters.delete(version);
        resolve();
      };
      this.waiters.set(version, wake);
    });
  }
}
