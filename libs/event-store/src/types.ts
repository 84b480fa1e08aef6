import type { NatsConnection } from '@nats-io/transport-node';

/** Event metadata: correlationId, causationId, requestId, ... (string values only; stored as JSON text). */
export type EventMetadata = Record<string, string>;

/** An event to append. `eventId` and `recordedAt` default to a fresh UUIDv7 (newEventId) and Date.now(). */
export interface NewEvent {
  type: string;
  /** Protobuf bytes. */
  payload: Uint8Array;
  metadata?: EventMetadata;
  /** Globally unique UUID (any version; defaults to newEventId(), a UUIDv7); stored lower-case. */
  eventId?: string;
  /** Milliseconds since the epoch (defaults to Date.now() at the call). */
  recordedAt?: number;
}

/** An event as stored. */
export interface StoredEvent {
  /** Global position: strictly increasing in commit order, starts at 1, may have gaps (PostgreSQL sequences). */
  position: number;
  eventId: string;
  streamId: string;
  /** 1 for the first event of a stream. */
  streamVersion: number;
  type: string;
  payload: Uint8Array;
  metadata: EventMetadata;
  recordedAt: number;
}

export interface AppendResult {
  firstPosition: number;
  lastPosition: number;
  /** The stream's version after the append: pass it as the next expectedVersion. */
  nextVersion: number;
}

/** One stream's share of an atomic commitWithReply. */
export interface StagedAppend {
  streamId: string;
  /** The stream's current version (0 = empty stream). */
  expectedVersion: number;
  events: NewEvent[];
  /** Metadata applied to every event of this append (an event's own metadata wins per key). */
  meta?: EventMetadata;
}

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema: string };

export interface NatsRelayConfig {
  connection: NatsConnection;
  /** JetStream stream name (no dots). Default 'PKVM'. */
  streamName?: string;
  /** '' in production; a unique token in tests. Subjects are `${prefix}.pkvm.events.<service>.<aggregate>`. */
  subjectPrefix?: string;
}

export interface EventStoreLogger {
  warn(message: string): void;
}

export interface EventStoreConfig {
  /** The owning service, e.g. 'iommu' (a NATS subject token). */
  service: string;
  database: DatabaseConfig;
  /** When absent, no outbox rows are written and nothing is published (tools, benchmarks). */
  nats?: NatsRelayConfig;
  /** Replies kept for the transport's dedupe window (newest N). Default 100_000. */
  replyRetention?: number;
  /** Most events flushed in one group-commit transaction. Default 5_000. */
  maxBatchEvents?: number;
  /** Stream versions cached in memory (single-writer fast path). Default 100_000. */
  versionCacheSize?: number;
  /** Live events buffered per slow subscriber before it goes back to reading pages. Default 10_000. */
  maxSubscriptionBuffer?: number;
  relay?: {
    /** Periodic outbox sweep. Default 5_000 ms. */
    sweepIntervalMs?: number;
    /** PubAck wait. Default 2_000 ms. */
    publishTimeoutMs?: number;
    /** Backoff on broker errors: first delay and cap. Defaults 100 ms and 5_000 ms. */
    minBackoffMs?: number;
    maxBackoffMs?: number;
    /** Outbox rows read per round. Default 256. */
    batchSize?: number;
    /** JetStream duplicate window. Default 120_000 ms. */
    duplicateWindowMs?: number;
  };
  /** Where relay and subscription problems are reported. Default: console. */
  logger?: EventStoreLogger;
}
