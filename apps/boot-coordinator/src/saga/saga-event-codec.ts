import { validateEvent } from '@pkvm/boot-saga';
import type { BootSagaEvent } from '@pkvm/boot-saga';
import type { EventMetadata, NewEvent, StoredEvent } from '@pkvm/event-store';

/**
 * How a boot's history is stored: one event-store stream per boot, `boot:<bootId>`, whose events are the
 * libs/boot-saga events one to one. The store row's type is the saga event's type; its payload is the saga
 * event itself (envelope included) as UTF-8 JSON, the same object an exported history holds, so export,
 * import and replay need no second schema. Event ids of live events are the store's UUIDv7 ids.
 */
export const BOOT_STREAM_PREFIX = 'boot:';

export const bootStreamId = (bootId: string): string => `${BOOT_STREAM_PREFIX}${bootId}`;

export function bootIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith(BOOT_STREAM_PREFIX) ? streamId.slice(BOOT_STREAM_PREFIX.length) : undefined;
}

export function encodeSagaEvent(e: BootSagaEvent, metadata: EventMetadata = {}, storeEventId?: string): NewEvent {
  return {
    type: e.type,
    payload: Buffer.from(JSON.stringify(e), 'utf8'),
    metadata: { correlationId: e.correlationId, ...metadata },
    recordedAt: e.at,
    ...(storeEventId !== undefined ? { eventId: storeEventId } : {}),
  };
}

/** A stored row back to the saga event; a row that is not a valid saga event is a corrupt store (EINVAL). */
export function decodeSagaEvent(row: StoredEvent): BootSagaEvent {
  const v: unknown = JSON.parse(Buffer.from(row.payload).toString('utf8'));
  validateEvent(v, `${row.streamId}@${row.streamVersion}`);
  return v;
}
