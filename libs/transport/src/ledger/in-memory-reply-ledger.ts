import { StreamVersionConflictError } from '@pkvm/errno';
import type { ReplyLedger, StagedAppend, StagedEvent } from './reply-ledger.interface';

/**
 * A ReplyLedger in process memory, for stateless services, tests and benchmarks. Not durable:
 * a restart forgets every reply. Streams start at version 0; `expectedVersion` -1 skips the check.
 * Keeps at most `maxReplies` replies (oldest dropped first).
 */
export class InMemoryReplyLedger implements ReplyLedger {
  private readonly replies = new Map<string, Uint8Array>();
  private readonly streams = new Map<string, StagedEvent[]>();

  constructor(private readonly maxReplies = 100_000) {}

  findReply(requestId: string): Promise<Uint8Array | undefined> {
    return Promise.resolve(this.replies.get(requestId));
  }

  commitWithReply(requestId: string | undefined, reply: Uint8Array, appends: StagedAppend[]): Promise<void> {
    for (const a of appends) {
      const actual = this.streams.get(a.streamId)?.length ?? 0;
      if (a.expectedVersion !== -1 && a.expectedVersion !== actual) {
        return Promise.reject(new StreamVersionConflictError(a.streamId, a.expectedVersion, actual));
      }
    }
    for (const a of appends) {
      let s = this.streams.get(a.streamId);
      if (!s) this.streams.set(a.streamId, (s = []));
      s.push(...a.events);
    }
    if (requestId !== undefined) {
      this.replies.set(requestId, reply);
      if (this.replies.size > this.maxReplies) this.replies.delete(this.replies.keys().next().value!);
    }
    return Promise.resolve();
  }

  /** The events of a stream, in order. */
  events(streamId: string): readonly StagedEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  version(streamId: string): number {
    return this.streams.get(streamId)?.length ?? 0;
  }

  get replyCount(): number {
    return this.replies.size;
  }
}
