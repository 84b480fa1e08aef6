import { isErrno } from '@pkvm/errno';
import { exportHistory, importHistory, simulateBoot } from './index';
import { QEMU_VIRT } from './test-platforms';

const h = simulateBoot({ bootId: 'j1', platform: QEMU_VIRT, faults: { failStep: { subStep: 'h:hyp_ffa_init', errno: -5 }, crash: { service: 'iommu', atStep: 'S4' } } }).history;

function rejects(json: string, field: RegExp): void {
  let err: unknown;
  try {
    importHistory(json);
  } catch (e) {
    err = e;
  }
  expect(isErrno(err, 'EINVAL')).toBe(true);
  expect((err as Error).message).toMatch(field);
}

const mutate = (f: (doc: any) => void): string => {
  const doc = JSON.parse(exportHistory(h));
  f(doc);
  return JSON.stringify(doc);
};

describe('exportHistory / importHistory', () => {
  it('round-trips', () => {
    expect(importHistory(exportHistory(h))).toEqual(h);
  });

  it.each([
    ['not JSON', '{"format": ', /^history: not valid JSON/],
    ['not an object', '[1,2]', /^history: must be an object/],
    ['wrong format tag', mutate((d) => (d.format = 'other')), /^format: expected/],
    ['wrong version', mutate((d) => (d.version = 2)), /^version: expected 1/],
    ['unknown top-level field', mutate((d) => (d.extra = 1)), /^extra: unknown field/],
    ['events not an array', mutate((d) => (d.events = {})), /^events: must be an array/],
    ['unknown event type', mutate((d) => (d.events[2].type = 'StepExploded')), /^events\[2\]\.type: unknown event type "StepExploded"/],
    ['unknown step', mutate((d) => (d.events[1].step = 'S9')), /^events\[1\]\.step: unknown step "S9"/],
    ['missing idempotency key', mutate((d) => delete d.events[1].idempotencyKey), /^events\[1\]\.idempotencyKey: must be a string/],
    ['attempt 0', mutate((d) => (d.events[1].attempt = 0)), /^events\[1\]\.attempt: must be >= 1/],
    ['positive errno', mutate((d) => (d.events[d.events.length - 1].errno = 5)), /\.errno: must be <= -1/],
    ['time not a number', mutate((d) => (d.events[3].at = '12')), /^events\[3\]\.at: must be an integer/],
    ['extra event field', mutate((d) => (d.events[1].colour = 'red')), /^events\[1\]\.colour: unknown field/],
    ['bad platform', mutate((d) => (d.events[0].platform.ram[0].size = 100)), /^events\[0\]\.platform\.ram\[0\]\.size: must be >= 4096/],
    ['bad fault', mutate((d) => (d.events[0].faults.crash.service = 'kernel')), /^events\[0\]\.faults\.crash\.service: unknown service "kernel"/],
    ['bad result value', mutate((d) => (d.events[2].result = { x: { y: 1 } })), /^events\[2\]\.result\.x: must be a number/],
    ['EL2 sub-steps out of order (case 7)', mutate((d) => {
      const i = d.events.findIndex((e: any) => e.subStep === 'f:fix_host_ownership');
      [d.events[i], d.events[i + 1]] = [d.events[i + 1], d.events[i]];
    }), /^events\[\d+\] \(SubStepReported\): sub-step f:fix_host_ownership reported after g1:iommu_ops_check/],
    ['out of order (fold check)', mutate((d) => d.events.splice(1, 1)), /^events\[1\] \(StepSucceeded\): step S0 is not in flight/],
  ])('rejects %s with the field named', (_name, json, field) => rejects(json, field));
});
