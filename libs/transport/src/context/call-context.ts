import type { StagedAppend, StagedEvent } from '../ledger/reply-ledger.interface';

/**
 * What a handler gets beside its request: the call's metadata, and the means to stage event appends
 * that the server commits with the reply in one transaction (after the handler resolves).
 */
export class CallContext {
  /** Staged appends, committed with the reply; discarded if the handler fails. */
  appends: StagedAppend[] | undefined;
  /** Callbacks to run after the commit, before the reply is sent. */
  afterCommitCallbacks: (() => unknown)[] | undefined;

  constructor(
    /** The caller's idempotency key (header `pkvm-request-id`); undefined when the caller sent none. */
    readonly requestId: string | undefined,
    /** Epoch ms after which the caller no longer waits. */
    readonly deadline: number,
    /**
     * W3C trace context of the call: the caller's, or a new trace when it sent none (or a malformed one).
     * HypercallClient calls made inside the handler carry it (as a child span) without being told.
     */
    readonly traceparent: string,
    /** The subject as the METHODS table names it (without the prefix). */
    readonly subject: string,
    /** The serving instance. */
    readonly instanceId: string,
  ) {}

  /** Stage events for `streamId`, to be appended at `expectedVersion` in the commit that records the reply. */
  append(streamId: string, expectedVersion: number, events: StagedEvent[]): void {
    (this.appends ??= []).push({ streamId, expectedVersion, events });
  }

  /** Run `fn` after the commit succeeded (for example, to update an in-memory projection). */
  afterCommit(fn: () => unknown): void {
    (this.afterCommitCallbacks ??= []).push(fn);
  }

  /** Milliseconds left before the deadline (may be negative). */
  remainingMs(): number {
    return this.deadline - Date.now();
  }
}
