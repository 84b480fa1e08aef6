import type { CallOptions } from '@pkvm/transport';

/**
 * Request ids for the calls one step makes, derived from the step's own id: when a step is executed again
 * because its first run never committed (a crash), its writes reach the other services under the same ids
 * and are answered from their ledgers instead of being applied twice.
 */
export class OutgoingRequestIds {
  private seq = 0;

  /** `timeoutMs`: a deadline for every call of the step (a step with an injected crash: it will not answer). */
  constructor(private readonly stepRequestId: string | undefined, private readonly traceparent?: string, private readonly timeoutMs?: number) {}

  next(): CallOptions {
    const n = ++this.seq;
    return {
      ...(this.stepRequestId ? { requestId: `${this.stepRequestId}/${n}` } : {}),
      ...(this.traceparent ? { traceparent: this.traceparent } : {}),
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
    };
  }

  /** Options of a read: the step's trace and deadline, no request id. */
  untracked(): CallOptions {
    return {
      ...(this.traceparent ? { traceparent: this.traceparent } : {}),
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
    };
  }
}
