import { decodeEvent, EVENT_SIZE, EventRecord } from '../event-record';
import { dword, getAddress } from '../dword';
import { idr1EvtqShift, QUEUE, SmmuReg } from '../smmu-registers';
import { queueEmpty, queueIndex, queueInc } from './queue-pointer';
import type { SmmuMemory } from './smmu-memory';

/** The register side of an SMMU a driver reads the event queue through. */
export interface SmmuRegisterAccess {
  read32(offset: number): number;
  write32(offset: number, value: number): void;
}

export interface DrainedEvents {
  readonly events: EventRecord[];
  /** PROD.OVFLG differed from CONS.OVACKFLG: records were lost. */
  readonly overflowed: boolean;
}

/**
 * The host driver's side of the event queue (arm_smmu_evtq_thread): read records from CONS to PROD out of
 * memory, advance CONS, and acknowledge an overflow by copying PROD.OVFLG into CONS.OVACKFLG.
 */
export function drainEventQueue(regs: SmmuRegisterAccess, mem: SmmuMemory): DrainedEvents {
  const baseLo = regs.read32(SmmuReg.EVTQ_BASE);
  const baseHi = regs.read32(SmmuReg.EVTQ_BASE + 4);
  const log2 = Math.min(baseLo & 0x1f, idr1EvtqShift(regs.read32(SmmuReg.IDR1)));
  const base = getAddress(dword(baseLo, baseHi), 51, 5);
  const prod = regs.read32(SmmuReg.EVTQ_PROD);
  let cons = regs.read32(SmmuReg.EVTQ_CONS);
  const overflowed = ((prod ^ cons) & QUEUE.OVERFLOW_FLAG) !== 0;
  const events: EventRecord[] = [];
  while (!queueEmpty(prod, cons, log2)) {
    const addr = base + queueIndex(cons, log2) * EVENT_SIZE;
    const d = [0, 1, 2, 3].map((i) => dword(mem.read64Lo(addr + 8 * i), mem.read64Hi(addr + 8 * i)));
    events.push(decodeEvent(d));
    cons = queueInc(cons, log2);
  }
  cons = ((cons & ~QUEUE.OVERFLOW_FLAG) | (prod & QUEUE.OVERFLOW_FLAG)) >>> 0;
  regs.write32(SmmuReg.EVTQ_CONS, cons);
  return { events, overflowed };
}
