/**
 * Failures of the transport itself (the call never got an answer from a service).
 * A service's own refusal is never one of these: it arrives as `KernelError` from `@pkvm/errno`.
 */
export class TransportError extends Error {
  override name = 'TransportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Nobody subscribes to the subject (NATS 503 no-responders status): fails at once, not at the deadline. */
export class NoRespondersError extends TransportError {
  override name = 'NoRespondersError';
  constructor(readonly subject: string, options?: { cause?: unknown }) {
    super(`no responders on ${subject}`, options);
  }
}

/** The call's deadline passed before a reply arrived. The request may still have been executed. */
export class DeadlineExceededError extends TransportError {
  override name = 'DeadlineExceededError';
  constructor(readonly subject: string, readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`deadline of ${timeoutMs} ms exceeded on ${subject}`, options);
  }
}

/** The caller aborted the call (AbortSignal). The request may still have been executed. */
export class CancelledError extends TransportError {
  override name = 'CancelledError';
  constructor(readonly subject: string, options?: { cause?: unknown }) {
    super(`call to ${subject} cancelled`, options);
  }
}
