import { isErrno } from '@pkvm/errno';
import { PKVM_HOST_MEM_PROT } from '@pkvm/pgtable';
import { pkvm } from '@pkvm/proto';
import { loadShippedPlatform } from '@pkvm/platform';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { Machine } from './machine';
import { applyCall, applyMachineEvent, encodeMachineEvent, MachineEventType } from './machine-event';
import { stateHash } from './state-hash';

const SMMU = 0x0905_0000;
const RAM = 0x4000_0000;
const POOL = RAM + 0x300_0000;

/** Runs calls through applyCall and keeps the log a store would hold. */
function recorder(m: Machine) {
  const log: { type: string; payload: Uint8Array }[] = [];
  const call = (type: MachineEventType, req: object) => {
    const r = applyCall(m, type, req as never);
    log.push({ type, payload: encodeMachineEvent(type, req) });
    return r;
  };
  return { log, call };
}

function booted() {
  const m = new Machine(loadShippedPlatform('small'));
  const { log, call } = recorder(m);
  call('MmioWrite', { pa: SMMU + SmmuReg.GBPA, width: 4, lo: (GBPA.ABORT | GBPA.UPDATE) >>> 0, hi: 0 });
  call('InitIommu', { poolBase: POOL, poolSize: 0x40_0000 });
  call('SnapshotHostStage2', {
    leaves: [
      { start: 0, end: RAM, state: pkvm.v1.LeafState.LEAF_STATE_EMPTY, isMemory: false },
      { start: RAM, end: POOL, state: pkvm.v1.LeafState.LEAF_STATE_EMPTY, isMemory: true },
      { start: POOL, end: RAM + 0x400_0000, state: pkvm.v1.LeafState.LEAF_STATE_ANNOTATED, isMemory: true },
    ],
  });
  return { m, log, call };
}

describe('Machine (in process)', () => {
  it('an enabled device reaches idmapped RAM and faults on an unmapped page', () => {
    const { m, call } = booted();
    call('EnableDev', { smmu: 0, sid: 1 });
    const w = call('Dma', { smmu: 0, sid: 1, iova: RAM + 0x1000, length: 4, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE, data: Uint8Array.of(1, 2, 3, 4) }) as { ok: boolean };
    expect(w.ok).toBe(true);
    expect([...m.readMem(RAM + 0x1000, 4)]).toEqual([1, 2, 3, 4]);
    const f = call('Dma', { smmu: 0, sid: 1, iova: POOL, length: 4, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_READ }) as { ok: boolean; fault: { reason: string } };
    expect(f.ok).toBe(false);
    expect(f.fault.reason).toBe('F_TRANSLATION');
  });

  it('replaying the log reaches the same state hash', () => {
    const { m, log, call } = booted();
    call('EnableDev', { smmu: 0, sid: 8 });
    call('HostStage2Idmap', { start: RAM + 0x10_0000, end: RAM + 0x10_1000, kvmProt: 0 });
    call('Dma', { smmu: 0, sid: 8, iova: RAM, length: 8, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_READ });
    const again = new Machine(loadShippedPlatform('small'));
    for (const e of log) applyMachineEvent(again, e.type, e.payload);
    expect(stateHash(again)).toEqual(stateHash(m));
    call('HostStage2Idmap', { start: RAM + 0x10_0000, end: RAM + 0x10_1000, kvmProt: PKVM_HOST_MEM_PROT });
    expect(stateHash(again).hash).not.toBe(stateHash(m).hash);
  });

  it('refuses init while GBPA is not ABORT, changing nothing', () => {
    const m = new Machine(loadShippedPlatform('small'));
    const before = stateHash(m).hash;
    let err: unknown;
    try {
      m.initIommu(POOL, 0x40_0000, []);
    } catch (e) {
      err = e;
    }
    expect(isErrno(err, 'EINVAL')).toBe(true);
    expect(stateHash(m).hash).toBe(before);
  });
});
