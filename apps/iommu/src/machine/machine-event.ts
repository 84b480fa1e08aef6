import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import type { Machine } from './machine';
import type { DmaDir, SnapshotLeaf } from './machine-types';

/**
 * The events of the machine stream: each records one ACCEPTED state-changing call, its type the call's name
 * and its payload the call's request message (the decision and its arguments, never descriptors).
 */
export const MachineEventType = {
  INIT_IOMMU: 'InitIommu',
  SNAPSHOT_HOST_STAGE2: 'SnapshotHostStage2',
  HOST_STAGE2_IDMAP: 'HostStage2Idmap',
  ENABLE_DEV: 'EnableDev',
  DISABLE_DEV: 'DisableDev',
  MMIO_WRITE: 'MmioWrite',
  MEM_WRITE: 'MemWrite',
  DMA: 'Dma',
  SET_HOST_ACCESS: 'SetHostAccess',
} as const;
export type MachineEventType = (typeof MachineEventType)[keyof typeof MachineEventType];

interface Codec {
  encode(m: never): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
}

/** The request message each event type carries. */
const PAYLOADS: Record<MachineEventType, Codec> = {
  InitIommu: pkvm.v1.InitIommuRequest,
  SnapshotHostStage2: pkvm.v1.SnapshotHostStage2Request,
  HostStage2Idmap: pkvm.v1.HostStage2IdmapRequest,
  EnableDev: pkvm.v1.EnableDevRequest,
  DisableDev: pkvm.v1.DisableDevRequest,
  MmioWrite: pkvm.v1.WriteRequest,
  MemWrite: pkvm.v1.WriteMemRequest,
  Dma: pkvm.v1.DmaRequest,
  SetHostAccess: pkvm.v1.SetHostAccessRequest,
};

export function encodeMachineEvent(type: MachineEventType, request: object): Uint8Array {
  return PAYLOADS[type].encode(request as never).finish();
}

const LEAF_STATES: Record<number, SnapshotLeaf['state']> = {
  [pkvm.v1.LeafState.LEAF_STATE_MAPPED]: 'mapped',
  [pkvm.v1.LeafState.LEAF_STATE_ANNOTATED]: 'annotated',
  [pkvm.v1.LeafState.LEAF_STATE_EMPTY]: 'empty',
};

/** Wire leaves to machine leaves; EINVAL for an unspecified state. */
export function snapshotLeaves(req: pkvm.v1.ISnapshotHostStage2Request): SnapshotLeaf[] {
  return (req.leaves ?? []).map((l, i) => {
    const state = LEAF_STATES[l.state ?? 0];
    if (!state) throw KernelError.of('EINVAL', `leaves[${i}].state ${l.state ?? 0} is not a LeafState`);
    return { start: Number(l.start ?? 0), end: Number(l.end ?? 0), state, kvmProt: l.kvmProt ?? 0, isMemory: !!l.isMemory };
  });
}

/** DmaDirection to the device model's direction; EINVAL when unspecified. */
export function dmaDirection(d: pkvm.v1.DmaDirection | null | undefined): DmaDir {
  if (d === pkvm.v1.DmaDirection.DMA_DIRECTION_READ) return 'read';
  if (d === pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE) return 'write';
  throw KernelError.of('EINVAL', `DMA direction ${d ?? 0} is neither READ nor WRITE`);
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * The one place a call meets the machine: the controllers call it live, replay calls it with the decoded
 * event payload. Returns the machine's result; throws a KernelError when the call is refused.
 */
export function applyCall(m: Machine, type: MachineEventType, r: never): unknown {
  switch (type) {
    case 'InitIommu': {
      const q = r as pkvm.v1.IInitIommuRequest;
      const tables = (q.smmus ?? []).map((t) => ({
        cmdqBase: n(t.cmdqBase), cmdqLog2Entries: n(t.cmdqLog2Entries), strtabBase: n(t.strtabBase),
        strtabTwoLevel: !!t.strtabTwoLevel, strtabLog2Size: n(t.strtabLog2Size),
      }));
      return m.initIommu(n(q.poolBase), n(q.poolSize), tables);
    }
    case 'SnapshotHostStage2':
      return m.snapshotHostStage2(snapshotLeaves(r));
    case 'HostStage2Idmap': {
      const q = r as pkvm.v1.IHostStage2IdmapRequest;
      return m.hostStage2Idmap(n(q.start), n(q.end), n(q.kvmProt));
    }
    case 'EnableDev': {
      const q = r as pkvm.v1.IEnableDevRequest;
      return m.enableDev(n(q.smmu), n(q.sid));
    }
    case 'DisableDev': {
      const q = r as pkvm.v1.IDisableDevRequest;
      return m.disableDev(n(q.smmu), n(q.sid));
    }
    case 'MmioWrite': {
      const q = r as pkvm.v1.IWriteRequest;
      return m.mmioWrite(n(q.pa), n(q.width), n(q.lo), n(q.hi));
    }
    case 'MemWrite': {
      const q = r as pkvm.v1.IWriteMemRequest;
      return m.writeMem(n(q.pa), q.data ?? new Uint8Array(0));
    }
    case 'Dma': {
      const q = r as pkvm.v1.IDmaRequest;
      return m.dma(n(q.smmu), n(q.sid), n(q.iova), n(q.length), dmaDirection(q.direction), q.data ?? undefined);
    }
    case 'SetHostAccess': {
      const q = r as pkvm.v1.ISetHostAccessRequest;
      return m.setHostAccess(n(q.start), n(q.end), n(q.prot));
    }
  }
}

/**
 * Whether an accepted call changed state and so is recorded (an idmap call before the snapshot is not, nor
 * a SetHostAccess that left every permission as it was).
 */
export function changesState(type: MachineEventType, result: unknown): boolean {
  if (type === 'SetHostAccess') return (result as { changed: boolean }).changed;
  return !(type === 'HostStage2Idmap' && (result as { ignored?: boolean }).ignored);
}

/** Replays one stored event through the same path the live call took. Throws when it is not one of ours. */
export function applyMachineEvent(m: Machine, type: string, payload: Uint8Array): void {
  const codec = PAYLOADS[type as MachineEventType];
  if (!codec) throw new Error(`machine stream: unknown event type ${type}`);
  applyCall(m, type as MachineEventType, codec.decode(payload) as never);
}
