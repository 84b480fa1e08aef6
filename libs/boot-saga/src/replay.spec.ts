import { KernelError } from '@pkvm/errno';
import { simulateBoot, verify, whatIf } from './index';
import type { BootSagaEvent } from './index';
import { NO_SMMU, QEMU_VIRT } from './test-platforms';

const clean = simulateBoot({ bootId: 'r1', platform: QEMU_VIRT }).history;
const failedS4 = simulateBoot({ bootId: 'r2', platform: QEMU_VIRT, faults: { failStep: { subStep: 'g4:iommu_snapshot', errno: -12 } } }).history;
const noDriver = simulateBoot({ bootId: 'r3', platform: NO_SMMU }).history;
const idx = (h: readonly BootSagaEvent[], p: (e: BootSagaEvent) => boolean) => h.findIndex(p);

describe('verify: the recorded history against the current decide()', () => {
  it.each([
    ['happy path', clean],
    ['S4 failure with compensation', failedS4],
    ['no driver', noDriver],
    ['coordinator crash at S4', simulateBoot({ bootId: 'r4', platform: QEMU_VIRT, faults: { crash: { service: 'boot-coordinator', atStep: 'S4' } } }).history],
  ])('passes on a simulator history: %s', (_n, h) => {
    expect(verify(h)).toEqual({ ok: true, events: h.length });
  });

  it('passes on an unfinished history (a boot still running)', () => {
    expect(verify(clean.slice(0, 7)).ok).toBe(true);
  });

  describe('negative controls: deliberately altered histories fail at the right index', () => {
    it('BootFailed that forgets the compensation', () => {
      const at = idx(failedS4, (e) => e.type === 'BootFailed');
      const altered = failedS4.map((e, i) => (i === at ? { ...e, compensated: [] } : e));
      const r = verify(altered);
      expect(r).toMatchObject({ ok: false, atIndex: at, expected: { kind: 'finish', outcome: { compensated: ['kvm_iommu_remove_driver'] } } });
    });

    it('old code that skipped the compensation (events removed): fails at BootFailed expecting compensate', () => {
      const altered = failedS4.filter((e) => e.type !== 'CompensationStarted' && e.type !== 'CompensationDone');
      const at = idx(altered, (e) => e.type === 'BootFailed');
      expect(verify(altered)).toMatchObject({ ok: false, atIndex: at, expected: { kind: 'compensate', compensation: 'kvm_iommu_remove_driver' } });
    });

    it('old code that sent __pkvm_init after -ENODEV (Android finalize_pkvm order)', () => {
      const failedAt = idx(noDriver, (e) => e.type === 'StepFailed');
      const inserted: BootSagaEvent = { type: 'StepStarted', step: 'S4', attempt: 1, idempotencyKey: 'r3:S4:1', eventId: 'x', correlationId: 'r3:S4:1', at: 99 };
      const altered = [...noDriver.slice(0, failedAt + 1), inserted, ...noDriver.slice(failedAt + 1)];
      expect(verify(altered)).toMatchObject({ ok: false, atIndex: failedAt + 1, expected: { kind: 'finish', outcome: { status: 'FAILED', step: 'S3', errno: -19 } }, actual: inserted });
    });

    it('a step started with a different key', () => {
      const at = idx(clean, (e) => e.type === 'StepStarted' && e.step === 'S2');
      const altered = clean.map((e, i) => (i === at ? { ...e, idempotencyKey: 'r1:S2:random' } : e));
      expect(verify(altered)).toMatchObject({ ok: false, atIndex: at, expected: { kind: 'send-step', step: 'S2', idempotencyKey: 'r1:S2:1' } });
    });

    it('steps swapped', () => {
      const a = idx(clean, (e) => e.type === 'StepStarted' && e.step === 'S2');
      const altered = [...clean];
      [altered[a], altered[a + 2]] = [altered[a + 2]!, altered[a]!]; // StepStarted S2 <-> StepStarted S3
      expect(verify(altered)).toMatchObject({ ok: false, atIndex: a, expected: { step: 'S2' } });
    });

    it('an observation that cannot follow (a result for a step not in flight)', () => {
      const at = idx(clean, (e) => e.type === 'StepSucceeded' && e.step === 'S1');
      const altered = clean.map((e, i) => (i === at ? { ...e, step: 'S2' as const } : e));
      const r = verify(altered);
      expect(r).toMatchObject({ ok: false, atIndex: at });
      expect(!r.ok && r.reason).toMatch(/step S2 is not in flight/);
    });
  });
});

describe('whatIf: the recorded prefix, then the pure simulator', () => {
  it('a clean boot with __pkvm_init failing -ETIMEDOUT compensates', () => {
    const w = whatIf(clean, 'S4', { failStep: { step: 'S4', errno: -110 } });
    expect(w.recordedOutcome).toEqual({ status: 'PROTECTED' });
    expect(w.outcome).toEqual({ status: 'FAILED', step: 'S4', errno: -110, compensated: ['kvm_iommu_remove_driver'] });
    expect(w.history.slice(1, w.branchIndex)).toEqual(clean.slice(1, w.branchIndex));
    expect(verify(w.history).ok).toBe(true);
  });

  it('a failed boot with no fault from S3 on succeeds; the original S4 sub-step fault is dropped', () => {
    const w = whatIf(failedS4, 'S3', {});
    expect(w.recordedOutcome).toMatchObject({ status: 'FAILED', step: 'S4' });
    expect(w.outcome).toEqual({ status: 'PROTECTED' });
  });

  it('a crash what-if ends like the recording', () => {
    expect(whatIf(failedS4, 'S4', { failStep: { subStep: 'g4:iommu_snapshot', errno: -12 }, crash: { service: 'hypervisor', atStep: 'S4' } }).outcome).toEqual(
      simulateBoot({ bootId: 'r2', platform: QEMU_VIRT, faults: { failStep: { subStep: 'g4:iommu_snapshot', errno: -12 } } }).outcome,
    );
  });

  it('does not mutate the recorded history', () => {
    const copy = JSON.stringify(clean);
    whatIf(clean, 'S2', { failStep: { step: 'S2', errno: -12 } });
    expect(JSON.stringify(clean)).toBe(copy);
  });

  it('refuses a branch point never reached and a fault before it', () => {
    expect(() => whatIf(noDriver, 'S5', {})).toThrow(/atStep: S5 never started/);
    expect(() => whatIf(clean, 'S4', { failStep: { step: 'S2', errno: -12 } })).toThrow(KernelError);
    expect(() => whatIf(clean, 'S4', { failStep: { step: 'S2', errno: -12 } })).toThrow(/fault\.failStep: targets S2, before the branch point S4/);
  });
});
