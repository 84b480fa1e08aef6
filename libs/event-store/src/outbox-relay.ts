import { headers, nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  jetstream,
  jetstreamManager,
  JetStreamApiCodes,
  JetStreamApiError,
  StorageType,
  type JetStreamClient,
} from '@nats-io/jetstream';
import type { OutboxEntry, StoreBackend } from './backend';
import { eventSubject, subjectRoot } from './stream-id';
import type { EventStoreLogger } from './types';

export interface RelayOptions {
  connection: NatsConnection;
  streamName: string;
  subjectPrefix: string;
  service: string;
  sweepIntervalMs: number;
  publishTimeoutMs: number;
  minBackoffMs: number;
  maxBackoffMs: number;
  batchSize: number;
  duplicateWindowMs: number;
  logger: EventStoreLogger;
}

/** Headers beside Nats-Msg-Id on every published event. */
export const EVENT_HEADERS = {
  type: 'Pkvm-Event-Type',
  streamId: 'Pkvm-Stream-Id',
  streamVersion: 'Pkvm-Stream-Version',
  position: 'Pkvm-Position',
  recordedAt: 'Pkvm-Recorded-At',
  metadata: 'Pkvm-Metadata',
} as const;

/**
 * Publishes outbox rows to JetStream in position order, one PubAck at a time (a pipelined window could
 * reorder: a message lost with a dead socket, retried after a later one landed), with Nats-Msg-Id = event id
 * so a re-publish after a crash between PubAck and delete is dropped by the stream's duplicate window.
 * Rows are deleted only after their PubAck. Broker errors: exponential backoff, then retry from the first
 * row not yet acknowledged. Kicked after each commit and by a periodic sweep.
 */
export class OutboxRelay {
  private running = false;
  private kicked = false;
  private stopped = false;
  private js?: JetStreamClient;
  private ensured = false;
  private loopDone: Promise<void> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];
  private readonly sweep: NodeJS.Timeout;
  private wake?: () => void;
  private outage = false;
  /** The stream subjects this relay publishes under. */
  readonly subjects: string;

  constructor(private readonly backend: StoreBackend, private readonly o: RelayOptions) {
    this.subjects = `${subjectRoot(o.subjectPrefix)}.>`;
    this.sweep = setInterval(() => this.kick(), o.sweepIntervalMs);
    this.sweep.unref();
  }

  kick(): void {
    if (this.stopped) return;
    this.kicked = true;
    if (!this.running) {
      this.running = true;
      this.loopDone = this.loop().finally(() => {
        this.running = false;
      });
    }
  }

  /** Resolves the next time the relay finds the outbox empty. */
  nextIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.kick();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    this.wake?.();
    await this.loopDone;
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      try {
        await this.ensureStream();
        this.kicked = false;
        const rows = await this.backend.outboxPeek(this.o.batchSize);
        if (rows.length === 0) {
          for (const w of this.idleWaiters.splice(0)) w();
          if (this.kicked) continue;
          return;
        }
        await this.publishAll(rows);
        attempt = 0;
        if (this.outage) {
          this.outage = false;
          this.o.logger.warn(`event-store[${this.o.service}]: outbox relay publishing again`);
        }
      } catch (err) {
        if (this.stopped) return;
        if (isNoStream(err)) this.ensured = false;
        if (!this.outage) {
          this.outage = true;
          this.o.logger.warn(`event-store[${this.o.service}]: outbox relay cannot publish, retrying with backoff: ${String(err)}`);
        }
        await this.sleep(this.backoff(attempt++));
      }
    }
  }

  private async publishAll(rows: OutboxEntry[]): Promise<void> {
    const acked: number[] = [];
    try {
      for (const r of rows) {
        if (this.stopped) break;
        const h = headers();
        h.set(EVENT_HEADERS.type, r.type);
        h.set(EVENT_HEADERS.streamId, r.streamId);
        h.set(EVENT_HEADERS.streamVersion, String(r.streamVersion));
        h.set(EVENT_HEADERS.position, String(r.position));
        h.set(EVENT_HEADERS.recordedAt, String(r.recordedAt));
        if (r.metadata !== '{}') h.set(EVENT_HEADERS.metadata, r.metadata);
        await this.js!.publish(eventSubject(this.o.subjectPrefix, this.o.service, r.streamId), r.payload, {
          msgID: r.eventId,
          headers: h,
          timeout: this.o.publishTimeoutMs,
        });
        acked.push(r.position);
      }
    } finally {
      if (acked.length > 0) await this.backend.outboxDelete(acked);
    }
  }

  private async ensureStream(): Promise<void> {
    if (this.ensured && this.js) return;
    const nc = this.o.connection;
    const jsm = await jetstreamManager(nc, { timeout: this.o.publishTimeoutMs });
    const name = this.o.streamName;
    for (let tries = 0; ; tries++) {
      try {
        const info = await jsm.streams.info(name);
        const subjects = info.config.subjects ?? [];
        if (!subjects.includes(this.subjects)) {
          await jsm.streams.update(name, { ...info.config, subjects: [...subjects, this.subjects] });
        }
        break;
      } catch (err) {
        if (!isNoStream(err) || tries > 2) throw err;
        try {
          await jsm.streams.add({
            name,
            subjects: [this.subjects],
            storage: StorageType.File,
            duplicate_window: nanos(this.o.duplicateWindowMs),
          });
          break;
        } catch (addErr) {
          // Another service created it first: read it again.
          if (tries > 2) throw addErr;
        }
      }
    }
    this.js = jetstream(nc, { timeout: this.o.publishTimeoutMs });
    this.ensured = true;
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.o.maxBackoffMs, this.o.minBackoffMs * 2 ** Math.min(attempt, 20));
    return base / 2 + Math.random() * (base / 2);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(t);
        this.wake = undefined;
        resolve();
      };
    });
  }
}

function isNoStream(err: unknown): boolean {
  return (
    (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) ||
    // publish() reports "no responders" (no stream listens on the subject) as JetStreamNotEnabled
    (err instanceof Error && err.name === 'JetStreamNotEnabled')
  );
}
