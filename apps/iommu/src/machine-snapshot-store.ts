import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import type { EventStore } from '@pkvm/event-store';
import type { Platform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { decodeImage, encodeImage, Machine, MachineImage, restoreImage } from './machine';

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);
/** Bytes of deflated image per event: well inside an event's limit (MAX_EVENT_PAYLOAD) and a NATS message. */
const CHUNK = 512 * 1024;
export const SNAPSHOT_EVENT = 'MachineSnapshot';

/**
 * Snapshots of the machine on their own stream `machine-snapshot:<platform>`: each is `total` consecutive
 * MachineSnapshotChunk events appended at once, holding the deflated image at one machine-stream version.
 * An optimisation only: a snapshot that is missing, torn or does not restore to its hash is ignored.
 */
export class MachineSnapshotStore {
  private version = 0;
  /** Machine-stream version of the newest snapshot written or restored (0: none). */
  lastSnapshot = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly store: EventStore, readonly streamId: string, private readonly warn: (m: string) => void) {}

  /** The newest snapshot as a machine and the machine-stream version it reflects, or undefined. */
  async loadLatest(platform: Platform): Promise<{ machine: Machine; version: number } | undefined> {
    this.version = await this.store.streamVersion(this.streamId);
    if (this.version === 0) return undefined;
    try {
      const [last] = await this.store.readStream(this.streamId, this.version, 1);
      const tail = pkvm.v1.MachineSnapshotChunk.decode(last.payload);
      const first = this.version - tail.index;
      const events = await this.store.readStream(this.streamId, first, tail.total);
      const chunks = events.map((e) => pkvm.v1.MachineSnapshotChunk.decode(e.payload));
      if (chunks.length !== tail.total || chunks.some((c, i) => c.index !== i || c.version !== tail.version || c.hash !== tail.hash)) {
        throw new Error(`snapshot at v${tail.version} is torn`);
      }
      const image = decodeImage(await inflateAsync(Buffer.concat(chunks.map((c) => c.data))));
      if (image.hash !== tail.hash) throw new Error('snapshot hash mismatch');
      const machine = restoreImage(platform, image);
      this.lastSnapshot = Number(tail.version);
      return { machine, version: this.lastSnapshot };
    } catch (e) {
      this.warn(`${this.streamId}: snapshot not used (${(e as Error).message}); replaying the whole log`);
      return undefined;
    }
  }

  /** Writes `image` (taken at machine-stream `version`) in the background, one snapshot at a time. */
  save(version: number, image: MachineImage): void {
    this.chain = this.chain.then(() => this.write(version, image)).catch((e: Error) => this.warn(`${this.streamId}: snapshot at v${version} not written (${e.message})`));
  }

  /** Resolves when every snapshot handed to save() was written or given up. */
  idle(): Promise<void> {
    return this.chain;
  }

  private async write(version: number, image: MachineImage): Promise<void> {
    const bytes = await deflateAsync(encodeImage(image));
    const total = Math.max(1, Math.ceil(bytes.length / CHUNK));
    const events = Array.from({ length: total }, (_, index) => ({
      type: SNAPSHOT_EVENT,
      payload: pkvm.v1.MachineSnapshotChunk.encode({ version, hash: image.hash, index, total, data: bytes.subarray(index * CHUNK, (index + 1) * CHUNK) }).finish(),
    }));
    try {
      this.version = (await this.store.append(this.streamId, this.version, events)).nextVersion;
      this.lastSnapshot = version;
    } catch (e) {
      this.version = await this.store.streamVersion(this.streamId); // someone else wrote: the next one will fit
      throw e;
    }
  }
}
