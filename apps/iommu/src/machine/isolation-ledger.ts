import { ERRNO } from '@pkvm/errno';
import { RunningDigest, type EnomemFailure } from '@pkvm/isolation-oracle';
import type { Platform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { Machine } from './machine';
import { applyCall, applyMachineEvent } from './machine-event';
import type { El2Result } from './machine-types';

/** The whole IOVA space: a failed snapshot leaves the idmap uninitialised, so anything may be missing. */
const ALL = 2 ** 48;

/**
 * A follower of the machine stream, kept for the isolation oracle (it never touches the service's machine):
 * it replays each event on its own Machine to learn what the log does not hold, the errno of each idmap
 * call, and keeps
 * - the pool-ENOMEM record: every HostStage2Idmap map that returned -ENOMEM (the pool ran out, the map
 *   stopped at the first failure) and a SnapshotHostStage2 that did;
 * - a running digest over every event that can change what a device reaches (all but DMA reads), so that an
 *   oracle run after every step can skip its walk when nothing changed.
 */
export class IsolationLedger {
  private readonly machine: Machine;
  readonly digest = new RunningDigest();
  readonly failures: (EnomemFailure & { version: number })[] = [];
  version = 0;

  constructor(platform: Platform) {
    this.machine = new Machine(platform);
  }

  /** Applies the stored event at `version` (the next one). A refusal cannot be in the log; it is rethrown. */
  apply(version: number, type: string, payload: Uint8Array): void {
    const m = this.machine;
    if (type === 'HostStage2Idmap') {
      const q = pkvm.v1.HostStage2IdmapRequest.decode(payload);
      const r = applyCall(m, 'HostStage2Idmap', q as never) as El2Result;
      if (r.ret === -ERRNO.ENOMEM) this.failures.push({ call: 'HostStage2Idmap', start: Number(q.start), end: Number(q.end), ret: r.ret, version });
    } else if (type === 'SnapshotHostStage2') {
      const q = pkvm.v1.SnapshotHostStage2Request.decode(payload);
      const r = applyCall(m, 'SnapshotHostStage2', q as never) as El2Result;
      if (r.ret === -ERRNO.ENOMEM) this.failures.push({ call: 'SnapshotHostStage2', start: 0, end: ALL, ret: r.ret, version });
    } else {
      applyMachineEvent(m, type, payload);
    }
    const dmaRead = type === 'Dma' && pkvm.v1.DmaRequest.decode(payload).direction === pkvm.v1.DmaDirection.DMA_DIRECTION_READ;
    if (!dmaRead) this.digest.update(type, Buffer.from(payload).toString('base64'));
    this.version = version;
  }
}
