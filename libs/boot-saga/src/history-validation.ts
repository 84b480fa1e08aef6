import { KernelError } from '@pkvm/errno';
import { EVENT_TYPES } from './events';
import type { BootSagaEvent, Faults } from './events';
import type { PlatformSummary } from './platform-summary';
import {
  isCompensationId,
  isServiceName,
  isStepId,
  isSubStepId,
  stepDefinition,
  subStepDefinition,
} from './saga-definition';

type Obj = Record<string, unknown>;

function invalid(field: string, reason: string): never {
  throw KernelError.of('EINVAL', `${field}: ${reason}`);
}

function object(v: unknown, field: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) invalid(field, 'must be an object');
  return v as Obj;
}

function onlyKeys(o: Obj, field: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) invalid(`${field}.${k}`, 'unknown field');
}

function str(o: Obj, key: string, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
  const v = o[key];
  if (v === undefined && opts.optional) return;
  if (typeof v !== 'string') invalid(`${field}.${key}`, 'must be a string');
  if (opts.nonEmpty !== false && v.length === 0) invalid(`${field}.${key}`, 'must not be empty');
}

function int(o: Obj, key: string, field: string, opts: { min?: number; max?: number; optional?: boolean } = {}): void {
  const v = o[key];
  if (v === undefined && opts.optional) return;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) invalid(`${field}.${key}`, 'must be an integer');
  if (opts.min !== undefined && v < opts.min) invalid(`${field}.${key}`, `must be >= ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) invalid(`${field}.${key}`, `must be <= ${opts.max}`);
}

function bool(o: Obj, key: string, field: string, optional = false): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'boolean') invalid(`${field}.${key}`, 'must be a boolean');
}

function errno(o: Obj, key: string, field: string, optional = false): void {
  int(o, key, field, { max: -1, min: -4095, optional }); // kernel errnos are negative, MAX_ERRNO 4095
}

function oneOf(o: Obj, key: string, field: string, test: (v: unknown) => boolean, what: string, optional = false): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (!test(v)) invalid(`${field}.${key}`, `unknown ${what} ${JSON.stringify(v)}`);
}

function flatRecord(o: Obj, key: string, field: string): void {
  const r = object(o[key], `${field}.${key}`);
  for (const [k, v] of Object.entries(r)) {
    if (v !== null && !['number', 'string', 'boolean'].includes(typeof v)) invalid(`${field}.${key}.${k}`, 'must be a number, string, boolean or null');
  }
}

/** Check a platform summary; throws KernelError EINVAL naming the field. */
export function validatePlatformSummary(v: unknown, field: string): asserts v is PlatformSummary {
  const o = object(v, field);
  onlyKeys(o, field, ['name', 'cpus', 'ram', 'smmus', 'nvheDebug']);
  str(o, 'name', field);
  int(o, 'cpus', field, { min: 1, max: 4096 });
  bool(o, 'nvheDebug', field, true);
  if (!Array.isArray(o.ram) || o.ram.length === 0) invalid(`${field}.ram`, 'must be a non-empty array');
  o.ram.forEach((b, i) => {
    const f = `${field}.ram[${i}]`;
    const bank = object(b, f);
    onlyKeys(bank, f, ['base', 'size']);
    int(bank, 'base', f, { min: 0 });
    int(bank, 'size', f, { min: 4096 });
    if ((bank.size as number) % 4096 !== 0) invalid(`${f}.size`, 'must be page-aligned');
  });
  if (!Array.isArray(o.smmus)) invalid(`${field}.smmus`, 'must be an array');
  o.smmus.forEach((m, i) => {
    const f = `${field}.smmus[${i}]`;
    const smmu = object(m, f);
    onlyKeys(smmu, f, ['id', 'probeOk', 'mmioPageAligned', 'supports4k']);
    str(smmu, 'id', f);
    bool(smmu, 'probeOk', f);
    bool(smmu, 'mmioPageAligned', f);
    bool(smmu, 'supports4k', f);
  });
}

/** Check injected faults; throws KernelError EINVAL naming the field. */
export function validateFaults(v: unknown, field: string): asserts v is Faults {
  const o = object(v, field);
  onlyKeys(o, field, ['failStep', 'crash']);
  if (o.failStep !== undefined) {
    const f = `${field}.failStep`;
    const fs = object(o.failStep, f);
    errno(fs, 'errno', f);
    if ('step' in fs && 'subStep' in fs) invalid(f, 'give step or subStep, not both');
    if ('step' in fs) {
      onlyKeys(fs, f, ['step', 'errno']);
      oneOf(fs, 'step', f, isStepId, 'step');
      if (stepDefinition(fs.step as never).onFailure === 'cannot-fail') invalid(`${f}.step`, `${stepDefinition(fs.step as never).kernelFunction} returns void and cannot fail`);
    } else if ('subStep' in fs) {
      onlyKeys(fs, f, ['subStep', 'errno']);
      oneOf(fs, 'subStep', f, isSubStepId, 'sub-step');
      if (!subStepDefinition(fs.subStep as never).failable) invalid(`${f}.subStep`, `${fs.subStep as string} cannot fail`);
    } else invalid(`${f}.step`, 'missing (or subStep)');
  }
  if (o.crash !== undefined) {
    const f = `${field}.crash`;
    const c = object(o.crash, f);
    onlyKeys(c, f, ['service', 'atStep', 'subStep']);
    oneOf(c, 'service', f, isServiceName, 'service');
    oneOf(c, 'atStep', f, (x) => isStepId(x) || isCompensationId(x), 'step');
    oneOf(c, 'subStep', f, isSubStepId, 'sub-step', true);
    if (c.subStep !== undefined) {
      const def = subStepDefinition(c.subStep as never);
      if (def.step !== c.atStep) invalid(`${f}.subStep`, `${def.id} is a sub-step of ${def.step}, not of ${c.atStep as string}`);
      if (!def.crashable.includes(c.service as never))
        invalid(`${f}.subStep`, `${c.service as string} does not act at ${def.id}${def.crashable.length ? ` (${def.crashable.join(' and ')} do)` : ''}`);
      // an errno would stop the walk before (or at) the crash point: a sub-step crash is injected on its own
      if (o.failStep !== undefined) invalid(`${f}.subStep`, 'a sub-step crash cannot be combined with failStep');
    }
  }
}

const ENVELOPE = ['type', 'eventId', 'correlationId', 'at'];

/** Check one event's shape; throws KernelError EINVAL naming the field (e.g. `events[3].step`). */
export function validateEvent(v: unknown, field: string): asserts v is BootSagaEvent {
  const o = object(v, field);
  if (!EVENT_TYPES.includes(o.type as never)) invalid(`${field}.type`, `unknown event type ${JSON.stringify(o.type)}`);
  str(o, 'eventId', field);
  str(o, 'correlationId', field);
  int(o, 'at', field, { min: 0 });
  const keys = (...k: string[]): void => onlyKeys(o, field, [...ENVELOPE, ...k]);
  switch (o.type as BootSagaEvent['type']) {
    case 'BootRequested':
      keys('bootId', 'platform', 'faults');
      str(o, 'bootId', field);
      validatePlatformSummary(o.platform, `${field}.platform`);
      if (o.faults !== undefined) validateFaults(o.faults, `${field}.faults`);
      return;
    case 'StepStarted':
      keys('step', 'attempt', 'idempotencyKey');
      oneOf(o, 'step', field, isStepId, 'step');
      int(o, 'attempt', field, { min: 1 });
      str(o, 'idempotencyKey', field);
      return;
    case 'StepSucceeded':
      keys('step', 'idempotencyKey', 'result');
      oneOf(o, 'step', field, isStepId, 'step');
      str(o, 'idempotencyKey', field);
      flatRecord(o, 'result', field);
      return;
    case 'StepFailed':
      keys('step', 'idempotencyKey', 'errno', 'message');
      oneOf(o, 'step', field, isStepId, 'step');
      str(o, 'idempotencyKey', field);
      errno(o, 'errno', field);
      str(o, 'message', field, { nonEmpty: false });
      return;
    case 'SubStepReported':
      keys('step', 'subStep', 'ok', 'errno', 'detail');
      oneOf(o, 'step', field, isStepId, 'step');
      oneOf(o, 'subStep', field, isSubStepId, 'sub-step');
      bool(o, 'ok', field);
      errno(o, 'errno', field, true);
      if (o.ok === false && o.errno === undefined) invalid(`${field}.errno`, 'required when ok is false');
      str(o, 'detail', field, { optional: true, nonEmpty: false });
      return;
    case 'CompensationStarted':
      keys('compensation', 'forStep', 'idempotencyKey');
      oneOf(o, 'compensation', field, isCompensationId, 'compensation');
      oneOf(o, 'forStep', field, isStepId, 'step');
      str(o, 'idempotencyKey', field);
      return;
    case 'CompensationDone':
      keys('compensation', 'idempotencyKey', 'result');
      oneOf(o, 'compensation', field, isCompensationId, 'compensation');
      str(o, 'idempotencyKey', field);
      flatRecord(o, 'result', field);
      return;
    case 'ProcessCrashed':
      keys('service', 'during');
      oneOf(o, 'service', field, isServiceName, 'service');
      oneOf(o, 'during', field, (x) => isStepId(x) || isCompensationId(x), 'step', true);
      return;
    case 'ProcessResumed':
      keys('service');
      oneOf(o, 'service', field, isServiceName, 'service');
      return;
    case 'BootSucceeded':
      keys();
      return;
    case 'BootFailed':
      keys('step', 'errno', 'compensated');
      oneOf(o, 'step', field, isStepId, 'step');
      errno(o, 'errno', field);
      if (!Array.isArray(o.compensated)) invalid(`${field}.compensated`, 'must be an array');
      o.compensated.forEach((c, i) => {
        if (!isCompensationId(c)) invalid(`${field}.compensated[${i}]`, `unknown compensation ${JSON.stringify(c)}`);
      });
      return;
  }
}
