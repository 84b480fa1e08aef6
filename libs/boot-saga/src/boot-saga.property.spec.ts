import fc from 'fast-check';
import { ERRNO, KernelError } from '@pkvm/errno';
import { COMPENSATION_IDS, decide, fold, SERVICE_NAMES, simulateBoot, STEP_IDS, STEPS, SUB_STEPS, verify } from './index';
import type { BootSagaEvent, Faults, PlatformSummary } from './index';
import { NO_4K_SMMU, NO_SMMU, QEMU_VIRT, TINY, TWO_SMMUS, UNALIGNED_SMMU, UNPROBED_SMMU } from './test-platforms';

const errnoArb = fc.constantFrom(...Object.values(ERRNO)).map((n) => -n);
const failStepArb = fc.oneof(
  fc.record({ step: fc.constantFrom(...STEPS.filter((s) => s.onFailure !== 'cannot-fail').map((s) => s.id)), errno: errnoArb }),
  fc.record({ subStep: fc.constantFrom(...SUB_STEPS.filter((s) => s.failable).map((s) => s.id)), errno: errnoArb }),
);
const crashArb = fc.record({ service: fc.constantFrom(...SERVICE_NAMES), atStep: fc.constantFrom(...STEP_IDS, ...COMPENSATION_IDS) });
const faultsArb: fc.Arbitrary<Faults> = fc.record({ failStep: failStepArb, crash: crashArb }, { requiredKeys: [] });
const platformArb: fc.Arbitrary<PlatformSummary> = fc.oneof(
  fc.constantFrom(QEMU_VIRT, TWO_SMMUS, NO_SMMU, TINY, UNPROBED_SMMU, UNALIGNED_SMMU, NO_4K_SMMU),
  fc.record({
    name: fc.constant('random'),
    cpus: fc.integer({ min: 1, max: 16 }),
    ram: fc.array(fc.record({ base: fc.integer({ min: 1, max: 64 }).map((g) => g * 2 ** 30), size: fc.integer({ min: 1, max: 4096 }).map((m) => m * 2 ** 20) }), { minLength: 1, maxLength: 3 }),
    smmus: fc.array(fc.record({ id: fc.constantFrom('smmu0', 'smmu1', 'smmu2'), probeOk: fc.boolean(), mmioPageAligned: fc.boolean(), supports4k: fc.boolean() }), { maxLength: 3 }),
  }),
);

describe('boot saga properties', () => {
  it('for random fault sets: fold is deterministic, decide is total on every prefix, verify accepts the history', () => {
    fc.assert(
      fc.property(platformArb, faultsArb, (platform, faults) => {
        const run = simulateBoot({ bootId: 'p', platform, faults });
        const h = run.history;
        expect(fold(h)).toEqual(fold(JSON.parse(JSON.stringify(h)) as BootSagaEvent[]));
        expect(fold(h)).toEqual(fold(h));
        for (let i = 0; i <= h.length; i++) {
          const d = decide(fold(h.slice(0, i)));
          expect(['idle', 'send-step', 'compensate', 'finish', 'done']).toContain(d.kind);
        }
        expect(decide(fold(h))).toEqual({ kind: 'done', outcome: run.outcome });
        expect(verify(h).ok).toBe(true);
        // the crash never changes the outcome
        const { crash: _crash, ...withoutCrash } = faults;
        expect(simulateBoot({ bootId: 'p', platform, faults: withoutCrash }).outcome).toEqual(run.outcome);
        // compensation runs iff __pkvm_init failed, and at most once
        const comps = run.ledger.executions.filter((x) => x.what === 'kvm_iommu_remove_driver').length;
        expect(comps).toBe(run.outcome.status === 'FAILED' && run.outcome.step === 'S4' ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('random event sequences: fold either refuses with KernelError EINVAL or gives a state decide answers', () => {
    const base = simulateBoot({ bootId: 'q', platform: QEMU_VIRT, faults: { failStep: { step: 'S4', errno: -12 }, crash: { service: 'boot-coordinator', atStep: 'S3' } } }).history;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: base.length - 1 }), { maxLength: 40 }), (picks) => {
        const h = [base[0]!, ...picks.map((i) => base[i]!)];
        let state;
        try {
          state = fold(h);
        } catch (e) {
          expect(e).toBeInstanceOf(KernelError);
          expect((e as KernelError).errno).toBe(-ERRNO.EINVAL);
          return;
        }
        expect(() => decide(state)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
