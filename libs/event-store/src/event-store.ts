import type { DataSource } from 'typeorm';
import { KernelError } from '@pkvm/errno';
import { EventRow, parseMetadata, StoreBackend } from './backend';
import { openDataSource } from './data-source';
import { newEventId } from './event-id';
import { GroupCommitter, PreparedAppend, WorkItem } from './group-commit';
import { OutboxRelay } from './outbox-relay';
import { PostgresBackend } from './postgres-backend';
import { SqliteBackend } from './sqlite-backend';
import { checkHeaderText, checkStreamId, checkSubjectToken } from './stream-id';
import { EventHandler, SubscribeOptions, SubscriptionHub } from './subscriptions';
import type {
  AppendResult,
  EventMetadata,
  EventStoreConfig,
  EventStoreLogger,
  NewEvent,
  StagedAppend,
  StoredEvent,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DEFAULT_READ_LIMIT = 1_000;
const MAX_REQUEST_ID = 255;
const MAX_TYPE = 255;
/** Largest event payload: it must fit a NATS message (default max_payload 1 MiB) with its headers. */
export const MAX_EVENT_PAYLOAD = 1024 * 1024 - 64 * 1024;

const consoleLogger: EventStoreLogger = { warn: (m) => console.warn(m) };

/**
 * A service's event store: an append-only event log with optimistic concurrency per stream, the
 * transport's durable reply (dedupe) window, and an outbox relayed to JetStream.
 *
 * Versions: a stream's version is the number of events in it; 0 = empty stream; its first event has
 * version 1. `expectedVersion` is the version the caller last saw; anything else is a
 * StreamVersionConflictError (errno EAGAIN) and nothing is written.
 *
 * Positions: global, start at 1, strictly increasing in commit order (gaps possible on PostgreSQL).
 * `fromPosition` / `fromVersion` arguments are inclusive, so 0 and 1 both mean "from the start" and a
 * checkpoint `p` resumes with `p + 1`.
 */
export class EventStore {
  private closing = false;
  private closed = false;
  private readonly inFlightReplies = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly ds: DataSource,
    private readonly backend: StoreBackend,
    private readonly committer: GroupCommitter,
    private readonly hub: SubscriptionHub,
    private readonly relay: OutboxRelay | undefined,
    readonly service: string,
    /** The migrations this open ran (empty when the schema was already current). */
    readonly migrationsRun: readonly string[],
  ) {}

  /** Opens (creating and migrating as needed) the service's store. */
  static async open(config: EventStoreConfig): Promise<EventStore> {
    checkSubjectToken('service', config.service);
    const prefix = config.nats?.subjectPrefix ?? '';
    if (prefix !== '') for (const t of prefix.split('.')) checkSubjectToken('subject prefix token', t);
    const streamName = config.nats?.streamName ?? 'PKVM';
    if (config.nats) checkSubjectToken('stream name', streamName);
    const logger = config.logger ?? consoleLogger;
    const retention = config.replyRetention ?? 100_000;
    if (!(Number.isInteger(retention) && retention >= 1)) throw KernelError.of('EINVAL', 'replyRetention must be a positive integer');

    const { dataSource, migrationsRun } = await openDataSource(config.database);
    try {
      const backend: StoreBackend =
        config.database.kind === 'sqlite'
          ? new SqliteBackend(dataSource, retention)
          : await PostgresBackend.create(dataSource, retention);
      const owner = await backend.getMeta('service');
      if (owner === undefined) await backend.setMeta('service', config.service);
      else if (owner !== config.service) {
        throw KernelError.of('EINVAL', `this event store belongs to service ${owner}, not ${config.service}`);
      }
      const relay = config.nats
        ? new OutboxRelay(backend, {
            connection: config.nats.connection,
            streamName,
            subjectPrefix: prefix,
            service: config.service,
            sweepIntervalMs: config.relay?.sweepIntervalMs ?? 5_000,
            publishTimeoutMs: config.relay?.publishTimeoutMs ?? 2_000,
            minBackoffMs: config.relay?.minBackoffMs ?? 100,
            maxBackoffMs: config.relay?.maxBackoffMs ?? 5_000,
            batchSize: config.relay?.batchSize ?? 256,
            duplicateWindowMs: config.relay?.duplicateWindowMs ?? 120_000,
            logger,
          })
        : undefined;
      const hub = new SubscriptionHub((from, limit) => backend.readAll(from, limit), logger, config.maxSubscriptionBuffer ?? 10_000);
      const onCommitted = (rows: EventRow[], positions: number[]) => {
        if (hub.active) {
          hub.publish(
            rows.map((r, i) => ({
              position: positions[i],
              eventId: r.eventId,
              streamId: r.streamId,
              streamVersion: r.streamVersion,
              type: r.type,
              payload: new Uint8Array(r.payload.buffer, r.payload.byteOffset, r.payload.byteLength),
              metadata: parseMetadata(r.metadata),
              recordedAt: r.recordedAt,
            })),
          );
        }
        relay?.kick();
      };
      const committer = new GroupCommitter(
        backend,
        relay !== undefined,
        config.maxBatchEvents ?? 5_000,
        config.versionCacheSize ?? 100_000,
        onCommitted,
      );
      const store = new EventStore(dataSource, backend, committer, hub, relay, config.service, migrationsRun);
      relay?.kick(); // rows left by a previous run
      return store;
    } catch (e) {
      await dataSource.destroy().catch(() => undefined);
      throw e;
    }
  }

  /**
   * Appends `events` to `streamId` if its current version is `expectedVersion` (0 = empty stream).
   * `meta` (correlationId, causationId, requestId, ...) is merged into every event's metadata.
   * Rejects with StreamVersionConflictError on a mismatch, writing nothing.
   */
  async append(streamId: string, expectedVersion: number, events: NewEvent[], meta?: EventMetadata): Promise<AppendResult> {
    this.checkOpen();
    const prepared = prepareAppend({ streamId, expectedVersion, events, meta });
    if (prepared.events.length === 0) throw KernelError.of('EINVAL', 'append needs at least one event');
    const positions = await this.submit([prepared], undefined);
    return {
      firstPosition: positions[0],
      lastPosition: positions[positions.length - 1],
      nextVersion: expectedVersion + prepared.events.length,
    };
  }

  /**
   * The transport's unit of work, in ONE transaction: every staged append (each with its own
   * expected-version check), their outbox rows, and `reply` recorded under `requestId` (when given).
   * On a version conflict nothing at all is written and StreamVersionConflictError is thrown.
   */
  async commitWithReply(
    requestId: string | undefined,
    reply: Uint8Array,
    appends: StagedAppend[],
  ): Promise<void> {
    this.checkOpen();
    if (requestId !== undefined && (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > MAX_REQUEST_ID)) {
      throw KernelError.of('EINVAL', `request id must be 1..${MAX_REQUEST_ID} characters`);
    }
    if (!(reply instanceof Uint8Array)) throw KernelError.of('EINVAL', 'reply must be bytes');
    const prepared = appends.map(prepareAppend);
    const replyRow = requestId === undefined ? undefined : { requestId, reply: Buffer.from(reply), recordedAt: Date.now() };
    if (requestId === undefined) {
      await this.submit(prepared, undefined);
      return;
    }
    const p = this.submit(prepared, replyRow);
    this.inFlightReplies.set(requestId, p);
    try {
      await p;
    } finally {
      if (this.inFlightReplies.get(requestId) === p) this.inFlightReplies.delete(requestId);
    }
  }

  /** The reply recorded for `requestId`, if it is still in the dedupe window (waits for one being committed). */
  async findReply(requestId: string): Promise<Uint8Array | undefined> {
    this.checkOpen();
    const pending = this.inFlightReplies.get(requestId);
    if (pending) await pending.catch(() => undefined);
    return this.backend.findReply(requestId);
  }

  /** Events of `streamId` with version >= fromVersion (default 1), in version order. */
  async readStream(streamId: string, fromVersion = 1, limit = Number.MAX_SAFE_INTEGER): Promise<StoredEvent[]> {
    this.checkOpen();
    return this.backend.readStream(streamId, fromVersion, limit);
  }

  /** Up to `limit` (default 1000) events with position >= fromPosition, in position order. */
  async readAll(fromPosition: number, limit = DEFAULT_READ_LIMIT): Promise<StoredEvent[]> {
    this.checkOpen();
    return this.backend.readAll(fromPosition, limit);
  }

  /**
   * Delivers every event with position >= fromPosition, in order, without gaps or duplicates: first from the
   * database, then live as they are committed. The handler is awaited (one event at a time). If it throws,
   * the subscription stops and `options.onError` is called. Returns the function that unsubscribes.
   * Live events are those committed through this EventStore (the service is its store's single writer).
   */
  subscribe(fromPosition: number, onEvent: EventHandler, options?: SubscribeOptions): () => void {
    this.checkOpen();
    return this.hub.subscribe(fromPosition, onEvent, options);
  }

  /** The highest committed position (0 when the store is empty). */
  async currentPosition(): Promise<number> {
    this.checkOpen();
    return this.backend.currentPosition();
  }

  /** The stream's current version (0 when empty). */
  async streamVersion(streamId: string): Promise<number> {
    this.checkOpen();
    return this.backend.streamVersion(streamId);
  }

  /**
   * Forget the cached stream versions: call it when this instance becomes its service's writer (it gains the
   * writer lease), since another instance may have appended while this one stood by.
   */
  forgetCachedVersions(): void {
    this.committer.forgetVersions();
  }

  /** Health probe: a small write and read-back in a transaction. Never throws. */
  async isWritable(timeoutMs = 2_000): Promise<boolean> {
    if (this.closing) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.backend.probeWrite().then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Resolves when the outbox is empty (everything committed so far is in JetStream). Immediately when the
   * store has no NATS configuration. Waits through broker outages.
   */
  async relayIdle(): Promise<void> {
    this.checkOpen();
    if (!this.relay) return;
    for (;;) {
      await this.committer.drained();
      await this.relay.nextIdle();
      if (this.closing) return;
      if (!this.committer.busy && (await this.backend.outboxCount()) === 0) return;
    }
  }

  /** Rows waiting in the outbox. */
  async outboxSize(): Promise<number> {
    this.checkOpen();
    return this.backend.outboxCount();
  }

  /** Commits what is queued, stops the relay (rows not yet published stay in the outbox) and closes the database. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.committer.drained();
    this.hub.closeAll();
    await this.relay?.stop();
    this.closed = true;
    await this.ds.destroy();
  }

  private submit(appends: PreparedAppend[], reply: WorkItem['reply']): Promise<number[]> {
    return new Promise((resolve, reject) => this.committer.enqueue({ appends, reply, resolve, reject }));
  }

  private checkOpen(): void {
    if (this.closing || this.closed) throw KernelError.of('EIO', `event store of ${this.service} is closed`);
  }
}

function prepareAppend(a: StagedAppend): PreparedAppend {
  checkStreamId(a.streamId);
  if (!Number.isSafeInteger(a.expectedVersion) || a.expectedVersion < 0) {
    throw KernelError.of('EINVAL', `expected version must be an integer >= 0 (0 = empty stream), got ${a.expectedVersion}`);
  }
  if (!Array.isArray(a.events)) throw KernelError.of('EINVAL', 'events must be an array');
  const now = Date.now();
  return {
    streamId: a.streamId,
    expectedVersion: a.expectedVersion,
    events: a.events.map((e) => {
      checkHeaderText('event type', e.type, MAX_TYPE);
      if (!(e.payload instanceof Uint8Array)) throw KernelError.of('EINVAL', `event ${e.type}: payload must be bytes`);
      if (e.payload.byteLength > MAX_EVENT_PAYLOAD) {
        throw KernelError.of('E2BIG', `event ${e.type}: payload of ${e.payload.byteLength} bytes exceeds ${MAX_EVENT_PAYLOAD}`);
      }
      let eventId: string;
      if (e.eventId === undefined) eventId = newEventId(now);
      else {
        eventId = e.eventId.toLowerCase();
        if (!UUID.test(eventId)) throw KernelError.of('EINVAL', `event id ${JSON.stringify(e.eventId)} is not a UUID`);
      }
      const recordedAt = e.recordedAt ?? now;
      if (!Number.isSafeInteger(recordedAt)) throw KernelError.of('EINVAL', 'recordedAt must be integer milliseconds');
      const md = a.meta && e.metadata ? { ...a.meta, ...e.metadata } : (e.metadata ?? a.meta);
      return {
        eventId,
        type: e.type,
        payload: Buffer.from(e.payload), // a copy: the caller may reuse its buffer before the flush
        metadata: md ? JSON.stringify(md) : '{}',
        recordedAt,
      };
    }),
  };
}
