import type { CallOptions } from '@pkvm/transport';

/**
 * Request ids for the calls one step makes, derived from the step's own id: when a step is executed again
 * because its first run never committed (a crash), its writes reach the other services under the same ids
 * and are answered from their ledgers instead of being applied twice.
 */
export class OutgoingRequestIds {
  private seq = 0;

  constructor(private readonly stepRequestId: string | undefined, private readonly traceparent?: string) {}

  next(): CallOptions {
    const n = ++this.seq;
    return {
      ...(this.stepRequestId ? { requestId: `${this.stepRequestId}/${n}` } : {}),
      ...(this.traceparent ? { traceparent: this.traceparent } : {}),
    };
  }
}
