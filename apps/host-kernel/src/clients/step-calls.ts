import { HypercallClient, TransportError } from '@pkvm/transport';
import type { OutgoingRequestIds } from './outgoing-request-ids';

const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 1_000;

/**
 * The calls one step makes to the other services. Writes carry the step's derived request ids; with
 * `retryUntil` (a step during which another service was told to crash and restarts) a call that got no answer
 * is sent again with the same id until that deadline: the restarted service answers it from its reply ledger
 * when its first instance committed it, and runs it when it did not.
 */
export class StepCalls {
  constructor(private readonly client: HypercallClient, private readonly ids: OutgoingRequestIds, private readonly retryUntil?: number) {}

  /** A call the other service keeps in its reply ledger (its MMIO reads too): the next derived request id. */
  call<T>(method: string, request: object): Promise<T> {
    return this.withRetry(method, request, this.ids.next());
  }

  /** A call that only reads (a dump): no request id, so it is not kept in the other service's ledger. */
  read<T>(method: string, request: object): Promise<T> {
    return this.withRetry(method, request, this.ids.untracked());
  }

  private async withRetry<T>(method: string, request: object, options: ReturnType<OutgoingRequestIds['next']>): Promise<T> {
    let backoff = FIRST_BACKOFF_MS;
    for (;;) {
      try {
        return await this.client.call<T>(method, request, options);
      } catch (e) {
        if (this.retryUntil === undefined || !(e instanceof TransportError) || Date.now() + backoff > this.retryUntil) throw e;
      }
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }
}
