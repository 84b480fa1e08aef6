import fc from 'fast-check';
import { ERRNO } from '@pkvm/errno';
import { PKVM_HOST_MEM_PROT } from '@pkvm/pgtable';
import { OwnershipBugError } from './ownership-bug-error';
import { PKVM_NOPAGE, PKVM_PAGE_OWNED, PKVM_PAGE_SHARED_BORROWED, PKVM_PAGE_SHARED_OWNED } from './page-state';
import { RAM_BASE, RAM_SIZE, makeMemProtect } from './test-fixtures';

/*
 * Random share/unshare/donate/reclaim/pin sequences, valid and invalid, against a reference model written from
 * PKVM.md §3.2-3.4 directly (plain arrays, no page tables, no code shared with the implementation). The window is
 * the last 4 pages of RAM plus 2 pages of the gap above it, so ranges also cross spans (-EINVAL) or miss memory
 * (-EPERM). After every step: same return, same states everywhere; a refusal changes nothing (state hash, no
 * hook call); a success calls the IOMMU hook exactly as §3.5 says; and the IOMMU view (replayed from the hook)
 * maps a memory page iff the host state is not NOPAGE, and the host stage-2 annotates exactly the NOPAGE pages
 * with their owner (HYP or GUEST).
 */
const { EPERM, EINVAL, EBUSY, ENOENT } = ERRNO;
const W = 6;
const MEM_PAGES = 4;
const BASE = RAM_BASE + RAM_SIZE - MEM_PAGES * 4096;
const GFNS = 3;
const O = PKVM_PAGE_OWNED, SO = PKVM_PAGE_SHARED_OWNED, SB = PKVM_PAGE_SHARED_BORROWED, NP = PKVM_NOPAGE;

type Op =
  | { op: 'shareHyp' | 'unshareHyp'; p: number }
  | { op: 'donateHyp' | 'hypDonateHost' | 'pin' | 'unpin' | 'shareFfa' | 'unshareFfa'; p: number; n: number }
  | { op: 'shareGuest'; p: number; gfn: number; vm: number }
  | { op: 'unshareGuest'; gfn: number; vm: number }
  | { op: 'donateGuest'; p: number; gfn: number; vm: number }
  | { op: 'reclaim'; gfn: number; vm: number };

const page = fc.integer({ min: 0, max: W - 1 });
const count = fc.integer({ min: 1, max: 2 });
const gfn = fc.integer({ min: 0, max: GFNS - 1 });
const vmIdx = fc.integer({ min: 0, max: 2 }); // 0, 1: np-guests; 2: protected
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('shareHyp' as const, 'unshareHyp' as const), p: page }),
  fc.record({ op: fc.constantFrom('donateHyp' as const, 'hypDonateHost' as const, 'pin' as const, 'unpin' as const, 'shareFfa' as const, 'unshareFfa' as const), p: page, n: count }),
  fc.record({ op: fc.constant('shareGuest' as const), p: page, gfn, vm: vmIdx }),
  fc.record({ op: fc.constant('unshareGuest' as const), gfn, vm: vmIdx }),
  fc.record({ op: fc.constant('donateGuest' as const), p: page, gfn, vm: vmIdx }),
  fc.record({ op: fc.constant('reclaim' as const), gfn, vm: vmIdx }),
);

class Reference {
  host = new Array<number>(MEM_PAGES).fill(O);
  hyp = new Array<number>(MEM_PAGES).fill(NP);
  ref = new Array<number>(MEM_PAGES).fill(0);
  cnt = new Array<number>(MEM_PAGES).fill(0);
  /** guest[vm][gfn] = { state, p } */
  guest: ({ state: number; p: number } | undefined)[][] = [[], [], []];
  readonly protectedVm = [false, false, true];
  /** Expected IOMMU hook calls of the last op, as [firstPage, nPages, prot]. */
  hooks: [number, number, number][] = [];

  private static isMem(p: number) {
    return p < MEM_PAGES;
  }

  /** check_range_allowed_memory over pages [p, p + n). */
  private rangeErr(p: number, n: number): number {
    if (Reference.isMem(p) !== Reference.isMem(p + n - 1)) return -EINVAL;
    return Reference.isMem(p) ? 0 : -EPERM;
  }

  private hostIs(p: number, n: number, s: number): number {
    const r = this.rangeErr(p, n);
    if (r) return r;
    for (let i = p; i < p + n; i++) if (this.host[i] !== s) return -EPERM;
    return 0;
  }

  private hypIs(p: number, n: number, s: number): number {
    for (let i = p; i < p + n; i++) if ((Reference.isMem(i) ? this.hyp[i] : NP) !== s) return -EPERM;
    return 0;
  }

  private set(a: number[], p: number, n: number, v: number) {
    for (let i = p; i < p + n; i++) a[i] = v;
  }

  /** Returns the errno, or 'bug' when the call must throw OwnershipBugError. */
  apply(o: Op): number | 'bug' {
    this.hooks = [];
    switch (o.op) {
      case 'shareHyp': {
        const r = this.hostIs(o.p, 1, O) || this.hypIs(o.p, 1, NP);
        if (!r) (this.host[o.p] = SO), (this.hyp[o.p] = SB);
        return r;
      }
      case 'unshareHyp': {
        const r = this.hostIs(o.p, 1, SO) || this.hypIs(o.p, 1, SB) || (this.ref[o.p] ? -EBUSY : 0);
        if (!r) (this.host[o.p] = O), (this.hyp[o.p] = NP);
        return r;
      }
      case 'donateHyp': {
        const r = this.hostIs(o.p, o.n, O) || this.hypIs(o.p, o.n, NP);
        if (!r) this.set(this.host, o.p, o.n, NP), this.set(this.hyp, o.p, o.n, O), this.hooks.push([o.p, o.n, 0]);
        return r;
      }
      case 'hypDonateHost': {
        const r = this.hypIs(o.p, o.n, O) || this.hostIs(o.p, o.n, NP);
        if (!r) this.set(this.host, o.p, o.n, O), this.set(this.hyp, o.p, o.n, NP), this.hooks.push([o.p, o.n, PKVM_HOST_MEM_PROT]);
        return r;
      }
      case 'pin': {
        const r = this.hostIs(o.p, o.n, SO) || this.hypIs(o.p, o.n, SB);
        if (!r) for (let i = o.p; i < o.p + o.n; i++) this.ref[i]++;
        return r;
      }
      case 'unpin': {
        for (let i = o.p; i < o.p + o.n; i++) if (!Reference.isMem(i) || this.ref[i] === 0) return 'bug';
        for (let i = o.p; i < o.p + o.n; i++) this.ref[i]--;
        return 0;
      }
      case 'shareFfa':
      case 'unshareFfa': {
        const [from, to] = o.op === 'shareFfa' ? [O, SO] : [SO, O];
        const r = this.hostIs(o.p, o.n, from);
        if (!r) this.set(this.host, o.p, o.n, to);
        return r;
      }
      case 'shareGuest': {
        if (this.protectedVm[o.vm]) return -EINVAL;
        const r = this.rangeErr(o.p, 1);
        if (r) return r;
        if (this.guest[o.vm][o.gfn]) return -EPERM;
        const h = this.host[o.p];
        if (!(h === O || (h === SO && this.cnt[o.p] > 0))) return -EPERM;
        this.host[o.p] = SO;
        this.cnt[o.p]++;
        this.guest[o.vm][o.gfn] = { state: SB, p: o.p };
        return 0;
      }
      case 'unshareGuest': {
        if (this.protectedVm[o.vm]) return -EINVAL;
        const g = this.guest[o.vm][o.gfn];
        if (!g) return -ENOENT;
        // FF-A unshare only checks SHARED_OWNED, so it can take a guest-shared page back to OWNED (mem_protect.c
        // leaves the FF-A bookkeeping to ffa.c); the unshare then fails its host check.
        if (this.host[g.p] !== SO) return -EPERM;
        this.guest[o.vm][o.gfn] = undefined;
        if (--this.cnt[g.p] === 0) this.host[g.p] = O;
        return 0;
      }
      case 'donateGuest': {
        if (!this.protectedVm[o.vm]) return -EINVAL;
        const r = this.hostIs(o.p, 1, O);
        if (r) return r;
        if (this.guest[o.vm][o.gfn]) return -EPERM;
        this.host[o.p] = NP;
        this.guest[o.vm][o.gfn] = { state: O, p: o.p };
        this.hooks.push([o.p, 1, 0]);
        return 0;
      }
      case 'reclaim': {
        const g = this.guest[o.vm][o.gfn];
        if (!g) return -ENOENT;
        if (g.state !== O) return -EPERM;
        this.guest[o.vm][o.gfn] = undefined;
        this.host[g.p] = O;
        this.hooks.push([g.p, 1, PKVM_HOST_MEM_PROT]);
        return 0;
      }
    }
  }
}

describe('MemProtect against a reference model (fast-check)', () => {
  it('agrees on results and states; refusals change nothing; the IOMMU view follows host ownership', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 20, maxLength: 50, size: 'max' }), (ops) => {
        const { mp, log, clear } = makeMemProtect();
        const vms = [mp.createVm({ protected: false }), mp.createVm({ protected: false }), mp.createVm({ protected: true })];
        const ref = new Reference();
        const pa = (p: number) => BASE + p * 4096;
        const iommu = new Array<boolean>(MEM_PAGES).fill(true); // the snapshot maps all host memory
        for (const o of ops) {
          const before = mp.stateHash();
          clear();
          const want = ref.apply(o);
          let got: number | 'bug';
          try {
            switch (o.op) {
              case 'shareHyp': got = mp.hostShareHyp(pa(o.p) / 4096); break;
              case 'unshareHyp': got = mp.hostUnshareHyp(pa(o.p) / 4096); break;
              case 'donateHyp': got = mp.hostDonateHyp(pa(o.p) / 4096, o.n); break;
              case 'hypDonateHost': got = mp.hypDonateHost(pa(o.p) / 4096, o.n); break;
              case 'pin': got = mp.hypPinSharedMem(pa(o.p), pa(o.p + o.n)); break;
              case 'unpin': mp.hypUnpinSharedMem(pa(o.p), pa(o.p + o.n)); got = 0; break;
              case 'shareFfa': got = mp.hostShareFfa(pa(o.p) / 4096, o.n); break;
              case 'unshareFfa': got = mp.hostUnshareFfa(pa(o.p) / 4096, o.n); break;
              case 'shareGuest': got = mp.hostShareGuest(pa(o.p) / 4096, o.gfn, 1, vms[o.vm], 7); break;
              case 'unshareGuest': got = mp.hostUnshareGuest(o.gfn, 1, vms[o.vm]); break;
              case 'donateGuest': got = mp.hostDonateGuest(pa(o.p) / 4096, o.gfn, vms[o.vm]); break;
              case 'reclaim': got = mp.hostReclaimPageGuest(o.gfn, vms[o.vm]); break;
            }
          } catch (e) {
            if (!(e instanceof OwnershipBugError)) throw e;
            got = 'bug';
          }
          if (got !== want) expect({ o, got }).toEqual({ o, got: want });
          if (got !== 0) {
            if (mp.stateHash() !== before) expect({ o, hash: 'changed' }).toEqual({ o, hash: 'unchanged' });
            if (log.iommu.length || log.owners.length) expect({ o, iommu: log.iommu, owners: log.owners }).toEqual({ o, iommu: [], owners: [] });
          } else {
            const hooks = ref.hooks.map(([p, n, prot]) => [pa(p), pa(p + n), prot]);
            if (JSON.stringify(log.iommu) !== JSON.stringify(hooks)) expect({ o, iommu: log.iommu }).toEqual({ o, iommu: hooks });
          }
          for (const [s, e, prot] of log.iommu) for (let a = s; a < e; a += 4096) iommu[(a - BASE) / 4096] = prot !== 0;
          // One comparison per step (jest matchers are slow): states of every window page and guest IPA.
          const actual: unknown[] = [];
          const expected: unknown[] = [];
          for (let p = 0; p < MEM_PAGES; p++) {
            actual.push(['page', p, mp.hostStateAt(pa(p)), mp.hypStateAt(pa(p)), mp.refcountAt(pa(p)), mp.hostShareGuestCountAt(pa(p)), iommu[p], mp.hostS2OwnerAt(pa(p))]);
            expected.push(['page', p, ref.host[p], ref.hyp[p], ref.ref[p], ref.cnt[p], ref.host[p] !== NP, ref.host[p] !== NP ? 0 : ref.hyp[p] === O ? 1 : 3]);
          }
          for (let v = 0; v < 3; v++) {
            for (let g = 0; g < GFNS; g++) {
              const leaf = mp.guestStage2(vms[v]).getLeaf(g * 4096);
              const r = ref.guest[v][g];
              actual.push(['guest', v, g, leaf.state, leaf.valid ? leaf.phys : -1]);
              expected.push(['guest', v, g, r ? r.state : NP, r ? pa(r.p) : -1]);
            }
          }
          if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ o, actual }).toEqual({ o, actual: expected });
        }
      }),
      { numRuns: 200 },
    );
  });
});
