import type { MethodDescriptor } from '@pkvm/proto';

/** One answered request, as NatsHypercallServer hands it to its observers (metrics, logs). */
export interface ServedCall {
  readonly method: MethodDescriptor;
  /** The decoded request; undefined when it did not decode. */
  readonly request: unknown;
  /** The handler's result when it succeeded (undefined for refusals and answers replayed from the ledger). */
  readonly response: unknown;
  readonly requestId: string | undefined;
  /** W3C trace context of the call (the caller's, or one the server started for a call that carried none). */
  readonly traceparent: string;
  /** From receipt to the reply bytes (handler, commit, afterCommit). */
  readonly durationMs: number;
  /** The refusal's errno (negative), undefined on success. */
  readonly errno?: number;
  readonly message?: string;
  /** Answered from the reply ledger: a retry of a request id already served. */
  readonly replayed: boolean;
}

/**
 * Told of every answered request, after the reply bytes exist (a duplicate arriving while the first runs shares its
 * answer and is not told again). Must not throw (errors are logged and dropped).
 */
export interface ServedCallObserver {
  onServed(call: ServedCall): void;
}
