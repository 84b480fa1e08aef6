import { isErrno, KernelError } from '@pkvm/errno';
import { PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT } from '@pkvm/pgtable';
import { loadShippedPlatform } from '@pkvm/platform';
import { GBPA, SmmuReg } from '@pkvm/smmuv3';
import { HostAccessMap, HostStage2FaultError, protText } from './host-access';
import { Machine } from './machine';
import { decodeImage, encodeImage } from './machine-image-codec';
import { applyCall, applyMachineEvent, changesState, encodeMachineEvent, MachineEventType } from './machine-event';
import { captureImage, restoreImage } from './machine-snapshot';
import { stateHash } from './state-hash';

const SMMU = 0x0905_0000; // small.json: one SMMU, 128 KiB of registers
const RAM = 0x4000_0000; // small.json: 64 MiB
const RAM_END = RAM + 0x400_0000;
const HYP = RAM + 0x300_0000; // stands for the carve-out in these specs
const PAGE = 0x1000;

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('accepted');
}

/** Runs calls as the service does (refusals are not recorded; a call that changes nothing is not either). */
function recorder(m: Machine) {
  const log: { type: string; payload: Uint8Array }[] = [];
  const call = (type: MachineEventType, req: object) => {
    const r = applyCall(m, type, req as never);
    if (changesState(type, r)) log.push({ type, payload: encodeMachineEvent(type, req) });
    return r;
  };
  return { log, call };
}

/** The hypervisor's initial push for small.json: host RAM RWX but the carve-out, the SMMU frames donated. */
function pushInitialMap(call: (t: MachineEventType, r: object) => unknown): void {
  call('SetHostAccess', { start: 0, end: SMMU, prot: PKVM_HOST_MMIO_PROT });
  call('SetHostAccess', { start: SMMU, end: SMMU + 0x2_0000, prot: 0 });
  call('SetHostAccess', { start: SMMU + 0x2_0000, end: RAM, prot: PKVM_HOST_MMIO_PROT });
  call('SetHostAccess', { start: RAM, end: HYP, prot: PKVM_HOST_MEM_PROT });
  call('SetHostAccess', { start: HYP, end: RAM_END, prot: 0 });
}

describe('HostAccessMap', () => {
  const p = loadShippedPlatform('small');

  it('allows everything before the first push, then checks R for reads and W for writes per page', () => {
    const a = new HostAccessMap(p.ram, p.smmus);
    expect(a.enforcing).toBe(false);
    expect(a.check(HYP, 8, true, 'mem')).toBeNull();
    expect(a.runs()).toEqual([]);
    expect(a.digest()).toBeNull();
    expect(a.set(HYP, HYP + 2 * PAGE, 0)).toEqual({ pages: 2, changed: true });
    expect(a.enforcing).toBe(true);
    // pages not pushed yet keep the host stage-2 fault-in defaults
    expect(a.protAt(RAM)).toBe(PKVM_HOST_MEM_PROT);
    expect(a.protAt(SMMU)).toBe(PKVM_HOST_MMIO_PROT);
    // an access that starts on an allowed page and runs into a refused one faults at the first refused byte
    expect(a.check(HYP - 4, 8, true, 'mem')).toEqual({ addr: HYP, write: true, length: 8, area: 'mem', hostProt: 0 });
    expect(a.check(HYP + PAGE + 16, 4, false, 'mem')).toMatchObject({ addr: HYP + PAGE + 16, write: false });
    expect(a.check(HYP + 2 * PAGE, PAGE, true, 'mem')).toBeNull();
    // read-only: reads pass, writes fault
    a.set(RAM, RAM + PAGE, 4);
    expect(a.check(RAM, 4, false, 'mem')).toBeNull();
    expect(a.check(RAM, 4, true, 'mem')).toMatchObject({ hostProt: 4 });
    // the same permission again changes nothing; ranges outside RAM and SMMU frames are accepted, not stored
    expect(a.set(HYP, HYP + 2 * PAGE, 0)).toEqual({ pages: 2, changed: false });
    expect(a.set(0x1000_0000, 0x1100_0000, 0)).toEqual({ pages: 0, changed: false });
  });

  it('runs() and restore() round-trip, and the digest follows the bytes', () => {
    const a = new HostAccessMap(p.ram, p.smmus);
    a.set(SMMU, SMMU + 0x2_0000, 0);
    a.set(HYP, RAM_END, 0);
    expect(a.runs()).toEqual([
      [SMMU, SMMU + 0x2_0000, 0],
      [RAM, HYP, PKVM_HOST_MEM_PROT],
      [HYP, RAM_END, 0],
    ]);
    const b = new HostAccessMap(p.ram, p.smmus);
    b.restore(a.runs());
    expect(b.digest()).toBe(a.digest());
    b.set(RAM, RAM + PAGE, 0);
    expect(b.digest()).not.toBe(a.digest());
  });

  it('names the missing permission', () => {
    expect(protText(0)).toBe('none');
    expect(protText(PKVM_HOST_MEM_PROT)).toBe('rwx');
    const e = new HostStage2FaultError({ addr: HYP, write: true, length: 8, area: 'mem', hostProt: 0 });
    expect(e).toBeInstanceOf(KernelError);
    expect(isErrno(e, 'EFAULT')).toBe(true);
    expect(e.message).toBe(`host stage-2 fault: write of 8 byte(s) at 0x${HYP.toString(16)} (mem) needs W; the host's access to the page is none`);
  });
});

describe('Machine: host CPU accesses against the pushed map', () => {
  function machine() {
    const m = new Machine(loadShippedPlatform('small'));
    const r = recorder(m);
    r.call('MmioWrite', { pa: SMMU + SmmuReg.GBPA, width: 4, lo: (GBPA.ABORT | GBPA.UPDATE) >>> 0, hi: 0 });
    r.call('MemWrite', { pa: HYP, data: Uint8Array.of(1, 2, 3) }); // before the push: the host may write anywhere
    return { m, ...r };
  }

  it('refuses mem and mmio accesses without the permission with EFAULT, changing nothing', () => {
    const { m, call } = machine();
    pushInitialMap(call);
    const before = stateHash(m);
    for (const f of [
      () => m.writeMem(HYP + 8, Uint8Array.of(9)),
      () => m.readMem(HYP, 4),
      () => m.writeMem(HYP - 2, Uint8Array.of(9, 9, 9, 9)), // straddles into the carve-out: nothing written
      () => m.mmioWrite(SMMU + SmmuReg.GBPA, 4, 0, 0),
      () => m.mmioRead(SMMU + SmmuReg.CR0, 4),
    ]) {
      const e = caught(f);
      expect(e).toBeInstanceOf(HostStage2FaultError);
      expect(isErrno(e, 'EFAULT')).toBe(true);
    }
    expect(stateHash(m)).toEqual(before);
    expect([...m.mem.readBytes(HYP - 2, 5)]).toEqual([0, 0, 1, 2, 3]);
    expect((caught(() => m.mmioWrite(SMMU + SmmuReg.GBPA, 4, 0, 0)) as HostStage2FaultError).fault).toEqual({
      addr: SMMU + SmmuReg.GBPA, write: true, length: 4, area: 'mmio', hostProt: 0,
    });
    // argument errors still come first
    expect(isErrno(caught(() => m.mmioWrite(SMMU + 2, 4, 0, 0)), 'EINVAL')).toBe(true);
    // host RAM is still the host's
    expect(m.writeMem(RAM + PAGE, Uint8Array.of(7))).toBe(1);
  });

  it('a page given back (SetHostAccess RWX) is writable again; refused SetHostAccess arguments are EINVAL', () => {
    const { m, call } = machine();
    pushInitialMap(call);
    call('SetHostAccess', { start: HYP, end: HYP + PAGE, prot: PKVM_HOST_MEM_PROT });
    expect(m.writeMem(HYP + 8, Uint8Array.of(5))).toBe(1);
    expect(isErrno(caught(() => m.writeMem(HYP + PAGE, Uint8Array.of(5))), 'EFAULT')).toBe(true);
    for (const [s, e, prot] of [[HYP + 1, HYP + PAGE, 0], [HYP, HYP, 0], [HYP, HYP + PAGE, 8], [HYP + PAGE, HYP, 0]]) {
      expect(isErrno(caught(() => m.setHostAccess(s, e, prot)), 'EINVAL')).toBe(true);
    }
  });

  it('replay of the log (SetHostAccess events included) reaches the same state hash; a no-op push is not recorded', () => {
    const { m, log, call } = machine();
    const noMap = stateHash(m).modelHash;
    pushInitialMap(call);
    expect(stateHash(m).modelHash).not.toBe(noMap); // the map is model state
    const n = log.length;
    call('SetHostAccess', { start: HYP, end: RAM_END, prot: 0 });
    expect(log.length).toBe(n);
    call('SetHostAccess', { start: HYP, end: HYP + PAGE, prot: PKVM_HOST_MEM_PROT });
    call('MemWrite', { pa: HYP, data: Uint8Array.of(4) });
    const again = new Machine(loadShippedPlatform('small'));
    for (const e of log) applyMachineEvent(again, e.type, e.payload);
    expect(stateHash(again)).toEqual(stateHash(m));
    expect(again.hostAccess.runs()).toEqual(m.hostAccess.runs());
  });

  it('a snapshot keeps the map (and a machine without one stays without)', () => {
    const { m, call } = machine();
    const bare = restoreImage(m.platform, decodeImage(encodeImage(captureImage(m)!)));
    expect(bare.hostAccess.enforcing).toBe(false);
    pushInitialMap(call);
    const r = restoreImage(m.platform, decodeImage(encodeImage(captureImage(m)!)));
    expect(stateHash(r)).toEqual(stateHash(m));
    expect(isErrno(caught(() => r.writeMem(HYP, Uint8Array.of(1))), 'EFAULT')).toBe(true);
  });
});
