import { Logger } from '@nestjs/common';
import type { EventStore } from '@pkvm/event-store';

/**
 * Fail-stop on a lost commit: the in-memory state applies a step's event before the transport commits it,
 * so a failed commit leaves memory ahead of the log. The process then exits; the next start replays the log
 * (the store is the source of truth). Wraps the ledger method the transport calls, for `streamId` only.
 */
export function watchKernelCommits(store: EventStore, streamId: string, exit: (code: number) => void = (c) => process.exit(c)): void {
  const logger = new Logger('host-kernel');
  const commit = store.commitWithReply.bind(store);
  store.commitWithReply = async (requestId, reply, appends) => {
    try {
      await commit(requestId, reply, appends);
    } catch (e) {
      if (appends.some((a) => a.streamId === streamId)) {
        logger.error(`commit to ${streamId} failed after the state applied it (${(e as Error).message}): exiting to replay`);
        exit(70);
      }
      throw e;
    }
  };
}
