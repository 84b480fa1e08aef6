import type { EventStoreLogger, StoredEvent } from './types';

export type EventHandler = (event: StoredEvent) => void | Promise<void>;

export interface SubscribeOptions {
  /** Called when the handler throws or a read fails; the subscription then stops. Default: logger.warn. */
  onError?: (err: unknown) => void;
}

const PAGE = 500;

/**
 * One subscriber: reads pages from the database from `nextPosition` until it has caught up, then takes the
 * live events that the store pushes after each commit (in commit = position order). Anything seen twice (a
 * commit both read from the database and pushed live) is dropped by position; a buffer overflow drops the
 * buffer and goes back to pages, so a slow handler costs memory only up to `maxBuffered` events.
 */
class Subscriber {
  private nextPosition: number;
  private live: StoredEvent[] = [];
  private catchingUp = true;
  /** Set when the live buffer overflowed since the current page read started. */
  private overflowed = false;
  private pumping = false;
  stopped = false;

  constructor(
    fromPosition: number,
    private readonly handler: EventHandler,
    private readonly readAll: (from: number, limit: number) => Promise<StoredEvent[]>,
    private readonly onError: (err: unknown) => void,
    private readonly maxBuffered: number,
  ) {
    this.nextPosition = Math.max(1, fromPosition);
  }

  push(events: StoredEvent[]): void {
    if (this.stopped) return;
    if (this.live.length + events.length > this.maxBuffered) {
      this.live = [];
      this.catchingUp = true;
      this.overflowed = true;
    } else {
      for (const e of events) this.live.push(e);
    }
    this.pump();
  }

  pump(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    void this.run().finally(() => {
      this.pumping = false;
      if (!this.stopped && (this.catchingUp || this.live.length > 0)) this.pump();
    });
  }

  private async deliver(e: StoredEvent): Promise<void> {
    if (e.position < this.nextPosition) return;
    await this.handler(e);
    this.nextPosition = e.position + 1;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        if (this.catchingUp) {
          this.overflowed = false;
          const page = await this.readAll(this.nextPosition, PAGE);
          for (const e of page) {
            if (this.stopped) return;
            await this.deliver(e);
          }
          if (page.length < PAGE && !this.overflowed) this.catchingUp = false;
        } else if (this.live.length > 0) {
          const e = this.live.shift()!;
          await this.deliver(e);
        } else {
          return;
        }
      }
    } catch (err) {
      if (this.stopped) return; // unsubscribed or store closing: a read cut short is not an error
      this.stopped = true;
      this.live = [];
      this.onError(err);
    }
  }
}

export class SubscriptionHub {
  private readonly subscribers = new Set<Subscriber>();

  constructor(
    private readonly readAll: (from: number, limit: number) => Promise<StoredEvent[]>,
    private readonly logger: EventStoreLogger,
    private readonly maxBuffered: number,
  ) {}

  get active(): boolean {
    return this.subscribers.size > 0;
  }

  subscribe(fromPosition: number, handler: EventHandler, options?: SubscribeOptions): () => void {
    const onError =
      options?.onError ?? ((err: unknown) => this.logger.warn(`event-store: subscription stopped: ${String(err)}`));
    const sub = new Subscriber(fromPosition, handler, this.readAll, (err) => {
      this.subscribers.delete(sub);
      onError(err);
    }, this.maxBuffered);
    // Registered before the first read, so every later commit reaches it live or through a page.
    this.subscribers.add(sub);
    sub.pump();
    return () => {
      sub.stopped = true;
      this.subscribers.delete(sub);
    };
  }

  /** Called after each commit with its events in position order. */
  publish(events: StoredEvent[]): void {
    for (const s of this.subscribers) s.push(events);
  }

  closeAll(): void {
    for (const s of this.subscribers) s.stopped = true;
    this.subscribers.clear();
  }
}
