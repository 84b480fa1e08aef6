import { KernelError } from '@pkvm/errno';

/**
 * Stream ids follow `<aggregate>:<id>` (e.g. `smmu:0`, `saga:boot-1`). The aggregate, the part before the
 * first ':', names the JetStream subject `pkvm.events.<service>.<aggregate>`, so it must be a plain subject
 * token; the part after it is free text. A stream id without ':' is its own aggregate.
 */
const TOKEN = /^[A-Za-z0-9_-]+$/;
const MAX_STREAM_ID = 255;
/** Control characters would corrupt the NATS headers that carry the stream id. */
const CONTROL = /[\x00-\x1f\x7f]/;

export function aggregateOf(streamId: string): string {
  const colon = streamId.indexOf(':');
  return colon < 0 ? streamId : streamId.slice(0, colon);
}

/** Throws EINVAL unless `streamId` follows the convention above (at most 255 characters). */
export function checkStreamId(streamId: string): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > MAX_STREAM_ID) {
    throw KernelError.of('EINVAL', `stream id must be 1..${MAX_STREAM_ID} characters: ${JSON.stringify(streamId)}`);
  }
  if (CONTROL.test(streamId)) {
    throw KernelError.of('EINVAL', `stream id ${JSON.stringify(streamId)} contains control characters`);
  }
  if (!TOKEN.test(aggregateOf(streamId))) {
    throw KernelError.of('EINVAL', `stream id ${JSON.stringify(streamId)}: the aggregate before ':' must match ${TOKEN}`);
  }
}

/** Throws EINVAL unless `text` is 1..max characters without control characters (event types: NATS headers). */
export function checkHeaderText(what: string, text: string, max: number): void {
  if (typeof text !== 'string' || text.length === 0 || text.length > max || CONTROL.test(text)) {
    throw KernelError.of('EINVAL', `${what} must be 1..${max} characters without control characters: ${JSON.stringify(text)}`);
  }
}

/** Throws EINVAL unless `token` can be one subject token (service names, prefixes' parts). */
export function checkSubjectToken(what: string, token: string): void {
  if (!TOKEN.test(token)) throw KernelError.of('EINVAL', `${what} ${JSON.stringify(token)} must match ${TOKEN}`);
}

/** `${prefix}.pkvm.events.<service>.<aggregate>`, or without the prefix when it is ''. */
export function eventSubject(prefix: string, service: string, streamId: string): string {
  return `${subjectRoot(prefix)}.${service}.${aggregateOf(streamId)}`;
}

/** `${prefix}.pkvm.events` */
export function subjectRoot(prefix: string): string {
  return `${prefix ? `${prefix}.` : ''}pkvm.events`;
}
