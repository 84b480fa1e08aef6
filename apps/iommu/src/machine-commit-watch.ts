import { Logger } from '@nestjs/common';
import type { EventStore } from '@pkvm/event-store';

/**
 * Fail-stop on a lost commit: the machine applies an accepted call before the transport commits its event,
 * so a commit that fails leaves memory ahead of the log. The process then exits and the next start replays
 * the log (ARCHITECTURE.md, "State": the store is the source of truth). Wraps the store's commitWithReply,
 * the ledger method the transport calls, for appends to `streamId` only.
 */
export function watchMachineCommits(store: EventStore, streamId: string, exit: (code: number) => void = (c) => process.exit(c)): void {
  const logger = new Logger('iommu-machine');
  const commit = store.commitWithReply.bind(store);
  store.commitWithReply = async (requestId, reply, appends) => {
    try {
      await commit(requestId, reply, appends);
    } catch (e) {
      if (appends.some((a) => a.streamId === streamId)) {
        logger.error(`commit to ${streamId} failed after the machine applied it (${(e as Error).message}): exiting to replay`);
        exit(70);
      }
      throw e;
    }
  };
}
