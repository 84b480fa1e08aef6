import { pkvm } from '@pkvm/proto';
import { loadShippedPlatform } from '@pkvm/platform';
import { encodeSte, GBPA, SmmuReg, SteConfig, EMPTY_STE } from '@pkvm/smmuv3';
import { IsolationLedger } from './isolation-ledger';
import { Machine } from './machine';
import { applyCall, encodeMachineEvent, MachineEventType } from './machine-event';
import { dmaProbe, reachability } from './reachability';
import { stateHash } from './state-hash';

const SMMU = 0x0905_0000;
const RAM = 0x4000_0000;
const POOL = RAM + 0x300_0000;
const S = pkvm.v1.LeafState;

/** A machine whose calls also go to a ledger, as the store would feed it. */
function booted(poolSize = 0x40_0000) {
  const m = new Machine(loadShippedPlatform('small'));
  const ledger = new IsolationLedger(m.platform);
  let version = 0;
  const call = (type: MachineEventType, req: object) => {
    const r = applyCall(m, type, req as never);
    ledger.apply(++version, type, encodeMachineEvent(type, req));
    return r;
  };
  call('MmioWrite', { pa: SMMU + SmmuReg.GBPA, width: 4, lo: (GBPA.ABORT | GBPA.UPDATE) >>> 0, hi: 0 });
  call('InitIommu', { poolBase: POOL, poolSize });
  return { m, ledger, call };
}

const leaves = [
  { start: 0, end: SMMU, state: S.LEAF_STATE_EMPTY, isMemory: false },
  { start: SMMU, end: SMMU + 0x2_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: false },
  { start: SMMU + 0x2_0000, end: RAM, state: S.LEAF_STATE_EMPTY, isMemory: false },
  { start: RAM, end: POOL, state: S.LEAF_STATE_EMPTY, isMemory: true },
  { start: POOL, end: RAM + 0x400_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
];

describe('reachability (the oracle\'s walk, in process)', () => {
  it('before kvm_iommu_init the SMMU follows GBPA: bypass reaches everything, ABORT nothing', () => {
    const m = new Machine(loadShippedPlatform('small'));
    const r = reachability(m);
    expect(r.streams).toEqual([expect.objectContaining({ smmu: 0, sid: -1, mode: 'gbpa-bypass', ranges: [expect.objectContaining({ start: 0, end: 2 ** 48 })] })]);
    m.mmioWrite(SMMU + SmmuReg.GBPA, 4, (GBPA.ABORT | GBPA.UPDATE) >>> 0, 0);
    expect(reachability(m).streams).toEqual([]);
  });

  it('walks each enabled STE once per table; an STE written as bypass reaches everything', () => {
    const { m, call } = booted();
    call('SnapshotHostStage2', { leaves });
    call('EnableDev', { smmu: 0, sid: 1 });
    call('EnableDev', { smmu: 0, sid: 8 });
    const r = reachability(m);
    expect(r.walkerDisagreements).toBe(0);
    expect(r.smmus[0]).toMatchObject({ smmuen: true, streamsScanned: 256, streamsAttached: 2 });
    expect(r.streams.map((s) => [s.sid, s.identity, s.ranges === r.streams[0].ranges])).toEqual([[1, true, true], [8, true, true]]);
    expect(r.streams[0].ranges.some((x) => x.start < RAM + 0x400_0000 && x.end > POOL)).toBe(false);
    // A raw bypass STE for sid 3 (as a buggy driver would write it).
    const d = encodeSte({ ...EMPTY_STE, valid: true, config: SteConfig.BYPASS });
    const addr = m.steAddress(0, 3);
    d.forEach((w, i) => m.mem.write64(addr + 8 * i, w.lo >>> 0, w.hi >>> 0));
    const r2 = reachability(m);
    expect(r2.streams.find((s) => s.sid === 3)).toMatchObject({ mode: 'bypass', identity: false, ranges: [expect.objectContaining({ start: 0, end: 2 ** 48 })] });
  });

  it('the probe changes nothing: no IOTLB fill, no event, same state hash', () => {
    const { m, call } = booted();
    call('SnapshotHostStage2', { leaves });
    call('EnableDev', { smmu: 0, sid: 8 });
    const h = stateHash(m).hash;
    const out = dmaProbe(m, 0, 8, [RAM, POOL, SMMU, 0x5000_0000]);
    expect(out.map((o) => [o.read.ok, o.write.ok])).toEqual([[true, true], [false, false], [false, false], [false, false]]);
    expect(out[1].read).toEqual({ ok: false, reason: 'F_TRANSLATION' });
    expect(dmaProbe(m, 0, 9, [RAM])[0].read).toMatchObject({ ok: false, reason: 'C_BAD_STE' });
    expect(stateHash(m).hash).toBe(h);
    expect(m.smmus[0].iotlb.size).toBe(0);
  });

  it('the ledger records the idmap calls that ran out of pool pages, and a digest over what changes reach', () => {
    const { ledger, call } = booted(32 * 0x1000);
    call('SnapshotHostStage2', { leaves: [
      { start: RAM, end: RAM + 0x100_0000, state: S.LEAF_STATE_EMPTY, isMemory: true },
      { start: RAM + 0x100_0000, end: RAM + 0x300_0000, state: S.LEAF_STATE_ANNOTATED, isMemory: true },
    ] });
    const d0 = ledger.digest.value;
    call('Dma', { smmu: 0, sid: 1, iova: RAM, length: 4, direction: pkvm.v1.DmaDirection.DMA_DIRECTION_READ });
    expect(ledger.digest.value).toBe(d0); // a DMA read changes no mapping
    let failed = 0;
    for (let i = 0; i < 16 && !failed; i++) {
      const page = RAM + 0x100_0000 + i * 0x20_0000;
      const r = call('HostStage2Idmap', { start: page, end: page + 0x1000, kvmProt: 7 }) as { ret: number };
      if (r.ret) failed = page;
    }
    expect(failed).toBeGreaterThan(0);
    expect(ledger.failures).toEqual([expect.objectContaining({ call: 'HostStage2Idmap', start: failed, end: failed + 0x1000, ret: -12 })]);
    expect(ledger.digest.value).not.toBe(d0);
  });
});
