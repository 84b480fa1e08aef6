import fc from 'fast-check';
import { KernelError } from '@pkvm/errno';
import { loadShippedPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { Machine } from './machine';
import { applyCall, applyMachineEvent, changesState, encodeMachineEvent, MachineEventType } from './machine-event';
import { stateHash } from './state-hash';

const RAM = 0x4000_0000;
const POOL = 0x4380_0000;
const SMMU = 0x0905_0000;
const RUNS = process.env.PKVM_SOAK ? 300 : 40;

/** Calls over a few pages and SIDs so that they collide: maps, unmaps, enables, DMAs, register and RAM writes. */
const call: fc.Arbitrary<[MachineEventType, object]> = fc.oneof(
  fc.record({ page: fc.integer({ min: 0, max: 40 }), n: fc.integer({ min: 1, max: 4 }), prot: fc.constantFrom(0, 7, 6, 4, 9) })
    .map(({ page, n, prot }) => ['HostStage2Idmap', { start: RAM + page * 0x1000, end: RAM + (page + n) * 0x1000, kvmProt: prot }] as [MachineEventType, object]),
  fc.record({ sid: fc.integer({ min: 0, max: 300 }), on: fc.boolean() })
    .map(({ sid, on }) => [on ? 'EnableDev' : 'DisableDev', { smmu: 0, sid }] as [MachineEventType, object]),
  fc.record({ sid: fc.integer({ min: 0, max: 3 }), page: fc.integer({ min: 0, max: 44 }), len: fc.integer({ min: 1, max: 9000 }), write: fc.boolean() })
    .map(({ sid, page, len, write }) => ['Dma', {
      smmu: 0, sid, iova: RAM + page * 0x1000 + 24, length: len,
      direction: write ? pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE : pkvm.v1.DmaDirection.DMA_DIRECTION_READ,
      data: write ? new Uint8Array(len).fill(page + 1) : undefined,
    }] as [MachineEventType, object]),
  fc.record({ off: fc.constantFrom(SmmuReg.CR0, SmmuReg.GBPA, SmmuReg.CR2, SmmuReg.EVTQ_BASE, 0x45), v: fc.integer({ min: 0, max: 0xff }) })
    .map(({ off, v }) => ['MmioWrite', { pa: SMMU + off, width: 4, lo: off === SmmuReg.EVTQ_BASE ? (RAM + 0x3f_0000) | 3 : v, hi: 0 }] as [MachineEventType, object]),
  fc.record({ page: fc.integer({ min: 0, max: 40 }), b: fc.uint8Array({ minLength: 0, maxLength: 64 }) })
    .map(({ page, b }) => ['MemWrite', { pa: RAM + page * 0x1000 + 4090, data: b }] as [MachineEventType, object]),
);

function boot(m: Machine, log: { type: string; payload: Uint8Array }[]): void {
  const steps: [MachineEventType, object][] = [
    ['MmioWrite', { pa: SMMU + SmmuReg.GBPA, width: 4, lo: (GBPA.ABORT | GBPA.UPDATE) >>> 0, hi: 0 }],
    ['InitIommu', { poolBase: POOL, poolSize: 0x40_0000 }],
    ['SnapshotHostStage2', { leaves: [{ start: RAM, end: POOL, state: pkvm.v1.LeafState.LEAF_STATE_EMPTY, isMemory: true }] }],
  ];
  for (const [type, req] of steps) {
    applyCall(m, type, req as never);
    log.push({ type, payload: encodeMachineEvent(type, req) });
  }
}

describe('machine replay (property)', () => {
  it('replaying the accepted calls reaches the same state hash; refused calls change nothing', () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 30 }), (calls) => {
        const live = new Machine(loadShippedPlatform('small'));
        const log: { type: string; payload: Uint8Array }[] = [];
        boot(live, log);
        for (const [type, req] of calls) {
          const before = stateHash(live).hash;
          let result: unknown;
          try {
            result = applyCall(live, type, req as never);
          } catch (e) {
            if (!(e instanceof KernelError)) throw e;
            expect(stateHash(live).hash).toBe(before);
            continue;
          }
          if (changesState(type, result)) log.push({ type, payload: encodeMachineEvent(type, req) });
          else expect(stateHash(live).hash).toBe(before);
        }
        const replayed = new Machine(loadShippedPlatform('small'));
        for (const e of log) applyMachineEvent(replayed, e.type, e.payload);
        expect(stateHash(replayed)).toEqual(stateHash(live));
      }),
      { numRuns: RUNS },
    );
  });
});
