/** One event staged by a handler; the store gives it its id, position and time at commit. */
export interface StagedEvent {
  type: string;
  payload: Uint8Array;
  metadata?: Record<string, string>;
}

/** Events staged for one stream, appended only if the stream is still at `expectedVersion`. */
export interface StagedAppend {
  streamId: string;
  expectedVersion: number;
  events: StagedEvent[];
}

/**
 * Where a service keeps the replies it gave, for dedupe by request id, and commits a request's events
 * together with its reply in ONE transaction. The event store implements it structurally.
 *
 * - `findReply(id)`: the reply committed for that request id, or undefined.
 * - `commitWithReply(id, reply, appends)`: append the events (expected-version checked) and record the reply
 *   under the id (when given), atomically. An expected-version mismatch throws an error with a numeric `errno`.
 */
export interface ReplyLedger {
  findReply(requestId: string): Promise<Uint8Array | undefined>;
  commitWithReply(requestId: string | undefined, reply: Uint8Array, appends: StagedAppend[]): Promise<void>;
}
