/**
 * A persisted call (dedupe record + event append + reply, one commit) with 64 in flight, against a raw anchor
 * in the same run: a bare NATS request-reply whose server does one better-sqlite3 insert per request. Both are
 * served by one child process, test/fixtures/counter-service.main.ts.
 * Goal: at least 0.8x the anchor's throughput.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { pkvm } from '@pkvm/proto';
import { HypercallClient, subjectFor } from '@pkvm/transport';
import { reportFigure } from './bench-report';

const RAW = 'bench.raw.Persist';
const LANES = 64;
const CALLS = Number(process.env.PKVM_BENCH_PERSISTED_CALLS ?? 20_000);
const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `benchp${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function startServer(dataDir: string): Promise<() => void> {
  const child = spawn(process.execPath, ['-r', resolve(__dirname, '..', '..', 'scripts', 'register-paths.js'), join(__dirname, '..', 'test', 'fixtures', 'counter-service.main.js')], {
    env: { ...process.env, NATS_URL: url, PKVM_PREFIX: prefix, PKVM_DATA_DIR: dataDir, PKVM_RAW_SUBJECT: RAW },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    child.stdout!.setEncoding('utf8').on('data', (s: string) => s.includes('READY') && ok());
    child.once('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

/** 64 lanes, each awaiting its previous call, CALLS in all; returns calls per second. */
async function throughput(call: (lane: number, expected: number) => Promise<void>): Promise<number> {
  const perLane = Math.ceil(CALLS / LANES);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      for (let v = 0; v < perLane; v++) await call(lane, v);
    }),
  );
  return (perLane * LANES) / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-bench-persisted-'));
  const stop = await startServer(dataDir);
  const nc = await connect({ servers: url });
  const client = new HypercallClient(nc, { subjectPrefix: prefix, defaultTimeoutMs: 30_000 });
  const rawSubject = subjectFor(prefix, RAW);
  let round = 0;
  try {
    const rawCall = async (lane: number) => {
      const msg = await nc.request(rawSubject, pkvm.v1.HvcRequest.encode({ x0: 1, args: [lane + 1000 * round] }).finish(), { timeout: 30_000 });
      if (!(pkvm.v1.HvcResponse.decode(msg.data).x1 > 0)) throw new Error('raw anchor did not insert');
    };
    const persistedCall = async (lane: number, expected: number) => {
      const r = await client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1, args: [lane + 1000 * round] });
      if (r.x1 !== expected + 1) throw new Error(`persisted call answered version ${r.x1}, expected ${expected + 1}`);
    };
    process.stderr.write(`persisted-call: warming up\n`);
    await throughput(rawCall);
    round++;
    await throughput(persistedCall);
    round++;
    process.stderr.write(`persisted-call: measuring ${CALLS} calls each, ${LANES} in flight\n`);
    const rawRate = await throughput(rawCall);
    round++;
    const persistedRate = await throughput(persistedCall);
    reportFigure({
      name: `persisted call (dedupe+append+reply), ${LANES} in flight`,
      value: persistedRate,
      unit: 'calls/s',
      baselineName: 'NATS req-reply + 1 sqlite insert',
      baseline: rawRate,
      goal: '>= 0.8x',
    });
  } finally {
    await nc.close();
    stop();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`persisted-call bench: ${e.stack ?? e}\n`);
  process.exit(1);
});
