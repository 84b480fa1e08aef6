import { pkvm } from '@pkvm/proto';
import { eventTypeName, EventRecord } from '@pkvm/smmuv3';
import type { DmaOutcome, IdmapInfo } from './machine';

/** Machine results to pkvm.v1 response shapes (the controllers stay thin). */

export function wireEvent(e: EventRecord): pkvm.v1.ISmmuEvent {
  return {
    type: e.type, typeName: eventTypeName(e.type), sid: e.sid, rnw: e.rnw, s2: e.s2, eventClass: e.eventClass,
    inputAddr: e.inputAddr, ipa: e.ipa, fetchAddr: e.fetchAddr,
  };
}

export function wireDma(r: DmaOutcome): pkvm.v1.IDmaResponse {
  const f = r.fault;
  return {
    ok: r.ok,
    data: r.data ?? new Uint8Array(0),
    completed: r.completed,
    fault: f && { reason: f.reason, address: f.address, recorded: f.recorded, event: f.event && wireEvent(f.event) },
  };
}

export function wireIdmap(i: IdmapInfo | undefined): pkvm.v1.IIdmapConfig | undefined {
  return i && { ...i };
}
