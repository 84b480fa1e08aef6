/**
 * Issue 4 "Show": random sequences of ownership hypercalls, valid and invalid, through the real
 * pkvm.v1.hyp.Hvc subject (apps/hypervisor driving the real apps/iommu, platforms/small.json), and after every
 * call: the isolation oracle finds no violation, the DMA probe reaches exactly the pages the hypervisor's MemMap
 * says the host owns (a page may differ only under a finding the oracle names: design-gap:<name> or
 * unreachable-after-enomem), and a refused call (x0 = NOT_SUPPORTED or x1 < 0) left both services' state hashes
 * unchanged.
 *
 * State across runs: ONE stack, booted once; every fast-check run starts from the state the previous run left.
 * - Restarting iommu + hypervisor and booting per run costs seconds per run and would keep every run within
 *   20 calls of a fresh boot; carrying the state on makes 15 runs x 20 calls one walk of up to 300 calls, deep
 *   enough for pins stacked on shares, guest pages next to donated pages, SMMU MMIO handed back, and so on.
 * - The check needs no model: the expected reachability comes from the hypervisor's own MemMap and the allowed
 *   differences from the oracle's named findings; the generator only avoids the one call that is a BUG_ON at
 *   EL2 by design (hyp_unpin_shared_mem of an unpinned page, which stops the service), guarding it with MemMap's
 *   refcount; the guarded calls are counted.
 * - Shrinking is off (endOnFailure): a shorter run would start from another state. A failure prints the full
 *   call log since boot, and the whole walk is reproducible from fast-check's seed (one deterministic stack).
 * CI: 15 runs x up to 20 calls, fixed seed; PKVM_SOAK=1: 120 runs x up to 40 calls, fresh seed (printed); PKVM_SEED=n replays.
 */
import fc from 'fast-check';
import { SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { functionId } from '@pkvm/hypercalls';
import { hostOwns, IsolationOracle, type IsolationReport } from '@pkvm/isolation-oracle';
import { pkvm } from '@pkvm/proto';
import { carveOutOf, liveSources } from '../../apps/cli/src/commands/check-isolation-sources';
import { HypFixture, pfn, Regs } from '../hypervisor/support/hyp-fixture';
import { testSeed } from '../support/test-seed';

const PAGE = 0x1000;
const RAM = 0x4000_0000;
const SOAK = !!process.env.PKVM_SOAK;
const NUM_RUNS = SOAK ? 120 : 15;
const SEED = testSeed('ownership sequences', 20261031);
const MAX_CMDS = SOAK ? 40 : 20;
/** KVM_PGTABLE_PROT_R | W (| X); 8 is not a prot bit (EINVAL). */
const PROTS = [3, 3, 3, 7, 8];
const NOT_SUPPORTED = Number(SMCCC_RET_NOT_SUPPORTED);

type Cmd =
  | { k: 'hvc'; name: string; args: (number | 'np' | 'pv' | 'bad')[] }
  | { k: 'raw'; x0: number }
  /** Run the other guest on the CPU: __pkvm_vcpu_put, __pkvm_init_vcpu (a fresh vCPU), __pkvm_vcpu_load. */
  | { k: 'switch'; to: 'np' | 'pv' };

describe('ownership hypercall sequences keep the isolation invariant (small platform, property)', () => {
  const f = new HypFixture();
  const oracle = new IsolationOracle({ probe: { seed: 11, perCategory: 2 } });
  let sources: ReturnType<typeof liveSources>;
  const vm = { np: 0, pv: 0 };
  const smmu = f.platform.smmus[0];
  const co = f.carveOut;
  const coEnd = co.base + co.totalPages * PAGE;
  /** RAM pages away from the carve-out: page(0) is 2 MiB aligned (a 512-page guest block can start there). */
  const page = (n: number) => RAM + 0x20_0000 + n * PAGE;
  const window: { pa: number; what: string }[] = [
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ pa: page(n), what: `ram+${n}` })),
    { pa: page(600), what: 'vcpu(np)' },
    { pa: page(601), what: 'vcpu(pv)' },
    { pa: co.base - 2 * PAGE, what: 'carve-out-2' },
    { pa: co.base - PAGE, what: 'carve-out-1' },
    { pa: co.base, what: 'carve-out[0]' },
    { pa: co.base + PAGE, what: 'carve-out[1]' },
    { pa: coEnd - PAGE, what: 'carve-out[last]' },
    ...(coEnd < RAM + f.platform.ram[0].size ? [{ pa: coEnd, what: 'carve-out+0' }] : []),
    { pa: smmu.base, what: 'smmu[0]' },
    { pa: smmu.base + PAGE, what: 'smmu[1]' },
    { pa: smmu.base + smmu.size - PAGE, what: 'smmu[last]' },
    { pa: 0x0900_0000, what: 'platform-bus' },
    { pa: 0x1000_4000, what: 'pcie-mmio+4' },
    { pa: 0x1000_5000, what: 'pcie-mmio+5' },
  ];
  const windowPfns = window.map((w) => pfn(w.pa));
  const stats = {
    runs: 0, commands: 0, accepted: 0, refusals: 0, guarded: 0, fullChecks: 0, skippedByDigest: 0, windowProbes: 0,
    byCall: {} as Record<string, { ok: number; refused: number }>, namedFindings: {} as Record<string, number>,
  };
  const log: string[] = [];

  const hashes = async () => {
    const [hyp, iommu] = await Promise.all([f.hypHash(), f.iommuHash()]);
    return { hyp, iommu };
  };

  beforeAll(async () => {
    await f.start();
    const r = await f.boot();
    if (r?.x1 !== 0) throw new Error(`boot failed: ${JSON.stringify(r)}`);
    await f.deprivilege();
    for (const sid of [1, 8]) expect(await f.hvc('__pkvm_iommu_enable_dev', [0, sid])).toMatchObject({ x0: 0, x1: 0 });
    // Two guests, each with its vCPU page shared and pinned (init_pkvm_hyp_vcpu): one non-protected, one protected.
    vm.np = (await f.hvc('__pkvm_init_vm', [0xffff0001, 0, 512])).x1;
    vm.pv = (await f.hvc('__pkvm_init_vm', [0xffff0002, 1, 512])).x1;
    for (const [h, n] of [[vm.np, 600], [vm.pv, 601]]) {
      expect(await f.hvc('__pkvm_host_share_hyp', [pfn(page(n))])).toMatchObject({ x1: 0 });
      expect(await f.hvc('__pkvm_init_vcpu', [h, pfn(page(n))])).toMatchObject({ x1: 0, x2: 0 });
    }
    expect(await f.hvc('__pkvm_vcpu_load', [vm.np, 0, 0])).toMatchObject({ x1: 0 }); // the np guest runs on CPU 0
    sources = liveSources(f.client);
    const first = await oracle.check(sources);
    expect(first.findings).toEqual([]);
    // The carve-out label comes from InitHistory (it outlives the owner-change ring).
    const history = await f.history();
    expect({ base: Number(history.carveOutBase), size: Number(history.carveOutSize) }).toEqual({ base: co.base, size: co.totalPages * PAGE });
    expect(carveOutOf(history, [])).toEqual([{ start: co.base, end: coEnd }]);
    expect((await sources.ownership()).regions?.carveOut).toEqual([{ start: co.base, end: coEnd }]);
  }, 90_000);

  afterAll(() => f.dispose());

  // ---------------------------------------------------------------- the generator

  const anyPfn = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...windowPfns.slice(0, 8)) }, // RAM pages: where most calls can succeed
    { weight: 4, arbitrary: fc.constantFrom(...windowPfns) },
    { weight: 1, arbitrary: fc.constantFrom(2 ** 36, 2 ** 36 - 1, 0) }, // out of range, beyond the IPA space, page 0 (flash MMIO)
  );
  const nr = fc.constantFrom(1, 1, 2, 3, 0);
  const gfn = fc.constantFrom(0x200, 0x201, 0x202, 0x203, 0x400, 2 ** 28); // 0x400: a 2 MiB-aligned IPA; 2^28: beyond the 40-bit IPA space
  const handle = fc.constantFrom<'np' | 'pv' | 'bad'>('np', 'pv', 'np', 'pv', 'bad');
  const hvc = (name: string, ...args: fc.Arbitrary<number | 'np' | 'pv' | 'bad'>[]): fc.Arbitrary<Cmd> =>
    fc.tuple(...args).map((a) => ({ k: 'hvc' as const, name, args: a }));
  const w = (weight: number, arbitrary: fc.Arbitrary<Cmd>) => ({ weight, arbitrary });
  const cmd: fc.Arbitrary<Cmd> = fc.oneof(
    w(3, hvc('__pkvm_host_share_hyp', anyPfn)),
    w(2, hvc('__pkvm_host_unshare_hyp', anyPfn)),
    w(3, hvc('__pkvm_host_donate_hyp', anyPfn, nr)),
    w(3, hvc('__pkvm_hyp_donate_host', anyPfn, nr)),
    w(2, hvc('__pkvm_hyp_pin_shared_mem', anyPfn, fc.constantFrom(1, 2, 0))),
    w(2, hvc('__pkvm_hyp_unpin_shared_mem', anyPfn, fc.constantFrom(1, 2))),
    w(2, hvc('__pkvm_host_donate_hyp_mmio', anyPfn)),
    w(2, hvc('__pkvm_hyp_donate_host_mmio', anyPfn)),
    // Guests: load one (or nothing, for a bad handle), then share / donate / unshare / reclaim in a small IPA window.
    w(3, fc.constantFrom<Cmd>({ k: 'switch', to: 'np' }, { k: 'switch', to: 'pv' })),
    w(1, hvc('__pkvm_vcpu_load', handle, fc.constantFrom(0, 7), fc.constant(0))), // loads nothing: the CPU is busy, or no such vCPU
    w(1, hvc('__pkvm_vcpu_put')),
    w(4, hvc('__pkvm_host_share_guest', anyPfn, gfn, fc.constantFrom(1, 1, 1, 1, 512, 2), fc.constantFrom(...PROTS))),
    w(3, hvc('__pkvm_host_unshare_guest', handle, gfn, fc.constantFrom(1, 1, 512))),
    w(4, hvc('__pkvm_host_donate_guest', anyPfn, gfn)),
    w(3, hvc('__pkvm_host_reclaim_page_guest', handle, gfn)),
    w(1, hvc('__pkvm_host_wrprotect_guest', handle, gfn, fc.constant(1))), // accepted for a np guest, no EL2 state
    w(1, hvc('__pkvm_init', fc.constant(co.base), fc.constant(PAGE))), // an early call after de-privilege: NOT_SUPPORTED
    w(1, fc.constantFrom<Cmd>({ k: 'raw', x0: 0xc600_0000 + 0xfff }, { k: 'raw', x0: 0x8400_0000 })), // no such function
  );

  // ---------------------------------------------------------------- one step

  const regs = (c: Cmd & { k: 'hvc' }) => c.args.map((a) => (a === 'np' ? vm.np : a === 'pv' ? vm.pv : a === 'bad' ? 0x7777 : a));
  const show = (c: Cmd) => (c.k === 'raw' ? `raw x0=0x${c.x0.toString(16)}` : c.k === 'switch' ? `switch to ${c.to}` : `${c.name}(${regs(c).map((a) => `0x${a.toString(16)}`).join(', ')})`);
  const vcpuPage = { np: pfn(page(600)), pv: pfn(page(601)) };

  /**
   * __pkvm_vcpu_put does not clear the vCPU's loadedOn in apps/hypervisor (a put vCPU can never be loaded
   * again), so a switch loads a fresh vCPU of the guest: put, init_vcpu (pins the guest's vCPU page once more),
   * load. Each of the three is a checked step.
   */
  async function switchTo(c: Cmd & { k: 'switch' }, before: { hyp: string; iommu: string }): Promise<{ hyp: string; iommu: string }> {
    let state = await step({ k: 'hvc', name: '__pkvm_vcpu_put', args: [] }, before);
    const init = await f.hvc('__pkvm_init_vcpu', [vm[c.to], vcpuPage[c.to]]);
    log.push(`  __pkvm_init_vcpu(${c.to}) -> x1=${init.x1} idx=${init.x2}`);
    state = await hashes();
    if (init.x1 !== 0) return state;
    return step({ k: 'hvc', name: '__pkvm_vcpu_load', args: [c.to, init.x2, 0] }, state);
  }

  /** hyp_unpin_shared_mem of a page with refcount 0 is a BUG_ON at EL2: only unpin what MemMap shows pinned. */
  async function unpinSafe(c: Cmd & { k: 'hvc' }): Promise<boolean> {
    const [p, n] = regs(c);
    if (p >= 2 ** 36) return true; // refused with EINVAL before any page is read
    const map = await f.memMap(p * PAGE, (p + n) * PAGE);
    const covered = map.reduce((s, r) => s + (Number(r.end) - Number(r.start)), 0);
    return covered === n * PAGE && map.every((r) => (r.refcount ?? 0) > 0);
  }

  function allowedAt(report: IsolationReport, pa: number): string | undefined {
    const f0 = report.findings.find((x) => x.sid === 1 && x.start <= pa && x.end >= pa + PAGE &&
      (x.kind.startsWith('design-gap:') || x.kind === 'unreachable-after-enomem'));
    return f0?.kind;
  }

  async function checkWindow(report: IsolationReport, step: string): Promise<void> {
    const [map, probe] = await Promise.all([
      f.memMap(0, 0),
      f.call<pkvm.v1.DmaProbeResponse>('IommuDumpService.DmaProbe', { smmu: 0, sid: 1, iovas: window.map((w) => w.pa) }),
    ]);
    stats.windowProbes++;
    const bad: string[] = [];
    window.forEach((w, i) => {
      const r = map.find((x) => Number(x.start) <= w.pa && Number(x.end) > w.pa);
      const owned = !!r && hostOwns({ owner: r.owner ?? '', hostState: r.hostState ?? '', kind: r.isMemory ? 'memory' : 'mmio' });
      const o = probe.outcomes[i];
      const reached = !!o.read?.ok || !!o.write?.ok;
      const exact = reached ? !!o.read?.ok && !!o.write?.ok && Number(o.read?.pa) === w.pa && Number(o.write?.pa) === w.pa : true;
      if (reached === owned && exact) return;
      const named = allowedAt(report, w.pa);
      if (named && exact) return;
      bad.push(`${w.what} 0x${w.pa.toString(16)}: ${r?.owner}/${r?.hostState} host-owned=${owned}, DMA read=${o.read?.ok ? 'ok' : o.read?.reason} write=${o.write?.ok ? 'ok' : o.write?.reason}`);
    });
    if (bad.length) throw new Error(`after ${step}: the DMA probe does not match MemMap and no finding names it:\n  ${bad.join('\n  ')}`);
  }

  async function step(c: Cmd, before: { hyp: string; iommu: string }): Promise<{ hyp: string; iommu: string }> {
    if (c.k === 'switch') return switchTo(c, before);
    stats.commands++;
    if (c.k === 'hvc' && c.name === '__pkvm_hyp_unpin_shared_mem' && !(await unpinSafe(c))) {
      stats.guarded++;
      log.push(`${show(c)} -> skipped (not pinned: a BUG_ON at EL2)`);
      return before;
    }
    let r: Regs;
    if (c.k === 'raw') r = await f.rawHvc(c.x0, []);
    else {
      const [x0, ...rest] = [functionId(c.name), ...regs(c)];
      r = await f.rawHvc(x0, rest);
    }
    const name = c.k === 'raw' ? 'raw' : c.name;
    const refused = r.x0 === NOT_SUPPORTED || r.x1 < 0;
    const tally = (stats.byCall[name] ??= { ok: 0, refused: 0 });
    if (refused) {
      stats.refusals++;
      tally.refused++;
    } else {
      stats.accepted++;
      tally.ok++;
    }
    log.push(`${show(c)} -> x0=${r.x0} x1=${r.x1}`);
    const label = `#${log.length} ${show(c)} (x0=${r.x0}, x1=${r.x1})`;
    const after = await hashes();
    if (refused) expect({ call: label, ...after }).toEqual({ call: label, ...before });
    const report = await oracle.check(sources);
    if (report.skipped) stats.skippedByDigest++;
    else stats.fullChecks++;
    const blocking = report.findings.filter((x) => !x.kind.startsWith('design-gap:') && x.kind !== 'unreachable-after-enomem');
    expect({ call: label, findings: blocking }).toEqual({ call: label, findings: [] });
    if (!report.skipped) {
      for (const k of new Set(report.findings.map((x) => x.kind))) stats.namedFindings[k] = (stats.namedFindings[k] ?? 0) + 1;
      await checkWindow(report, label);
    }
    return after;
  }

  it(`after every call: no violation, DMA reaches exactly the host's pages, refusals change nothing (${NUM_RUNS} runs x <= ${MAX_CMDS} calls)`, async () => {
    const t0 = Date.now();
    let state = await hashes();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(cmd, { minLength: Math.ceil(MAX_CMDS / 2), maxLength: MAX_CMDS }), async (cmds) => {
          stats.runs++;
          log.push(`-- run ${stats.runs}`);
          for (const c of cmds) state = await step(c, state);
        }),
        { numRuns: NUM_RUNS, endOnFailure: true, seed: SEED },
      );
    } catch (e) {
      // eslint-disable-next-line no-console
      console.error(`call log since boot (${log.length} lines):\n${log.join('\n')}`);
      throw e;
    } finally {
      // eslint-disable-next-line no-console
      if (process.env.PKVM_SEQ_LOG) console.log(log.join('\n'));
      // eslint-disable-next-line no-console
      console.log(
        `ownership sequences: ${stats.runs} runs, ${stats.commands} commands (${stats.accepted} accepted, ${stats.refusals} refused, ` +
        `${stats.guarded} guarded unpins), oracle: ${stats.fullChecks} full checks, ${stats.skippedByDigest} skipped by digest ` +
        `(oracle totals ${oracle.fullChecks}/${oracle.skippedChecks}), ${stats.windowProbes} window probes, ${((Date.now() - t0) / 1000).toFixed(1)} s\n` +
        `  named findings (checks that reported them): ${JSON.stringify(stats.namedFindings)}\n` +
        `  per call ok/refused: ${Object.entries(stats.byCall).map(([k, v]) => `${k} ${v.ok}/${v.refused}`).join(', ')}`,
      );
    }
    expect(stats.commands).toBeGreaterThan(0);
    expect(stats.refusals).toBeGreaterThan(0);
    expect(stats.accepted).toBeGreaterThan(0);
  }, SOAK ? 1_800_000 : 240_000);
});
