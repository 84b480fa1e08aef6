/**
 * Ownership hypercalls end to end (issue 4, "Measure"): the host's HypercallClient -> NATS -> apps/hypervisor
 * (dispatch, host stage-2 ownership, the event appended with the reply) -> for donations NATS -> apps/iommu (the
 * idmap hook, IommuEl2Service.HostStage2Idmap) and back, against a raw nats.js request-reply in the same run.
 *
 *   npm run bench -- ownership        (or: npm run build && node -r ./scripts/register-paths.js dist/bench/ownership.bench.js)
 *
 * - apps/iommu and apps/hypervisor run from dist/ as child processes (as test/hypervisor/support/hyp-fixture.ts
 *   starts them) on a unique subject prefix, a temporary data dir and PKVM_PLATFORM=platforms/qemu-virt.json (4 GiB of
 *   RAM), booted as the host boots them: GBPA = ABORT, SetIommuPoolPages, InstallIommuOps, __pkvm_init and
 *   __pkvm_prot_finalize on every CPU.
 * - Pairs, each on its own host page: __pkvm_host_share_hyp + __pkvm_host_unshare_hyp (EL2 only: no iommu call) and
 *   __pkvm_host_donate_hyp + __pkvm_hyp_donate_host of one page (each one HostStage2Idmap call to the iommu).
 *   1 in flight (calls/s and the p50 of one call) and 64 in flight (calls/s).
 * - Baseline: a raw nats.js request-reply on the same NatsConnection as the HypercallClient, answered by a bare
 *   subscriber in its own child process (test/fixtures/ownership-bench-echo.main.ts: decode HvcRequest, reply a
 *   fixed HvcResponse; no headers, no NestJS, no store), 1 and 64 in flight, measured interleaved with the calls.
 * - 16 MiB (4,096 pages): donated as 4,096 one-page __pkvm_host_donate_hyp calls with 64 in flight and reclaimed
 *   likewise with __pkvm_hyp_donate_host, against one __pkvm_host_donate_hyp(pfn, 4096) and one
 *   __pkvm_hyp_donate_host(pfn, 4096) on another, equally fresh and 2 MiB-aligned 16 MiB range.
 *   PKVM_SOAK=1 adds the same comparison for 1 GiB (262,144 pages); `npm run soak` territory, minutes long.
 *
 * Every call's x0 and x1 are checked: a refusal or an SMCCC error stops the bench with exit code 1, so every figure
 * is of successful calls. Knobs: PKVM_BENCH_OWNERSHIP_PAIRS_1 (pairs at 1 in flight, per kind, default 600),
 * PKVM_BENCH_OWNERSHIP_PAIRS_64 (default 2000), PKVM_BENCH_SERVER_NODE_ARGS (e.g. --cpu-prof, for both services).
 * NATS: NATS_URL or nats://127.0.0.1:4222. Progress goes to stderr; figures to stdout (bench-report).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kvmHypReserve, summarizePlatform } from '@pkvm/boot-saga';
import { encodeHypercall } from '@pkvm/hypercalls';
import { loadPlatform } from '@pkvm/platform';
import { pkvm } from '@pkvm/proto';
import { HypercallClient, subjectFor } from '@pkvm/transport';
import { percentile, reportFigure } from './bench-report';

const repoRoot = resolve(__dirname, '..', '..'); // dist/bench -> repo
const distRoot = resolve(__dirname, '..');
const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `benchown${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PLATFORM_FILE = resolve(repoRoot, 'platforms', 'qemu-virt.json');
const SOAK = process.env.PKVM_SOAK === '1';
const PAIRS_1 = Number(process.env.PKVM_BENCH_OWNERSHIP_PAIRS_1 ?? 600);
const PAIRS_64 = Number(process.env.PKVM_BENCH_OWNERSHIP_PAIRS_64 ?? 2000);
const LANES = 64;
const PAGE = 4096;
const MIB16_PAGES = (16 << 20) / PAGE; // 4096
const GIB_PAGES = (1 << 30) / PAGE; // 262144
const RAW = 'bench.raw.OwnershipEcho';
/** SMMUv3 GBPA register offset and bits (PKVM.md §5.7), as the host driver programs them before __pkvm_init. */
const GBPA = 0x44;
const GBPA_ABORT = 1 << 20;
const GBPA_UPDATE = 2 ** 31;

const progress = (s: string) => process.stderr.write(`ownership: ${s}\n`);
const nowNs = () => process.hrtime.bigint();
const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** A child process whose output tail is kept for failure messages. */
class Child {
  private tail = '';
  readonly exited: Promise<number | null>;
  constructor(readonly name: string, readonly proc: ChildProcess) {
    const keep = (d: Buffer | string) => (this.tail = (this.tail + d.toString()).slice(-6000));
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    this.exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  }

  static start(name: string, main: string, env: Record<string, string>, nodeArgs: string[] = []): Child {
    const proc = spawn(process.execPath, [...nodeArgs, '-r', resolve(repoRoot, 'scripts', 'register-paths.js'), main], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Child(name, proc);
  }

  get log(): string {
    return this.tail;
  }

  waitFor(text: string, ms: number): Promise<void> {
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`${this.name} did not print ${text} within ${ms} ms\n${this.tail}`)), ms);
      const on = (d: Buffer) => {
        if (d.toString().includes(text)) {
          clearTimeout(t);
          this.proc.stdout!.off('data', on);
          ok();
        }
      };
      this.proc.stdout!.on('data', on);
      void this.exited.then((code) => {
        clearTimeout(t);
        fail(new Error(`${this.name} exited with ${code}\n${this.tail}`));
      });
    });
  }

  async stop(): Promise<void> {
    const c = this.proc;
    if (c.exitCode !== null || c.signalCode !== null) return;
    const t = setTimeout(() => c.kill('SIGKILL'), 10_000);
    c.kill('SIGTERM');
    await this.exited;
    clearTimeout(t);
  }
}

interface Regs {
  x0: number;
  x1: number;
}

class Host {
  private readonly ids = new Map<string, number>();
  constructor(readonly client: HypercallClient, private readonly children: Child[]) {}

  /** One HVC by name; throws unless x0 = 0 and x1 = 0 (or `okX1(x1)`). */
  async hvc(name: string, args: number[], cpu = 0, timeoutMs?: number, okX1: (x1: number) => boolean = (x1) => x1 === 0): Promise<Regs> {
    let x0 = this.ids.get(name);
    if (x0 === undefined) {
      x0 = encodeHypercall(name, []).x0;
      this.ids.set(name, x0);
    }
    let res: pkvm.v1.HvcResponse;
    try {
      res = await this.client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0, args, cpu }, timeoutMs ? { timeoutMs } : {});
    } catch (e) {
      throw new Error(`${name}(${args.map((a) => '0x' + a.toString(16)).join(', ')}) on cpu ${cpu} failed: ${(e as Error).message}${this.logs()}`);
    }
    const r = { x0: Number(res.x0), x1: Number(res.x1) };
    if (r.x0 !== 0 || !okX1(r.x1)) {
      throw new Error(`${name}(${args.map((a) => '0x' + a.toString(16)).join(', ')}) on cpu ${cpu} answered x0=${r.x0} x1=${r.x1}${this.logs()}`);
    }
    return r;
  }

  call<T>(method: string, req: object): Promise<T> {
    return this.client.call<T>(method, req, { timeoutMs: 30_000 });
  }

  private logs(): string {
    return this.children.map((c) => (c.proc.exitCode !== null ? `\n--- ${c.name} exited ${c.proc.exitCode}:\n${c.log}` : '')).join('');
  }
}

async function waitReady(client: HypercallClient, ping: string, child: Child, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await client.call(ping, { nonce: 'ready' }, { timeoutMs: 1000 });
      return;
    } catch (e) {
      if (Date.now() > until || child.proc.exitCode !== null) throw new Error(`${child.name} did not answer ${ping}: ${(e as Error).message}\n${child.log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** `n` operations, at most `inFlight` at a time, each awaiting its own; returns the wall time in ms. */
async function lanes(n: number, inFlight: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = nowNs();
  await Promise.all(
    Array.from({ length: Math.min(inFlight, n) }, async () => {
      for (let i = next++; i < n; i = next++) await op(i);
    }),
  );
  return msSince(t0);
}

/** `n` operations one after another; pushes each latency (us) into `into`; returns the wall time in ms. */
async function sequential(n: number, op: (i: number) => Promise<unknown>, into: number[]): Promise<number> {
  const t0 = nowNs();
  for (let i = 0; i < n; i++) {
    const s = nowNs();
    await op(i);
    into.push(Number(nowNs() - s) / 1e3);
  }
  return msSince(t0);
}

async function main(): Promise<void> {
  const t00 = nowNs();
  const platform = loadPlatform(PLATFORM_FILE);
  const carveOut = kvmHypReserve(summarizePlatform(platform));
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-bench-ownership-'));
  const env = { NATS_URL: url, PKVM_SUBJECT_PREFIX: prefix, PKVM_DATA_DIR: dataDir, PKVM_LEASE_TTL_MS: '2000', PKVM_PLATFORM: PLATFORM_FILE };
  const nodeArgs = process.env.PKVM_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const rawSubject = subjectFor(prefix, RAW);
  const children: Child[] = [];
  let client: HypercallClient | undefined;
  let stopping = false;
  try {
    progress(`starting iommu, hypervisor and the raw echo (prefix ${prefix}, platform qemu-virt)`);
    const iommu = Child.start('iommu', resolve(distRoot, 'apps', 'iommu', 'src', 'main.js'), env, nodeArgs);
    const hyp = Child.start('hypervisor', resolve(distRoot, 'apps', 'hypervisor', 'src', 'main.js'), env, nodeArgs);
    const echo = Child.start('raw echo', resolve(distRoot, 'test', 'fixtures', 'ownership-bench-echo.main.js'), { NATS_URL: url, PKVM_RAW_SUBJECT: rawSubject });
    children.push(iommu, hyp, echo);
    client = await HypercallClient.connect({ servers: url, subjectPrefix: prefix, defaultTimeoutMs: 30_000, name: 'ownership-bench' });
    // A service that exits (a fail-stop, a BUG) fails every pending call at once instead of at its deadline.
    for (const c of children) {
      void c.exited.then((code) => {
        if (stopping) return;
        progress(`${c.name} exited with ${code} during the bench: failing the calls in flight`);
        void client?.close();
      });
    }
    await Promise.all([echo.waitFor('READY', 30_000), waitReady(client, 'IommuService.Ping', iommu), waitReady(client, 'HypervisorService.Ping', hyp)]);
    const host = new Host(client, children);
    const nc = client.connection;

    // ---- boot: the host's side up to and through de-privilege (as the hyp fixture does it) ----
    const tb = nowNs();
    for (const s of platform.smmus) {
      await host.call('IommuMmioService.Write', { pa: s.base + GBPA, width: 4, lo: (GBPA_ABORT | GBPA_UPDATE) >>> 0, hi: 0 });
    }
    await host.call('HypervisorEarlyService.SetIommuPoolPages', { pages: carveOut.iommuPages });
    await host.call('HypervisorEarlyService.InstallIommuOps', { driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true });
    await host.hvc('__pkvm_init', [carveOut.base, carveOut.totalPages * PAGE, platform.cpus.length, 0, 48], 0, 120_000);
    for (let cpu = 0; cpu < platform.cpus.length; cpu++) await host.hvc('__pkvm_prot_finalize', [], cpu);
    progress(`booted and de-privileged in ${msSince(tb).toFixed(0)} ms`);

    // ---- host pages: fresh, distinct, 2 MiB-aligned regions of RAM below the carve-out ----
    const ram = platform.ram[0];
    let nextPa = ram.base + 0x0800_0000; // 128 MiB into RAM
    const limit = Math.min(carveOut.base, ram.base + ram.size);
    const take = (pages: number): number => {
      const pa = nextPa;
      nextPa += Math.ceil((pages * PAGE) / 0x20_0000) * 0x20_0000;
      if (nextPa > limit) throw new Error(`bench layout: ${pages} pages at 0x${pa.toString(16)} run into the carve-out at 0x${limit.toString(16)}`);
      return pa / PAGE;
    };

    const rawReq = pkvm.v1.HvcRequest.encode({ x0: encodeHypercall('__pkvm_host_share_hyp', []).x0, args: [0x48000], cpu: 0 }).finish();
    const raw = async () => {
      const m = await nc.request(rawSubject, rawReq, { timeout: 30_000 });
      const r = pkvm.v1.HvcResponse.decode(m.data);
      if (Number(r.x0) !== 0 || Number(r.x1) !== 0) throw new Error('raw echo answered a non-zero register');
    };
    const sharePair = (pfn: number) => async (into?: number[]) => {
      let s = nowNs();
      await host.hvc('__pkvm_host_share_hyp', [pfn]);
      into?.push(Number(nowNs() - s) / 1e3);
      s = nowNs();
      await host.hvc('__pkvm_host_unshare_hyp', [pfn]);
      into?.push(Number(nowNs() - s) / 1e3);
    };
    const donatePair = (pfn: number) => async (into?: number[]) => {
      let s = nowNs();
      await host.hvc('__pkvm_host_donate_hyp', [pfn, 1]);
      into?.push(Number(nowNs() - s) / 1e3);
      s = nowNs();
      await host.hvc('__pkvm_hyp_donate_host', [pfn, 1]);
      into?.push(Number(nowNs() - s) / 1e3);
    };
    type Kind = { name: string; pair: (pfn: number) => (into?: number[]) => Promise<void> };
    const kinds: Kind[] = [
      { name: 'share+unshare_hyp', pair: sharePair },
      { name: 'donate_hyp+hyp_donate_host, 1 page', pair: donatePair },
    ];

    // ---- warm-up: JIT, connections, the stores' first pages; on pages of their own ----
    progress('warming up');
    for (let i = 0; i < 300; i++) await raw();
    await lanes(3000, LANES, raw);
    for (const k of kinds) {
      const base = take(400);
      for (let i = 0; i < 100; i++) await k.pair(base + i)();
      await lanes(300, LANES, (i) => k.pair(base + 100 + i)());
    }

    // ---- 1 in flight: interleaved blocks (raw, share pairs, donate pairs) so drift hits all alike ----
    progress(`1 in flight: ${PAIRS_1} pairs of each kind (${2 * PAIRS_1} calls), raw round trips alongside`);
    const BLOCKS = 6;
    const rawUs: number[] = [];
    let rawMs = 0;
    const us = kinds.map(() => [] as number[]);
    const ms = kinds.map(() => 0);
    const bases = kinds.map(() => take(PAIRS_1));
    for (let b = 0; b < BLOCKS; b++) {
      const lo = Math.floor((b * PAIRS_1) / BLOCKS);
      const hi = Math.floor(((b + 1) * PAIRS_1) / BLOCKS);
      rawMs += await sequential(2 * (hi - lo), raw, rawUs);
      for (let k = 0; k < kinds.length; k++) {
        const t0 = nowNs();
        for (let i = lo; i < hi; i++) await kinds[k].pair(bases[k] + i)(us[k]);
        ms[k] += msSince(t0);
      }
    }
    rawUs.sort((a, b) => a - b);
    const raw1Rate = rawUs.length / (rawMs / 1e3);
    for (let k = 0; k < kinds.length; k++) {
      const sorted = [...us[k]].sort((a, b) => a - b);
      reportFigure({ name: `${kinds[k].name}, 1 in flight`, value: (2 * PAIRS_1) / (ms[k] / 1e3), unit: 'calls/s', baselineName: 'raw NATS round trip', baseline: raw1Rate });
      reportFigure({ name: `${kinds[k].name}, p50 of one call`, value: percentile(sorted, 50), unit: 'us', baselineName: 'raw NATS p50', baseline: percentile(rawUs, 50) });
      const first = us[k].filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
      const second = us[k].filter((_, i) => i % 2 === 1).sort((a, b) => a - b);
      progress(`  ${kinds[k].name}: p50 ${percentile(first, 50).toFixed(0)} us / ${percentile(second, 50).toFixed(0)} us, p99 ${percentile(sorted, 99).toFixed(0)} us`);
    }

    // ---- 64 in flight: raw, then each kind; every lane runs whole pairs on pages of their own ----
    progress(`${LANES} in flight: ${PAIRS_64} pairs of each kind (${2 * PAIRS_64} calls), raw round trips alongside`);
    const raw64Ms = await lanes(2 * PAIRS_64, LANES, raw);
    const raw64Rate = (2 * PAIRS_64) / (raw64Ms / 1e3);
    for (const k of kinds) {
      const base = take(PAIRS_64);
      const t = await lanes(PAIRS_64, LANES, (i) => k.pair(base + i)());
      reportFigure({ name: `${k.name}, ${LANES} in flight`, value: (2 * PAIRS_64) / (t / 1e3), unit: 'calls/s', baselineName: `raw NATS, ${LANES} in flight`, baseline: raw64Rate });
    }

    // ---- 16 MiB (and with PKVM_SOAK=1, 1 GiB): single-page calls, 64 in flight, vs one multi-page call ----
    const sizes: [string, number][] = [['16 MiB', MIB16_PAGES]];
    if (SOAK) sizes.push(['1 GiB', GIB_PAGES]);
    await host.hvc('__pkvm_host_donate_hyp', [take(64), 64]); // JIT the multi-page path
    for (const [label, pages] of sizes) {
      // the multi-page calls first: the cheaper half, and the one that fails fast if it fails
      progress(`${label}: one ${pages}-page donation and one reclaim`);
      const multi = take(pages);
      let t0 = nowNs();
      await host.hvc('__pkvm_host_donate_hyp', [multi, pages], 0, 120_000);
      const mDonate = msSince(t0);
      t0 = nowNs();
      await host.hvc('__pkvm_hyp_donate_host', [multi, pages], 0, 120_000);
      const mReclaim = msSince(t0);
      progress(`${label}: ${pages} single-page donations and reclaims, ${LANES} in flight`);
      const single = take(pages);
      const sDonate = await lanes(pages, LANES, (i) => host.hvc('__pkvm_host_donate_hyp', [single + i, 1]));
      const sReclaim = await lanes(pages, LANES, (i) => host.hvc('__pkvm_hyp_donate_host', [single + i, 1]));
      const what = `${pages} x 1 page, ${LANES} in flight`;
      reportFigure({ name: `${label} donate as ${what}`, value: sDonate, unit: 'ms', baselineName: `one ${pages}-page call`, baseline: mDonate });
      reportFigure({ name: `${label} reclaim as ${what}`, value: sReclaim, unit: 'ms', baselineName: `one ${pages}-page call`, baseline: mReclaim });
      reportFigure({ name: `${label} donate+reclaim as 2 x ${what}`, value: sDonate + sReclaim, unit: 'ms', baselineName: `two ${pages}-page calls`, baseline: mDonate + mReclaim });
    }
    const st = await host.call<pkvm.v1.HypStateResponse>('HypervisorDumpService.HypState', {});
    progress(`done in ${(msSince(t00) / 1e3).toFixed(1)} s (hyp:state idmap calls ${st.idmapCalls})`);
  } finally {
    stopping = true;
    await client?.close();
    for (const c of children.reverse()) await c.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`ownership bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
