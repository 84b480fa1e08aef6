import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { EventStore } from '@pkvm/event-store';
import { pkvm } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { repoRoot } from '../support/service-process';

// The counter service answers x1 = the stream's new version, so a second run of one request would answer differently.
const FIXTURE = join(repoRoot, 'dist/test/fixtures/counter-service.main.js');

function startCounter(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', join(repoRoot, 'scripts/register-paths.js'), FIXTURE], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.stdout!.setEncoding('utf8').on('data', (s: string) => s.includes('READY') && ok(child));
    child.once('exit', (code) => fail(new Error(`counter service exited with ${code}`)));
  });
}

const kill = (c: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((done) => {
    c.once('exit', () => done());
    c.kill(signal);
  });

describe('a request id runs its handler once, on the real event store', () => {
  const prefix = uniquePrefix('once');
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-once-'));
  const env = { NATS_URL: sharedNatsUrl(), PKVM_PREFIX: prefix, PKVM_DATA_DIR: dataDir };
  let nc: NatsConnection;
  let client: HypercallClient;

  beforeAll(async () => {
    nc = await connect({ servers: sharedNatsUrl() });
    client = new HypercallClient(nc, { subjectPrefix: prefix, defaultTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(`${prefix}_PKVM`).catch(() => undefined);
    await nc.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const count = (requestId: string) =>
    client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1, args: [7] }, { requestId }).then((r) => r.x1);

  it('answers a repeated id with the first reply, also across SIGKILL and restart of the service', async () => {
    let service = await startCounter(env);
    expect(await count('A')).toBe(1);
    expect(await count('A')).toBe(1);
    expect(await Promise.all([count('B'), count('B'), count('B')])).toEqual([2, 2, 2]);
    expect(await count('C')).toBe(3);

    await kill(service, 'SIGKILL');
    service = await startCounter(env);
    expect(await count('A')).toBe(1);
    expect(await count('B')).toBe(2);
    expect(await count('C')).toBe(3);
    expect(await count('D')).toBe(4);
    const jsm = await jetstreamManager(nc);
    const published = async () => (await jsm.streams.info(`${prefix}_PKVM`)).state.messages;
    for (const until = Date.now() + 10_000; (await published()) < 4 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 100));
    await kill(service, 'SIGTERM');

    // Exactly four events in the store and in JetStream, whatever was retried.
    const store = await EventStore.open({ service: 'hypervisor', database: { kind: 'sqlite', file: join(dataDir, 'counter.sqlite') } });
    const events = await store.readStream('counter:7');
    await store.close();
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
    expect(await published()).toBe(4);
  }, 60_000);
});
