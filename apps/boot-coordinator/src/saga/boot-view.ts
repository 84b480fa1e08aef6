import { errnoName } from '@pkvm/errno';
import { fold } from '@pkvm/boot-saga';
import type { BootSagaEvent, SagaState } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import type { BootHistory } from './boot-history.repository';

/** The saga's outcome on the wire. */
export function wireOutcome(s: SagaState): pkvm.v1.IBootOutcome {
  const o = s.outcome;
  if (!o) return { status: pkvm.v1.BootStatus.BOOT_STATUS_RUNNING };
  if (o.status === 'PROTECTED') return { status: pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED };
  return { status: pkvm.v1.BootStatus.BOOT_STATUS_FAILED, failedStep: o.step, errno: o.errno, errnoName: errnoName(o.errno), compensated: [...o.compensated] };
}

/** One boot's summary for GetBoot / ListBoots. */
export function bootSummary(h: BootHistory): pkvm.v1.IBootSummary {
  const s = fold(h.events);
  const first = h.events[0];
  const last = h.events[h.events.length - 1];
  const inFlight = s.compensation?.status === 'in-flight' ? s.compensation.id : (s.inFlight ?? '');
  return {
    bootId: h.bootId,
    platform: s.platform?.name ?? '',
    executor: h.requestMeta.executor ?? '',
    outcome: wireOutcome(s),
    startedAtMs: first?.at ?? 0,
    finishedAtMs: s.phase === 'terminal' ? (last?.at ?? 0) : 0,
    events: h.events.length,
    inFlight,
  };
}

/** Stored events from `fromVersion` (1-based) on. */
export function wireEvents(events: readonly BootSagaEvent[], fromVersion: number): pkvm.v1.ISagaEvent[] {
  const from = Math.max(1, fromVersion);
  return events.slice(from - 1).map((e, i) => ({ version: from + i, type: e.type, json: Buffer.from(JSON.stringify(e), 'utf8') }));
}
