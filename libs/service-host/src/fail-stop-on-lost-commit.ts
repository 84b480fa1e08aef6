import { Logger } from '@nestjs/common';
import type { EventStore } from '@pkvm/event-store';

/**
 * Fail-stop on a lost commit: a service that applies an accepted call to its in-memory state before the transport
 * commits the call's event is ahead of its log when that commit fails. The process then exits (code 70) and the
 * next start replays the log (ARCHITECTURE.md, "State": the store is the source of truth). Wraps the store's
 * commitWithReply, the ledger method the transport calls, for appends to `streamId` only.
 */
export function failStopOnLostCommit(store: EventStore, streamId: string, service: string, exit: (code: number) => void = (c) => process.exit(c)): void {
  const logger = new Logger(service);
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
