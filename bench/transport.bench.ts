/**
 * Transport overhead: a Ping through HypercallClient -> NATS -> NatsHypercallServer (NestJS) and back, against a
 * raw nats.js request-reply of the same protobuf Ping between the same two processes (the server is one child
 * process answering both: the fixture service, and a bare subscription on a raw subject). Two more fixture processes
 * serve the same Ping with the services' instrumentation on (PKVM_OBSERVE=1: metrics, trace scope, served-call
 * logging), at LOG_LEVEL=info (the default: no line per call) and at LOG_LEVEL=debug (one JSON line per call).
 *
 *   npm run build && node -r ./scripts/register-paths.js dist/bench/transport.bench.js
 *
 * NATS: NATS_URL or nats://127.0.0.1:4222; every subject sits under a unique prefix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { pkvm } from '@pkvm/proto';
import { HypercallClient, subjectFor } from '@pkvm/transport';
import { percentile, reportFigure } from './bench-report';

const RAW = 'bench.raw.Ping';
const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = `bench${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Every server child spawned so far: killed at the end, and also when the bench fails half-way. */
const children: ChildProcess[] = [];

async function startServer(serverPrefix: string, env: Record<string, string>): Promise<void> {
  const root = resolve(__dirname, '..'); // dist/
  const main = join(root, 'test', 'fixtures', 'lease-service.main.js');
  const register = resolve(root, '..', 'scripts', 'register-paths.js');
  const extra = process.env.PKVM_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []; // e.g. --cpu-prof
  const child = spawn(process.execPath, [...extra, '-r', register, main], {
    env: { ...process.env, NATS_URL: url, PKVM_PREFIX: serverPrefix, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child); // before the wait: a server that never gets ready is killed too
  await new Promise<void>((ok, fail) => {
    const t = setTimeout(() => fail(new Error('bench server did not start within 15 s')), 15_000);
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      if (s.includes('READY')) {
        clearTimeout(t);
        ok();
      }
    });
    child.once('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
}

const stopServers = () => {
  for (const child of children) child.kill('SIGTERM');
};

async function main(): Promise<void> {
  await startServer(prefix, { PKVM_RAW_SUBJECT: RAW, PKVM_INSTANCE_ID: 'bench-server' });
  await startServer(`${prefix}o`, { PKVM_OBSERVE: '1', LOG_LEVEL: 'info', PKVM_INSTANCE_ID: 'bench-observed' });
  await startServer(`${prefix}d`, { PKVM_OBSERVE: '1', LOG_LEVEL: 'debug', PKVM_INSTANCE_ID: 'bench-observed-debug' });
  const nc = await connect({ servers: url, noAsyncTraces: process.env.PKVM_BENCH_ASYNC_TRACES !== '1' });
  const client = new HypercallClient(nc, { subjectPrefix: prefix });
  const observedClient = new HypercallClient(nc, { subjectPrefix: `${prefix}o` });
  const debugClient = new HypercallClient(nc, { subjectPrefix: `${prefix}d` });
  const rawSubject = subjectFor(prefix, RAW);
  let nonce = 0;

  const raw = async () => {
    const body = pkvm.v1.PingRequest.encode({ nonce: String(nonce++) }).finish();
    const msg = await nc.request(rawSubject, body, { timeout: 5000 });
    return pkvm.v1.PingResponse.decode(msg.data);
  };
  const transport = () => client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: String(nonce++) });
  const observed = () => observedClient.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: String(nonce++) });
  const observedDebug = () => debugClient.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: String(nonce++) });

  const sequential = async (fn: () => Promise<unknown>, n: number, into: number[]) => {
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      await fn();
      into.push(Number(process.hrtime.bigint() - t0) / 1e3);
    }
  };
  const concurrent = async (fn: () => Promise<unknown>, n: number, inFlight: number) => {
    let left = n;
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (left-- > 0) await fn();
      }),
    );
    return n / (Number(process.hrtime.bigint() - t0) / 1e9);
  };

  // warm up both paths (JIT, connections, Nest's handler chain)
  await sequential(raw, 2000, []);
  await sequential(transport, 2000, []);
  await sequential(observed, 2000, []);
  await sequential(observedDebug, 2000, []);
  await concurrent(raw, 5000, 64);
  await concurrent(transport, 5000, 64);

  // one in flight: interleaved blocks, so drift hits both alike
  const rawUs: number[] = [];
  const trUs: number[] = [];
  const obsUs: number[] = [];
  const dbgUs: number[] = [];
  for (let block = 0; block < 10; block++) {
    await sequential(raw, 500, rawUs);
    await sequential(transport, 500, trUs);
    await sequential(observed, 500, obsUs);
    await sequential(observedDebug, 500, dbgUs);
  }
  for (const a of [rawUs, trUs, obsUs, dbgUs]) a.sort((x, y) => x - y);
  reportFigure({ name: 'transport Ping round trip p50 (1 in flight)', value: percentile(trUs, 50), unit: 'us', baselineName: 'raw nats.js p50', baseline: percentile(rawUs, 50), goal: '<= 1.3x' });
  reportFigure({ name: 'transport Ping round trip p99 (1 in flight)', value: percentile(trUs, 99), unit: 'us', baselineName: 'raw nats.js p99', baseline: percentile(rawUs, 99) });
  // the instrumentation's cost: the same Ping with metrics + logging on, against the raw baseline of this run
  reportFigure({ name: 'Ping p50, metrics + logging (LOG_LEVEL=info)', value: percentile(obsUs, 50), unit: 'us', baselineName: 'raw nats.js p50', baseline: percentile(rawUs, 50) });
  reportFigure({ name: 'Ping p50, metrics + a log line per call (debug)', value: percentile(dbgUs, 50), unit: 'us', baselineName: 'raw nats.js p50', baseline: percentile(rawUs, 50) });
  reportFigure({ name: 'Ping p50, metrics + logging (info) vs uninstrumented', value: percentile(obsUs, 50), unit: 'us', baselineName: 'transport p50', baseline: percentile(trUs, 50) });

  // 64 in flight: best of three rounds each, interleaved
  let rawRate = 0;
  let trRate = 0;
  for (let round = 0; round < 3; round++) {
    rawRate = Math.max(rawRate, await concurrent(raw, 20_000, 64));
    trRate = Math.max(trRate, await concurrent(transport, 20_000, 64));
  }
  reportFigure({ name: 'transport Ping throughput (64 in flight)', value: trRate, unit: 'req/s', baselineName: 'raw nats.js', baseline: rawRate, goal: '>= 0.8x' });

  await nc.close();
  stopServers();
}

main().catch((err) => {
  process.stderr.write(`transport bench failed: ${(err as Error).stack ?? err}\n`);
  stopServers();
  process.exit(1);
});
