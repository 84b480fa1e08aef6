/**
 * @pkvm/event-store: each service's event store (TypeORM over SQLite or PostgreSQL) with the transport's
 * durable reply window and a transactional outbox relayed to JetStream.
 *
 * Conventions
 * - Stream ids are `<aggregate>:<id>` (e.g. `smmu:0`); the aggregate is a subject token and names the subject
 *   `[<prefix>.]pkvm.events.<service>.<aggregate>`.
 * - Versions: 0 = empty stream, first event = version 1; `expectedVersion` is the current version; a mismatch
 *   is StreamVersionConflictError (a KernelError, errno EAGAIN) and nothing is written.
 * - Positions start at 1 and increase in commit order; `fromPosition` / `fromVersion` are inclusive.
 * - Event ids are UUIDs (default UUIDv7 from newEventId()); JetStream messages carry Nats-Msg-Id = event id.
 * - The database is the source of truth: outbox rows are written in the event's transaction and deleted after
 *   the PubAck; the stream's duplicate window (2 min) absorbs re-publishes after a crash.
 */
export { EventStore, MAX_EVENT_PAYLOAD } from './event-store';
export { StreamVersionConflictError, isStreamVersionConflict } from '@pkvm/errno';
export { aggregateOf, eventSubject } from './stream-id';
export { newEventId } from './event-id';
export { databaseConfigFor } from './database-config';
export { EVENT_HEADERS } from './outbox-relay';
export type { EventHandler, SubscribeOptions } from './subscriptions';
export type {
  AppendResult,
  DatabaseConfig,
  EventMetadata,
  EventStoreConfig,
  EventStoreLogger,
  NatsRelayConfig,
  NewEvent,
  StagedAppend,
  StoredEvent,
} from './types';
