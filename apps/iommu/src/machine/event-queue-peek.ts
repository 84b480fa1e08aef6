import { decodeEvent, dword, EVENT_SIZE, EventRecord, getAddress, idr1EvtqShift, QUEUE, queueEmpty, queueIndex, queueInc, SmmuReg, SmmuV3Device } from '@pkvm/smmuv3';
import type { PhysicalMemory } from '@pkvm/phys-mem';

/** The records between EVTQ_CONS and EVTQ_PROD, read without consuming them (a dump must not write CONS). */
export function peekEventQueue(d: SmmuV3Device, mem: PhysicalMemory): { events: EventRecord[]; overflowed: boolean } {
  const base = getAddress(dword(d.read32(SmmuReg.EVTQ_BASE), d.read32(SmmuReg.EVTQ_BASE + 4)), 51, 5);
  const log2 = Math.min(d.read32(SmmuReg.EVTQ_BASE) & 0x1f, idr1EvtqShift(d.read32(SmmuReg.IDR1)));
  const prod = d.read32(SmmuReg.EVTQ_PROD);
  let cons = d.read32(SmmuReg.EVTQ_CONS);
  const events: EventRecord[] = [];
  while (!queueEmpty(prod, cons, log2) && events.length < 1 << log2) {
    const a = base + queueIndex(cons, log2) * EVENT_SIZE;
    events.push(decodeEvent([0, 1, 2, 3].map((i) => dword(mem.read64Lo(a + 8 * i), mem.read64Hi(a + 8 * i)))));
    cons = queueInc(cons, log2);
  }
  return { events, overflowed: ((prod ^ cons) & QUEUE.OVERFLOW_FLAG) !== 0 };
}
