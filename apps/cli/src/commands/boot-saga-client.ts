import { InvalidArgumentError } from 'commander';
import { ERRNO, KernelError } from '@pkvm/errno';
import { HISTORY_FORMAT, HISTORY_FORMAT_VERSION, isStepId, isSubStepId, SERVICE_NAMES, SUB_STEP_IDS, validateEvent } from '@pkvm/boot-saga';
import type { BootSagaEvent, Faults, ServiceName } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import type { HypercallClient } from '@pkvm/transport';

/** An errno as a name (ENOMEM), a negative number (-12) or a positive one (12); returned negative. */
export function parseErrno(text: string): number {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) {
    const n = Math.abs(Number(t));
    if (n > 0 && n < 4096) return -n;
  } else if (t.toUpperCase() in ERRNO) return -ERRNO[t.toUpperCase() as keyof typeof ERRNO];
  throw new InvalidArgumentError(`not an errno: ${text} (a name like ENOMEM, or a number like -12)`);
}

/** `--fail STEP:ERRNO` (S4:ENOMEM) or `--fail SUBSTEP:ERRNO` (g2:iommu_pool_init:-12). */
export function parseFail(text: string): NonNullable<Faults['failStep']> {
  const cut = text.lastIndexOf(':');
  if (cut <= 0) throw new InvalidArgumentError(`expected STEP:ERRNO, e.g. S4:ENOMEM or g2:iommu_pool_init:ENOMEM, got ${text}`);
  const target = text.slice(0, cut);
  const errno = parseErrno(text.slice(cut + 1));
  if (isStepId(target)) return { step: target, errno };
  if (isSubStepId(target)) return { subStep: target, errno };
  throw new InvalidArgumentError(`unknown step or sub-step ${target} (steps S0..S6; sub-steps as in the timeline, e.g. g2:iommu_pool_init)`);
}

/**
 * `--crash SERVICE@STEP[:SUBSTEP]` (boot-coordinator@S4, iommu@kvm_iommu_remove_driver, hypervisor@S4:g3.4 or
 * hypervisor@S4:g3.4:smmu_init_pgt: a sub-step by its id or the id's part before the colon).
 */
export function parseCrash(text: string): NonNullable<Faults['crash']> {
  const [service, where, ...rest] = text.split('@');
  if (!service || !where || rest.length) throw new InvalidArgumentError(`expected SERVICE@STEP[:SUBSTEP], e.g. boot-coordinator@S4 or hypervisor@S4:g3.4, got ${text}`);
  if (!(SERVICE_NAMES as readonly string[]).includes(service)) throw new InvalidArgumentError(`unknown service ${service} (${SERVICE_NAMES.join(', ')})`);
  const colon = where.indexOf(':');
  const atStep = colon < 0 ? where : where.slice(0, colon);
  if (!isStepId(atStep) && atStep !== 'kvm_iommu_remove_driver') throw new InvalidArgumentError(`unknown step ${atStep} (S0..S6 or kvm_iommu_remove_driver)`);
  if (colon < 0) return { service: service as ServiceName, atStep };
  const sub = where.slice(colon + 1);
  const subStep = SUB_STEP_IDS.find((id) => id === sub || id.split(':')[0] === sub);
  if (!subStep) throw new InvalidArgumentError(`unknown sub-step ${sub} (${SUB_STEP_IDS.join(', ')})`);
  return { service: service as ServiceName, atStep, subStep };
}

/** Faults as StartBootRequest.faults. */
export function faultsToWire(f: Faults): pkvm.v1.IBootFaults {
  const fail = f.failStep ? ('step' in f.failStep ? { step: f.failStep.step, errno: f.failStep.errno } : { subStep: f.failStep.subStep, errno: f.failStep.errno }) : undefined;
  return { ...(fail ? { fail } : {}), ...(f.crash ? { crash: { service: f.crash.service, atStep: f.crash.atStep, subStep: f.crash.subStep ?? '' } } : {}) };
}

/** GetBootResponse.events as saga events. */
export function eventsFromWire(events: readonly pkvm.v1.ISagaEvent[]): BootSagaEvent[] {
  return events.map((e) => JSON.parse(Buffer.from(e.json ?? new Uint8Array()).toString('utf8')) as BootSagaEvent);
}

/** A boot's whole history from the live coordinator. */
export async function fetchHistory(c: HypercallClient, bootId: string): Promise<{ boot: pkvm.v1.IBootSummary; events: BootSagaEvent[] }> {
  const r = await c.call<pkvm.v1.GetBootResponse>('BootSagaService.GetBoot', { bootId });
  return { boot: r.boot!, events: eventsFromWire(r.events) };
}

/**
 * An exported history read leniently: JSON, the envelope and every event's shape are checked (KernelError
 * EINVAL naming the field: unreadable input), but not that the events fold, so `verify` can report where an
 * altered history stops following the code instead of refusing it.
 */
export function parseHistoryLenient(json: string): BootSagaEvent[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    throw KernelError.of('EINVAL', `history: not valid JSON (${(e as Error).message})`);
  }
  const o = doc as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw KernelError.of('EINVAL', 'history: must be an object');
  if (o.format !== HISTORY_FORMAT) throw KernelError.of('EINVAL', `format: expected "${HISTORY_FORMAT}", got ${JSON.stringify(o.format)}`);
  if (o.version !== HISTORY_FORMAT_VERSION) throw KernelError.of('EINVAL', `version: expected ${HISTORY_FORMAT_VERSION}, got ${JSON.stringify(o.version)}`);
  if (!Array.isArray(o.events)) throw KernelError.of('EINVAL', 'events: must be an array');
  o.events.forEach((e, i) => validateEvent(e, `events[${i}]`));
  return o.events as BootSagaEvent[];
}

/** The outcome of a wire summary as plain JSON. */
export function outcomeJson(o: pkvm.v1.IBootOutcome | null | undefined): Record<string, unknown> {
  const status = pkvm.v1.BootStatus[o?.status ?? 0]?.replace('BOOT_STATUS_', '') ?? 'UNSPECIFIED';
  if (status !== 'FAILED') return { status };
  return { status, step: o!.failedStep, errno: o!.errno, errnoName: o!.errnoName, compensated: o!.compensated ?? [] };
}
