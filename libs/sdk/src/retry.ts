/** Exponential backoff for idempotent methods (proto `idempotency_level`), bounded by attempts and the call's deadline. */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 5; 1 disables retries. */
  maxAttempts: number;
  /** Delay before the second attempt. Default 50 ms. */
  initialBackoffMs: number;
  /** Ceiling of one delay. Default 1000 ms. */
  maxBackoffMs: number;
  /** Growth per attempt. Default 2. */
  multiplier: number;
  /**
   * Time one attempt may take; the call's deadline still bounds the whole. Default: the rest of the deadline,
   * so a DeadlineExceeded is retried only when this is set shorter than the deadline.
   */
  perAttemptTimeoutMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 50, maxBackoffMs: 1000, multiplier: 2 };

export function retryPolicy(...layers: (Partial<RetryPolicy> | false | undefined)[]): RetryPolicy {
  let p: RetryPolicy = { ...DEFAULT_RETRY };
  for (const l of layers) {
    if (l === false) p = { ...p, maxAttempts: 1 };
    else if (l) p = { ...p, ...definedOnly(l) };
  }
  return p;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The delay before attempt `attempt + 1` (attempt 1 = the first retry): exponential, with jitter in [d/2, d]. */
export function backoffMs(p: RetryPolicy, attempt: number): number {
  const d = Math.min(p.maxBackoffMs, p.initialBackoffMs * p.multiplier ** Math.max(0, attempt - 1));
  return d / 2 + Math.random() * (d / 2);
}

/** Sleeps `ms`, or rejects with `onAbort()` as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
  if (signal?.aborted) return Promise.reject(onAbort());
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(t);
      reject(onAbort());
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
