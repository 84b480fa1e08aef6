import { resolve } from 'node:path';
import fc from 'fast-check';
import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import { encodeHypercall } from '@pkvm/hypercalls';
import { MemProtect, PKVM_ID_HOST, PKVM_NOPAGE, componentName, pageStateName } from '@pkvm/ownership';
import { PAGE_SIZE } from '@pkvm/phys-mem';
import { loadPlatform, Platform } from '@pkvm/platform';
import type { El2IommuPort, PortOutcome } from './el2-port';
import { Hypervisor, MemRangeView } from './hypervisor';

const PLATFORMS = resolve(__dirname, '../../../../platforms');
const OPS = { driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true, smmuArrayPfn: 0, smmuArrayPages: 0, smmus: [] };

const answer = (call: PortOutcome['call']) => Promise.resolve({ call, ret: 0, detail: '' });
const port: El2IommuPort = {
  initIommu: () => answer('InitIommu'),
  snapshotHostStage2: () => answer('SnapshotHostStage2'),
  hostStage2Idmap: () => answer('HostStage2Idmap'),
  enableDev: () => answer('EnableDev'),
  disableDev: () => answer('DisableDev'),
  setHostAccess: () => answer('SetHostAccess'),
};

async function booted(platform: Platform): Promise<Hypervisor & { call(name: string, args?: number[]): Promise<number> }> {
  const co = kvmHypReserve(summarizePlatform(platform));
  const h = new Hypervisor(platform) as Hypervisor & { call(name: string, args?: number[]): Promise<number> };
  h.call = async (name, args = []) => {
    const r = encodeHypercall(name, args);
    const out = await h.hvc({ x0: r.x0, args: r.args, cpu: 0 }, port);
    return out.x0 || out.x1;
  };
  h.installIommuOps(OPS);
  h.setIommuPoolPages(co.iommuPages);
  const ret = await h.call('__pkvm_init', [co.base, co.totalPages * PAGE_SIZE, platform.cpus.length, 0, 48]);
  if (ret !== 0) throw new Error(`__pkvm_init: ${ret}`);
  return h;
}

/** The page-by-page MemMap the entry walk replaced (the reference: one pageView per page, merged). */
function memMapPaged(h: Hypervisor, start: number, end: number): MemRangeView[] {
  const mp = h.mp as MemProtect;
  const spans = [...h.platform.ram.map((r) => ({ ...r, mem: true })), ...h.platform.mmio.map((r) => ({ ...r, mem: false }))].sort((x, y) => x.base - y.base);
  const out: MemRangeView[] = [];
  for (const sp of spans) {
    const s0 = Math.max(sp.base, start);
    const e0 = Math.min(sp.base + sp.size, end || Number.MAX_SAFE_INTEGER);
    for (let pa = s0 - (s0 % PAGE_SIZE); pa < e0; pa += PAGE_SIZE) {
      const owner = mp.hostS2OwnerAt(pa);
      const v = {
        owner: componentName(owner),
        hostState: pageStateName(sp.mem ? mp.hostStateAt(pa) : owner === PKVM_ID_HOST ? 0 : PKVM_NOPAGE),
        hypState: pageStateName(sp.mem ? mp.hypStateAt(pa) : mp.hypVaMapped(pa) ? 0 : PKVM_NOPAGE),
        refcount: mp.refcountAt(pa), shareGuestCount: mp.hostShareGuestCountAt(pa), isMemory: sp.mem,
        hostAccess: mp.hostAccessAt(pa), guestVm: mp.hostS2DonationAt(pa)?.vmHandle ?? 0,
      };
      const last = out[out.length - 1];
      if (last && last.end === pa && JSON.stringify({ ...last, start: 0, end: 0 }) === JSON.stringify({ start: 0, end: 0, ...v })) last.end = pa + PAGE_SIZE;
      else out.push({ start: pa, end: pa + PAGE_SIZE, ...v });
    }
  }
  return out;
}

const norm = (rs: MemRangeView[]) => rs.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))));

describe('Hypervisor.memMap: runs from the host stage-2 entries', () => {
  it('equals the page-by-page map on the small platform after random ownership calls (any window)', async () => {
    const platform = loadPlatform(resolve(PLATFORMS, 'small.json'));
    const RAM = 0x4000_0000;
    const ram = (i: number) => (RAM + 0x20_0000) / PAGE_SIZE + i;
    const mmio = (i: number) => [0x1000_0000 / PAGE_SIZE + i, 0x0905_0000 / PAGE_SIZE + i, 0x0900_0000 / PAGE_SIZE + i][i % 3];
    const cmd = fc.oneof(
      fc.tuple(fc.constantFrom('__pkvm_host_share_hyp', '__pkvm_host_unshare_hyp', '__pkvm_host_donate_hyp_mmio'), fc.nat(7).map(ram)),
      fc.tuple(fc.constantFrom('__pkvm_host_donate_hyp', '__pkvm_hyp_donate_host', '__pkvm_hyp_pin_shared_mem', '__pkvm_host_share_ffa'), fc.nat(7).map(ram), fc.integer({ min: 1, max: 3 })),
      fc.tuple(fc.constantFrom('__pkvm_host_donate_hyp_mmio', '__pkvm_hyp_donate_host_mmio'), fc.nat(5).map(mmio)),
      fc.tuple(fc.constant('__pkvm_host_donate_guest'), fc.nat(7).map(ram), fc.nat(3)),
      fc.tuple(fc.constant('host_fault'), fc.oneof(fc.nat(7).map(ram), fc.nat(5).map(mmio))),
    );
    await fc.assert(fc.asyncProperty(fc.array(cmd, { maxLength: 12 }), fc.nat(40), fc.nat(40), async (cmds, w0, w1) => {
      const h = await booted(platform);
      const pv = await h.call('__pkvm_init_vm', [0xffff0001, 1, 1]);
      await h.call('__pkvm_host_share_hyp', [ram(100)]);
      await h.call('__pkvm_init_vcpu', [pv, ram(100)]);
      await h.call('__pkvm_vcpu_load', [pv, 0, 0]);
      for (const [name, a, b] of cmds) {
        if (name === 'host_fault') h.mp!.hostMemAbort(a * PAGE_SIZE);
        else if (name === '__pkvm_host_donate_guest') await h.call(name, [a, 0x200 + (b ?? 0)]);
        else if (name === '__pkvm_hyp_donate_host_mmio' && !h.mp!.hypVaMapped(a * PAGE_SIZE)) continue; // a WARN only
        else await h.call(name, b === undefined ? [a] : [a, b]);
      }
      expect(norm(h.memMap(0, 0))).toEqual(norm(memMapPaged(h, 0, 0)));
      const s = RAM + 0x1f_0000 + w0 * 0x1800;
      const e = s + 1 + w1 * 0x1000;
      expect(norm(h.memMap(s, e))).toEqual(norm(memMapPaged(h, s, e)));
      const m = 0x0904_f000 + w0 * 0x800;
      expect(norm(h.memMap(m, m + w1 * 0x1000 + 0x10))).toEqual(norm(memMapPaged(h, m, m + w1 * 0x1000 + 0x10)));
    }), { numRuns: process.env.PKVM_SOAK ? 200 : 25 });
  });

  it('qemu-virt: covers every RAM and MMIO region, 512 GiB of pcie-mmio-high as a few runs, and answers fast', async () => {
    const platform = loadPlatform(resolve(PLATFORMS, 'qemu-virt.json'));
    const h = await booted(platform);
    const high = platform.mmio.find((r) => r.name === 'pcie-mmio-high')!;
    expect(await h.call('__pkvm_host_donate_hyp_mmio', [(high.base + 0x40_0000_0000) / PAGE_SIZE])).toBe(0);
    const t0 = performance.now();
    const map = h.memMap(0, 0);
    const ms = performance.now() - t0;
    // eslint-disable-next-line no-console
    console.log(`qemu-virt MemMap: ${map.length} runs over ${platform.ram.length} memblock(s) and ${platform.mmio.length} MMIO regions in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(5000); // generous: the page-by-page walk took minutes (134M pages of pcie-mmio-high)
    // Sorted, non-overlapping, and exactly the union of the regions.
    for (let i = 1; i < map.length; i++) expect(map[i].start).toBeGreaterThanOrEqual(map[i - 1].end);
    const regions = [...platform.ram.map((r) => ({ ...r, mem: true })), ...platform.mmio.map((r) => ({ ...r, mem: false }))].sort((x, y) => x.base - y.base);
    for (const r of regions) {
      const inside = map.filter((x) => x.start < r.base + r.size && x.end > r.base);
      const covered = inside.reduce((n, x) => n + Math.min(x.end, r.base + r.size) - Math.max(x.start, r.base), 0);
      expect({ region: r.base, covered }).toEqual({ region: r.base, covered: r.size });
      expect(inside.every((x) => x.isMemory === r.mem)).toBe(true);
    }
    const total = map.reduce((n, x) => n + (x.end - x.start), 0);
    expect(total).toBe(regions.reduce((n, r) => n + r.size, 0));
    // The donated page is its own run; the rest of pcie-mmio-high is the host's in (at most) two runs around it.
    const donated = map.find((x) => x.start === high.base + 0x40_0000_0000);
    expect(donated).toMatchObject({ end: high.base + 0x40_0000_1000, owner: 'HYP', hostState: 'NOPAGE', hypState: 'OWNED', isMemory: false });
    expect(map.filter((x) => x.start >= high.base && x.end <= high.base + high.size)).toHaveLength(3);
    // The carve-out is HYP's in the map too.
    const co = h.carveOut!;
    expect(map.filter((x) => x.start < co.base + co.size && x.end > co.base).every((x) => x.owner === 'HYP')).toBe(true);
    // A window inside pcie-mmio-high is cut to the window.
    expect(h.memMap(high.base + 0x1000, high.base + 0x3000)).toEqual([expect.objectContaining({ start: high.base + 0x1000, end: high.base + 0x3000, owner: 'HOST' })]);
  });
});
