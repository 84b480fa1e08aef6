import type { NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, JetStreamApiCodes, JetStreamApiError, jetstream, type Consumer, type ConsumerMessages, type JsMsg, type OrderedConsumerOptions } from '@nats-io/jetstream';
// Relative imports on purpose: the packages' index files also export the NestJS/TypeORM parts, which a plain
// Node script using the SDK must not load.
import { EVENT_HEADERS } from '../../event-store/src/outbox-relay';
import { subjectRoot } from '../../event-store/src/stream-id';

/** One event of a service's event store, as relayed to JetStream (libs/event-store). */
export interface PkvmEvent {
  /** The service that recorded it: `iommu`, `hypervisor`, `host-kernel`, `boot-coordinator`. */
  service: string;
  /** The stream id's part before ':' (`smmu`, `saga`, ...), the last subject token. */
  aggregate: string;
  /** `<aggregate>:<id>` */
  streamId: string;
  /** The event's version in its stream (1 = first). */
  streamVersion: number;
  type: string;
  /** The service's own encoding (mostly protobuf); the SDK does not decode it. */
  payload: Uint8Array;
  metadata: Record<string, string>;
  /** UUID; the JetStream Nats-Msg-Id. */
  eventId: string;
  /** Commit position in the recording service's store (per service). */
  position: number;
  /** Epoch ms at which the store recorded it. */
  recordedAt: number;
  /** JetStream stream sequence (global to the stream): resume with `events({ from: sequence + 1 })`. */
  sequence: number;
  subject: string;
}

export interface EventsOptions {
  /**
   * Where to start: a JetStream stream sequence (inclusive), a Date (events recorded since), `'first'` (default:
   * the whole stream) or `'new'` (only events published after the consumer exists: await `ready` first).
   */
  from?: number | Date | 'first' | 'new';
  /** Only this service's events. */
  service?: string;
  /** Only this aggregate's events (needs no `service`). */
  aggregate?: string;
  /** A raw NATS subject filter (wildcards allowed), instead of `service`/`aggregate`. Includes the prefix. */
  subjectFilter?: string;
  /** Closing the signal ends the iteration. */
  signal?: AbortSignal;
  /** How long to wait for the stream to exist (the services create it on their first event). Default 10000 ms. */
  streamWaitMs?: number;
}

/**
 * An async iterator over the stack's events (an ordered JetStream consumer: nats-server 2.9 is enough).
 * `for await (const e of client.events()) { ... break; }` closes it; so does `close()` or the signal.
 */
export class EventStream implements AsyncIterableIterator<PkvmEvent> {
  /** Resolves when the consumer exists (events from then on are seen even with `from: 'new'`); rejects if it cannot be made. */
  readonly ready: Promise<void>;
  private consumer?: Consumer;
  private messages?: ConsumerMessages;
  private iterator?: AsyncIterator<JsMsg>;
  private closed = false;
  private readonly root: string;
  private readonly onAbort = () => void this.close();

  constructor(
    private readonly nc: NatsConnection,
    private readonly streamName: string,
    subjectPrefix: string,
    private readonly options: EventsOptions = {},
    private readonly onClose?: (s: EventStream) => void,
  ) {
    this.root = subjectRoot(subjectPrefix);
    if (options.signal?.aborted) this.closed = true;
    else options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.ready = this.open();
    this.ready.catch(() => undefined); // surfaced by next()
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<PkvmEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<PkvmEvent>> {
    if (this.closed) return { done: true, value: undefined };
    try {
      await this.ready;
    } catch (err) {
      await this.close();
      throw err;
    }
    if (this.closed || !this.iterator) return { done: true, value: undefined };
    const r = await this.iterator.next();
    if (r.done || this.closed) {
      await this.close();
      return { done: true, value: undefined };
    }
    return { done: false, value: this.toEvent(r.value) };
  }

  async return(): Promise<IteratorResult<PkvmEvent>> {
    await this.close();
    return { done: true, value: undefined };
  }

  /** Stops the consumer and deletes it on the server. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.onClose?.(this);
    this.messages?.stop();
    await this.ready.catch(() => undefined);
    this.messages?.stop();
    await this.consumer?.delete().catch(() => undefined);
  }

  private filter(): string {
    const o = this.options;
    if (o.subjectFilter) return o.subjectFilter;
    if (o.aggregate) return `${this.root}.${o.service ?? '*'}.${o.aggregate}`;
    if (o.service) return `${this.root}.${o.service}.*`;
    return `${this.root}.>`;
  }

  private consumerOptions(): Partial<OrderedConsumerOptions> {
    const from = this.options.from ?? 'first';
    const base: Partial<OrderedConsumerOptions> = { filter_subjects: this.filter() }; // one subject: filter_subject (2.9)
    if (from === 'first') return { ...base, deliver_policy: DeliverPolicy.All };
    if (from === 'new') return { ...base, deliver_policy: DeliverPolicy.New };
    if (from instanceof Date) return { ...base, deliver_policy: DeliverPolicy.StartTime, opt_start_time: from.toISOString() };
    if (!Number.isSafeInteger(from) || from < 1) throw new RangeError(`events: from must be a stream sequence >= 1, got ${from}`);
    return { ...base, deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from };
  }

  private async open(): Promise<void> {
    const js = jetstream(this.nc);
    const until = Date.now() + (this.options.streamWaitMs ?? 10_000);
    const opts = this.consumerOptions();
    for (;;) {
      if (this.closed) return;
      try {
        this.consumer = await js.consumers.get(this.streamName, opts);
        break;
      } catch (err) {
        if (!isStreamNotFound(err) || Date.now() > until) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (this.closed) {
      await this.consumer.delete().catch(() => undefined);
      return;
    }
    this.messages = await this.consumer.consume();
    this.iterator = this.messages[Symbol.asyncIterator]();
    if (this.closed) this.messages.stop();
  }

  private toEvent(m: JsMsg): PkvmEvent {
    const h = m.headers;
    const get = (k: string) => h?.get(k) ?? '';
    const [service = '', aggregate = ''] = m.subject.startsWith(`${this.root}.`) ? m.subject.slice(this.root.length + 1).split('.') : [];
    let metadata: Record<string, string> = {};
    const meta = get(EVENT_HEADERS.metadata);
    if (meta) {
      try {
        metadata = JSON.parse(meta) as Record<string, string>;
      } catch {
        metadata = { raw: meta };
      }
    }
    return {
      service,
      aggregate,
      streamId: get(EVENT_HEADERS.streamId),
      streamVersion: Number(get(EVENT_HEADERS.streamVersion)),
      type: get(EVENT_HEADERS.type),
      payload: m.data,
      metadata,
      eventId: get('Nats-Msg-Id'),
      position: Number(get(EVENT_HEADERS.position)),
      recordedAt: Number(get(EVENT_HEADERS.recordedAt)),
      sequence: m.seq,
      subject: m.subject,
    };
  }
}

function isStreamNotFound(err: unknown): boolean {
  if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) return true;
  return /stream not found/i.test((err as Error | undefined)?.message ?? '');
}
