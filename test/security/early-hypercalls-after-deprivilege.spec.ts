/**
 * Issue 7 "Security", first clause: after de-privilege every early hypercall is refused. The early calls are every
 * index of the hypercall table below __pkvm_prot_finalize (hyp-main.c, handle_host_hcall: `if (id < hcall_min)`
 * -> SMCCC_RET_NOT_SUPPORTED); each is tried on every CPU with several register sets (none, zeros, the very
 * arguments that booted EL2, and seeded random ones), and none of them changes either service's state or appends
 * an event. (test/hypervisor/boot-and-gate.spec.ts covers the gate once per call on CPU 0.)
 */
import fc from 'fast-check';
import { SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { HYPERCALLS, PKVM_PROT_FINALIZE_INDEX } from '@pkvm/hypercalls';
import { pkvm } from '@pkvm/proto';
import { HypFixture } from '../hypervisor/support/hyp-fixture';
import { smallVariant } from '../hypervisor/support/platform-variants';

const CPUS = 2;
const NOT_SUPPORTED = Number(SMCCC_RET_NOT_SUPPORTED);

describe('security: every early hypercall is refused after de-privilege (small platform, 2 CPUs)', () => {
  const f = new HypFixture(smallVariant('small-2cpu-early', { cpus: CPUS }));

  beforeAll(async () => {
    await f.start();
    expect(await f.boot()).toMatchObject({ x0: 0, x1: 0 });
    expect(await f.deprivilege()).toEqual(Array.from({ length: CPUS }, () => ({ x0: 0, x1: 0, x2: 0, x3: 0 })));
  }, 90_000);
  afterAll(() => f.dispose());

  it('the early set is exactly the table below __pkvm_prot_finalize', () => {
    const early = HYPERCALLS.filter((d) => d.early);
    expect(early.map((d) => d.index)).toEqual(Array.from({ length: PKVM_PROT_FINALIZE_INDEX }, (_, i) => i));
    expect(HYPERCALLS.filter((d) => d.index < PKVM_PROT_FINALIZE_INDEX)).toEqual(early);
    expect(HYPERCALLS[PKVM_PROT_FINALIZE_INDEX].name).toBe('__pkvm_prot_finalize');
  });

  it('each one, on every CPU, with any registers: SMCCC_RET_NOT_SUPPORTED and no state change', async () => {
    const state = async () => {
      const [hyp, iommu] = await Promise.all([f.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {}), f.iommuHash()]);
      return { hyp: hyp.stateHash, hypEvents: Number(hyp.streamVersion), iommu };
    };
    const before = await state();
    const bootArgs = [f.carveOut.base, f.carveOut.totalPages * 4096, CPUS, 0, 48];
    const random = fc.sample(fc.array(fc.oneof(fc.nat({ max: 0xffff }), fc.constantFrom(f.carveOut.base, 0x4000_0000, 2 ** 36)), { maxLength: 6 }), { numRuns: 4, seed: 7 });
    const registerSets = [[], [0, 0, 0, 0, 0, 0], bootArgs, ...random];
    const refused: string[] = [];
    const accepted: string[] = [];
    for (const def of HYPERCALLS.filter((d) => d.index < PKVM_PROT_FINALIZE_INDEX)) {
      for (let cpu = 0; cpu < CPUS; cpu++) {
        for (const args of registerSets) {
          const r = await f.rawHvc(def.functionId, args, cpu);
          (r.x0 === NOT_SUPPORTED ? refused : accepted).push(`${def.name}(${args.join(', ')}) on cpu${cpu}: x0=${r.x0} x1=${r.x1}`);
        }
      }
    }
    // eslint-disable-next-line no-console
    console.log(`early hypercalls after de-privilege: ${refused.length + accepted.length} tried (${PKVM_PROT_FINALIZE_INDEX} functions x ${CPUS} CPUs x ${registerSets.length} register sets), ${refused.length} refused`);
    expect(accepted).toEqual([]);
    expect(refused).toHaveLength(PKVM_PROT_FINALIZE_INDEX * CPUS * registerSets.length);
    expect(await state()).toEqual(before);
    // the gate itself stays shut: a second __pkvm_prot_finalize on each CPU is -EPERM (hyp-main.c: handle___pkvm_prot_finalize)
    for (let cpu = 0; cpu < CPUS; cpu++) expect(await f.hvc('__pkvm_prot_finalize', [], cpu)).toMatchObject({ x0: 0, x1: -1 });
  }, 120_000);
});
