/**
 * The boot saga (issue 5): end-to-end boot wall time against the real services, and the replayer's speed.
 *
 * - Boot: a fresh four-service stack per run (a machine boots once) on qemu-virt (the default platform) and on
 *   large; the wall time from StartBoot to the terminal event as the coordinator recorded it, beside the same
 *   run's sum of step round trips (StepStarted -> its result, each measured by the runner around the service
 *   call): the difference is what the saga itself costs (fold, decide, the history appends). Median of
 *   PKVM_BENCH_BOOT_RUNS (default 3) boots per platform; the client-observed wall time is printed as well.
 * - verify: libs/boot-saga's replayer (fold + decide at every decision event) over a recorded protected history
 *   replicated to ~100k events (PKVM_BENCH_VERIFY_EVENTS), beside a plain fold of the same events without decide.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { fold, verify } from '@pkvm/boot-saga';
import type { BootSagaEvent } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';
import { reportFigure } from './bench-report';

const ROOT = resolve(__dirname, '..', '..');
const APPS = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'] as const;
const PING: Record<(typeof APPS)[number], string> = {
  iommu: 'IommuService.Ping',
  hypervisor: 'HypervisorService.Ping',
  'host-kernel': 'HostKernelService.Ping',
  'boot-coordinator': 'BootCoordinatorService.Ping',
};
const RUNS = Number(process.env.PKVM_BENCH_BOOT_RUNS ?? 3);
const VERIFY_EVENTS = Number(process.env.PKVM_BENCH_VERIFY_EVENTS ?? 100_000);
const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface BootRun {
  /** BootRequested.at -> terminal event .at (the coordinator's clock). */
  wallMs: number;
  /** StartBoot sent -> terminal seen by polling GetBoot (the client's clock). */
  clientMs: number;
  /** Sum over steps and the compensation of started -> result, as the runner recorded them. */
  roundTripsMs: number;
  calls: number;
  events: BootSagaEvent[];
}

/** One fresh stack (own prefix, data folder and stream), one boot, torn down. */
async function bootOnce(platform: string): Promise<BootRun> {
  const prefix = `benchboot${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-bench-boot-'));
  const env = { ...process.env, NATS_URL: url, PKVM_SUBJECT_PREFIX: prefix, PKVM_DATA_DIR: dataDir, PKVM_LEASE_TTL_MS: '2000', PKVM_PLATFORM: join(ROOT, 'platforms', `${platform}.json`) };
  const children: ChildProcess[] = [];
  const client = await HypercallClient.connect({ servers: url, subjectPrefix: prefix, defaultTimeoutMs: 10_000 });
  try {
    for (const app of APPS) {
      children.push(spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-paths.js'), join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], { cwd: ROOT, env, stdio: 'ignore' }));
    }
    for (const app of APPS) {
      const until = Date.now() + 60_000;
      for (;;) {
        try {
          await client.call(PING[app], { nonce: 'bench' }, { timeoutMs: 1000 });
          break;
        } catch (e) {
          if (Date.now() > until) throw new Error(`${app} did not answer: ${(e as Error).message}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }
    const t0 = process.hrtime.bigint();
    const { bootId } = await client.call<pkvm.v1.StartBootResponse>('BootSagaService.StartBoot', {});
    let events: BootSagaEvent[] = [];
    for (;;) {
      const r = await client.call<pkvm.v1.GetBootResponse>('BootSagaService.GetBoot', { bootId });
      if (r.boot?.outcome?.status !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING) {
        events = r.events.map((e) => JSON.parse(Buffer.from(e.json ?? new Uint8Array()).toString('utf8')) as BootSagaEvent);
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    const clientMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const last = events[events.length - 1]!;
    if (last.type !== 'BootSucceeded') throw new Error(`boot on ${platform} did not end PROTECTED: ${JSON.stringify(last)}`);
    let roundTripsMs = 0;
    let calls = 0;
    let startedAt = 0;
    for (const e of events) {
      if (e.type === 'StepStarted' || e.type === 'CompensationStarted') startedAt = e.at;
      // the runner stamps sub-steps and the result together, after the reply: the first of them ends the round trip
      if ((e.type === 'SubStepReported' || e.type === 'StepSucceeded' || e.type === 'StepFailed' || e.type === 'CompensationDone') && startedAt) {
        roundTripsMs += e.at - startedAt;
        calls++;
        startedAt = 0;
      }
    }
    return { wallMs: last.at - events[0]!.at, clientMs, roundTripsMs, calls, events };
  } finally {
    await Promise.all(
      children.map((c) => new Promise<void>((done) => (c.exitCode !== null || c.signalCode !== null ? done() : (c.once('exit', () => done()), c.kill('SIGTERM'))))),
    );
    await client.close();
    const nc = await connect({ servers: url });
    try {
      await (await jetstreamManager(nc)).streams.delete(`${prefix}_PKVM`).catch(() => undefined);
    } finally {
      await nc.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `history` copied (fresh objects, own boot id) until the copies hold about `total` events. */
function replicate(history: readonly BootSagaEvent[], total: number): BootSagaEvent[][] {
  const copies = Math.max(1, Math.round(total / history.length));
  return Array.from({ length: copies }, (_, i) => {
    const json = JSON.stringify(history).split(JSON.stringify((history[0] as { bootId: string }).bootId).slice(1, -1)).join(`bench-${i}`);
    return JSON.parse(json) as BootSagaEvent[];
  });
}

function eventsPerSecond(histories: BootSagaEvent[][], run: (h: BootSagaEvent[]) => void): number {
  const n = histories.reduce((s, h) => s + h.length, 0);
  const t0 = process.hrtime.bigint();
  for (const h of histories) run(h);
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function main(): Promise<void> {
  let recorded: BootSagaEvent[] = [];
  for (const platform of ['qemu-virt', 'large']) {
    process.stderr.write(`boot: ${RUNS} boot(s) on ${platform}, a fresh stack each\n`);
    const runs: BootRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await bootOnce(platform));
    if (platform === 'qemu-virt') recorded = runs[0]!.events;
    const m = runs.find((r) => r.wallMs === median(runs.map((x) => x.wallMs)))!;
    process.stderr.write(
      `boot: ${platform}: wall ${runs.map((r) => r.wallMs.toFixed(0)).join('/')} ms (client ${runs.map((r) => r.clientMs.toFixed(0)).join('/')} ms), ` +
        `${m.calls} service calls, ${m.events.length} events\n`,
    );
    reportFigure({
      name: `boot wall time, ${platform} (median of ${RUNS}, coordinator clock)`,
      value: m.wallMs,
      unit: 'ms',
      baselineName: 'sum of step round trips (runner)',
      baseline: m.roundTripsMs,
    });
    reportFigure({
      name: `boot wall time, ${platform} (median of ${RUNS}, client StartBoot->seen)`,
      value: median(runs.map((r) => r.clientMs)),
      unit: 'ms',
      baselineName: 'coordinator-clock wall time',
      baseline: m.wallMs,
    });
  }

  if (!verify(recorded).ok) throw new Error('the recorded history does not verify');
  const histories = replicate(recorded, VERIFY_EVENTS);
  const total = histories.reduce((s, h) => s + h.length, 0);
  process.stderr.write(`verify: ${histories.length} copies of a ${recorded.length}-event protected history, ${total} events\n`);
  // warm up both paths, then measure
  eventsPerSecond(histories.slice(0, 50), (h) => void verify(h));
  eventsPerSecond(histories.slice(0, 50), (h) => void fold(h));
  let bad = 0;
  const verifyRate = eventsPerSecond(histories, (h) => {
    if (!verify(h).ok) bad++;
  });
  const foldRate = eventsPerSecond(histories, (h) => void fold(h));
  if (bad) throw new Error(`${bad} copies did not verify`);
  reportFigure({ name: `verify (fold + decide), ${total} events`, value: verifyRate, unit: 'events/s', baselineName: 'plain fold, no decide', baseline: foldRate });
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`boot bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
