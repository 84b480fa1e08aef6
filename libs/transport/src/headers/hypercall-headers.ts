import { randomFillSync, randomUUID } from 'node:crypto';
import { headers, type MsgHdrs } from '@nats-io/transport-node';

/** NATS header names every hypercall request carries (ARCHITECTURE.md, "Wire"). */
export const HEADER_REQUEST_ID = 'pkvm-request-id';
export const HEADER_DEADLINE = 'pkvm-deadline';
export const HEADER_TRACEPARENT = 'traceparent';

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** True for a well-formed W3C traceparent with non-zero trace and parent ids. */
export function isTraceparent(value: string | undefined): value is string {
  if (!value) return false;
  const m = TRACEPARENT.exec(value);
  return !!m && m[1] !== 'ff' && !/^0+$/.test(m[2]) && !/^0+$/.test(m[3]);
}

// Random ids come from a pooled buffer: one getrandom per 512 trace ids instead of one per call.
const pool = Buffer.alloc(8192);
let poolAt = pool.length;

/** `bytes` random bytes as lower-case hex, never all zeros (W3C forbids zero trace and span ids). */
function randomHex(bytes: number): string {
  for (;;) {
    if (poolAt + bytes > pool.length) {
      randomFillSync(pool);
      poolAt = 0;
    }
    const hex = pool.toString('hex', poolAt, (poolAt += bytes));
    if (!/^0+$/.test(hex)) return hex;
  }
}

/** A fresh W3C traceparent (version 00, sampled). */
export function newTraceparent(): string {
  return `00-${randomHex(16)}-${randomHex(8)}-01`;
}

/**
 * The traceparent for an outgoing call made on behalf of `parent`: same trace id and flags, a new span id.
 * A missing or malformed parent starts a new trace.
 */
export function childTraceparent(parent: string | undefined): string {
  if (!isTraceparent(parent)) return newTraceparent();
  return `00-${parent.slice(3, 35)}-${randomHex(8)}-${parent.slice(53, 55)}`;
}

/** The trace id of a traceparent (32 hex digits), or undefined. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return isTraceparent(traceparent) ? traceparent.slice(3, 35) : undefined;
}

type HeaderMap = { headers?: Map<string, string[]> };

/**
 * A header's value, or undefined. Fast path: the exact key in the parsed map (what HypercallClient sends);
 * otherwise a case-insensitive lookup, for clients that canonicalise keys (`Pkvm-Request-Id`).
 */
export function readHeader(h: MsgHdrs | undefined, key: string): string | undefined {
  if (!h) return undefined;
  const exact = (h as HeaderMap).headers?.get(key);
  if (exact !== undefined) return exact[0] || undefined;
  return h.get(key, 'insensitive' as never) || undefined;
}

/**
 * The request headers of one call. Generated values go straight into the header map; caller-supplied ones
 * pass nats.js validation (no CR/LF).
 */
export function requestHeaders(requestId: string | undefined, deadline: number, traceparent: string): MsgHdrs {
  const h = headers();
  const map = (h as HeaderMap).headers;
  if (!map) {
    h.append(HEADER_REQUEST_ID, requestId ?? randomUUID());
    h.append(HEADER_DEADLINE, String(deadline));
    h.append(HEADER_TRACEPARENT, traceparent);
    return h;
  }
  if (requestId === undefined) map.set(HEADER_REQUEST_ID, [randomUUID()]);
  else h.append(HEADER_REQUEST_ID, requestId); // validated: a caller's id must not smuggle CR/LF
  map.set(HEADER_DEADLINE, [String(deadline)]);
  map.set(HEADER_TRACEPARENT, [traceparent]); // always built from validated parts
  return h;
}
