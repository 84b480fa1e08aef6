import { ERRNO, KernelError, SMCCC_RET_SUCCESS, errnoName } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';

/**
 * The one place where outcomes map to and from the wire envelope `pkvm.v1.Reply`.
 * - a KernelError keeps its errno and message;
 * - an error that carries a numeric `errno` (the event store's conflict error, for one) keeps it;
 * - anything else is EIO with the error's message.
 */
const Reply = pkvm.v1.Reply;

/**
 * `Reply{result}` around an encoded response message: field 1, wire type 2 (tag 0x0a), varint length, bytes.
 * Written by hand (byte-identical to `Reply.encode({ result })`): it is on every reply's path.
 */
export function encodeResultReply(result: Uint8Array): Uint8Array {
  const n = result.length;
  let lenBytes = 1;
  for (let v = n; v >= 0x80; v >>>= 7) lenBytes++;
  const out = new Uint8Array(1 + lenBytes + n);
  out[0] = 0x0a;
  let i = 1;
  let v = n;
  while (v >= 0x80) {
    out[i++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[i++] = v;
  out.set(result, i);
  return out;
}

/** The errno (negative) an error maps to on the wire; EIO when it carries none. */
export function errnoOf(err: unknown): number {
  const n = (err as { errno?: unknown } | null)?.errno;
  if (typeof n === 'number' && Number.isInteger(n) && n !== 0) return -Math.abs(n);
  return -ERRNO.EIO;
}

/** True when the error carries its own errno (KernelError, a store conflict...): an expected refusal. */
export function hasErrno(err: unknown): boolean {
  const n = (err as { errno?: unknown } | null)?.errno;
  return typeof n === 'number' && Number.isInteger(n) && n !== 0;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message;
  }
  return String(err);
}

/** `Reply{error}` for any thrown value. */
export function encodeErrorReply(err: unknown): Uint8Array {
  const errno = errnoOf(err);
  return Reply.encode({
    error: { errno, errnoName: errnoName(errno), message: messageOf(err), smcccX0: SMCCC_RET_SUCCESS, smcccX1: errno },
  }).finish();
}

/** `Reply{error}` for an errno name and message. */
export function encodeErrnoReply(name: keyof typeof ERRNO, message: string): Uint8Array {
  return encodeErrorReply(KernelError.of(name, message));
}

/** The outcome of a reply: the encoded result bytes, or the KernelError to throw. Throws on a malformed envelope. */
export function decodeReply(bytes: Uint8Array): { result: Uint8Array; error?: undefined } | { result?: undefined; error: KernelError } {
  // Fast path: exactly one `result` field (what every successful reply is).
  if (bytes.length > 1 && bytes[0] === 0x0a) {
    let len = 0;
    let shift = 0;
    let i = 1;
    while (i < bytes.length && i < 6) {
      const b = bytes[i++];
      len |= (b & 0x7f) << shift;
      if (b < 0x80) {
        if (i + len === bytes.length) return { result: bytes.subarray(i) };
        break;
      }
      shift += 7;
    }
  }
  const reply = Reply.decode(bytes);
  if (reply.error) {
    const e = reply.error;
    const err = new KernelError(e.errno || -ERRNO.EIO, e.message ?? '');
    return { error: err };
  }
  return { result: reply.result ?? new Uint8Array(0) };
}
