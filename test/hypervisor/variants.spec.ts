/**
 * Platform variants of small.json: two CPUs and two SMMUs (de-privilege needs every CPU; the gate closes at the
 * first), and a second SMMU without 4 KiB pages (§7 case 29: smmu_init_pgt -EINVAL, both SMMUs rolled back).
 */
import { HypFixture, pfn } from './support/hyp-fixture';
import { smallVariant } from './support/platform-variants';

const SMMU0 = 0x0905_0000;
const SMMU1 = 0x0907_0000;
const RAM = 0x4000_0000;
/** IDR5 of small's SMMU: OAS 48 bits, GRAN4K and GRAN64K (0x75); without GRAN4K (bit 4): 0x65. */
const IDR5_4K = 0x75;
const IDR5_NO_4K = 0x65;

describe('hypervisor on small-platform variants', () => {
  it('two CPUs, two SMMUs: both frames donated; the gate closes at the first prot_finalize, de-privilege needs both', async () => {
    const f = new HypFixture(smallVariant('small-2cpu-2smmu', { cpus: 2, secondSmmuIdr5: IDR5_4K }));
    try {
      await f.start();
      expect(await f.boot()).toMatchObject({ x0: 0, x1: 0 });
      expect(await f.ptdump(SMMU0, SMMU1 + 0x2_0000)).toEqual([]);
      expect((await f.memMap(SMMU1, SMMU1 + 0x2_0000)).map((m) => m.owner)).toEqual(['HYP']);
      expect(await f.hvc('__pkvm_prot_finalize', [], 1)).toMatchObject({ x0: 0, x1: 0 });
      expect(await f.history()).toMatchObject({ protectedModeInitialized: true, deprivileged: false, finalizedCpus: [1] });
      expect(await f.hvc('__pkvm_init', [RAM, 0x10_0000, 2, 0, 48], 0)).toMatchObject({ x0: -1 });
      expect(await f.hvc('__pkvm_prot_finalize', [], 1)).toMatchObject({ x0: 0, x1: -1 });
      expect(await f.hvc('__pkvm_prot_finalize', [], 0)).toMatchObject({ x0: 0, x1: 0 });
      expect(await f.history()).toMatchObject({ deprivileged: true, finalizedCpus: [0, 1] });
      expect(await f.hvc('__pkvm_prot_finalize', [], 2)).toMatchObject({ x0: 0, x1: -22 }); // no such CPU (twin)
      expect(await f.hvc('__pkvm_host_donate_hyp', [pfn(RAM), 1], 1)).toMatchObject({ x0: 0, x1: 0 });
    } finally {
      await f.dispose();
    }
  }, 60_000);

  it('case 29: an SMMU without 4 KiB pages fails smmu_init_pgt with -EINVAL; every SMMU frame goes back to the host', async () => {
    const f = new HypFixture(smallVariant('small-no4k', { secondSmmuIdr5: IDR5_NO_4K }));
    try {
      await f.start();
      expect(await f.boot()).toMatchObject({ x0: 0, x1: -22 });
      const h = await f.history();
      const failed = h.steps.find((s) => s.ret !== 0)!;
      expect(failed).toMatchObject({ subStep: 'g3.4:smmu_init_pgt', ret: -22 });
      expect(h.steps.at(-1)).toMatchObject({ subStep: 'g3.3:smmu_rollback', ret: 0 });
      expect((await f.memMap(SMMU0, SMMU1 + 0x2_0000)).map((m) => m.owner)).toEqual(['HOST']);
      expect(h.idmapInitialized).toBe(false);
    } finally {
      await f.dispose();
    }
  }, 60_000);
});
