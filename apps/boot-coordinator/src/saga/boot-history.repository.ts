import { fold } from '@pkvm/boot-saga';
import type { BootSagaEvent, EventBody, SagaState } from '@pkvm/boot-saga';
import { newEventId } from '@pkvm/event-store';
import type { EventMetadata, EventStore } from '@pkvm/event-store';
import { bootIdOfStream, bootStreamId, decodeSagaEvent, encodeSagaEvent } from './saga-event-codec';

/** A boot's history as read from the store. */
export interface BootHistory {
  readonly bootId: string;
  readonly events: readonly BootSagaEvent[];
  /** The stream version (= events.length): the next append's expectedVersion. */
  readonly version: number;
  /** Metadata of BootRequested (executor, requestId). */
  readonly requestMeta: EventMetadata;
}

const SCAN_PAGE = 1_000;

/**
 * The boot histories in the coordinator's event store (streams `boot:<bootId>`). Stamps each new event with
 * its envelope: a UUIDv7 event id (the store row's id too), the wall clock, the correlation id.
 */
export class BootHistoryRepository {
  /** Boot ids in order of their first event, found by scanning the store up to `scannedTo`. */
  private readonly bootIds: string[] = [];
  private readonly known = new Set<string>();
  private scannedTo = 0;

  constructor(private readonly store: EventStore, private readonly clock: () => number = Date.now) {}

  async read(bootId: string): Promise<BootHistory> {
    const rows = await this.store.readStream(bootStreamId(bootId));
    return { bootId, events: rows.map(decodeSagaEvent), version: rows.length, requestMeta: rows[0]?.metadata ?? {} };
  }

  async exists(bootId: string): Promise<boolean> {
    return (await this.store.streamVersion(bootStreamId(bootId))) > 0;
  }

  /** Every boot id in the store, oldest first (an incremental scan of the global log). */
  async list(): Promise<string[]> {
    for (;;) {
      const page = await this.store.readAll(this.scannedTo + 1, SCAN_PAGE);
      for (const row of page) {
        const id = bootIdOfStream(row.streamId);
        if (id !== undefined && !this.known.has(id)) {
          this.known.add(id);
          this.bootIds.push(id);
        }
        this.scannedTo = row.position;
      }
      if (page.length < SCAN_PAGE) return [...this.bootIds];
    }
  }

  /** Appends complete events as they are (imports): their own ids stay in the JSON, the rows get new UUIDs. */
  async appendRecorded(bootId: string, expectedVersion: number, events: readonly BootSagaEvent[], meta: EventMetadata = {}): Promise<number> {
    const r = await this.store.append(bootStreamId(bootId), expectedVersion, events.map((e) => encodeSagaEvent(e, meta)));
    return r.nextVersion;
  }

  /** Gives `bodies` their envelope: a UUIDv7 event id (the store row's id too), the wall clock, the correlation id. */
  stamp(bodies: readonly EventBody[], correlationId: string): BootSagaEvent[] {
    const at = this.clock();
    return bodies.map((body) => {
      const { type, ...rest } = body;
      return { type, eventId: newEventId(at), correlationId, at, ...rest } as BootSagaEvent;
    });
  }

  /** Appends stamped events at `expectedVersion` in one transaction (a conflict writes nothing). */
  async appendStamped(bootId: string, expectedVersion: number, events: readonly BootSagaEvent[], meta: EventMetadata = {}): Promise<void> {
    await this.store.append(bootStreamId(bootId), expectedVersion, events.map((e) => encodeSagaEvent(e, meta, e.eventId)));
  }

  /** Stamps `bodies` and appends them at `expectedVersion`; returns the stamped events. */
  async append(bootId: string, expectedVersion: number, bodies: readonly EventBody[], correlationId: string, meta: EventMetadata = {}): Promise<BootSagaEvent[]> {
    const events = this.stamp(bodies, correlationId);
    await this.appendStamped(bootId, expectedVersion, events, meta);
    return events;
  }

  /** The folded state of a stored history. */
  static stateOf(h: BootHistory): SagaState {
    return fold(h.events);
  }
}
