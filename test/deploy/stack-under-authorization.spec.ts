/**
 * The four real services under the deployment's NATS authorization: each connects as its own identity
 * (NATS_USER / NATS_PASSWORD, which every connection presents: natsIdentityFromEnv in libs/transport), on the
 * deployment's unprefixed subjects, stream PKVM and bucket pkvm_leases. The operator's tools ping them and run a
 * whole boot, so every cross-service call of the boot (boot-coordinator -> host.boot, host -> hyp.Hvc / early /
 * mmio / mem / dumps, hypervisor -> iommu.el2, iommu -> hypervisor.fault) passes the permissions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import type { AppName } from '@pkvm/proto';
import { HypercallClient } from '@pkvm/transport';
import { runBoot } from '../../apps/cli/src/commands/boot.command';
import { repoRoot, ServiceProcess } from '../support/service-process';
import type { PrivateNatsServer } from '../support/nats-server';
import { startProjectNatsServer, testPasswords } from './support/deploy-support';

const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];
const PING: Record<AppName, string> = {
  iommu: 'IommuService.Ping',
  hypervisor: 'HypervisorService.Ping',
  'host-kernel': 'HostKernelService.Ping',
  'boot-coordinator': 'BootCoordinatorService.Ping',
};

describe('the four services under the deployment\'s NATS authorization', () => {
  const passwords = testPasswords();
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-authz-stack-'));
  let server: PrivateNatsServer;
  let services: ServiceProcess[] = [];
  let operator: NatsConnection;
  let client: HypercallClient;

  beforeAll(async () => {
    server = await startProjectNatsServer(passwords);
    services = APPS.map((app) =>
      ServiceProcess.start(app, {
        NATS_URL: server.url,
        NATS_USER: app,
        NATS_PASSWORD: passwords[app],
        PKVM_SUBJECT_PREFIX: '',
        PKVM_STREAM: 'PKVM',
        PKVM_DATA_DIR: dataDir,
        PKVM_LEASE_TTL_MS: '2000',
      }),
    );
    operator = await connect({ servers: server.url, user: 'operator', pass: passwords.operator, name: 'test-operator' });
    client = new HypercallClient(operator, { subjectPrefix: '' });
  }, 30_000);

  afterAll(async () => {
    await client?.close().catch(() => undefined);
    await operator?.close().catch(() => undefined);
    await Promise.all(services.map((s) => s.stop()));
    await server?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('each service starts as its own identity: answers Ping and is ready (NATS, store, writer lease)', async () => {
    for (const app of APPS) {
      const until = Date.now() + 30_000;
      for (;;) {
        try {
          const r = await client.call<{ service: string }>(PING[app], {}, { timeoutMs: 1000 });
          expect(r.service).toBe(app);
          break;
        } catch (e) {
          if (Date.now() > until) throw new Error(`${app} did not answer Ping: ${(e as Error).message}\n${services.find((s) => s.app === app)?.log.slice(-3000)}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }
    for (const app of APPS) {
      const h = await client.call<Record<string, unknown>>(PING[app].replace('.Ping', '.Health'), {});
      expect(h).toMatchObject({ service: app, ready: true, natsConnected: true, storeWritable: true, leaseHeld: true });
    }
    for (const s of services) expect(s.log).not.toMatch(/permissions violation/i);
  }, 45_000);

  it('boots qemu-virt to PROTECTED with every cross-service call inside the permissions', async () => {
    const run = await runBoot(client, { timeoutMs: 60_000 }, () => undefined);
    expect(run.executor).toBe('host-kernel'); // the real services, not the simulator
    expect(run.outcome).toMatchObject({ status: 'PROTECTED' });
    for (const s of services) expect([s.app, s.log.match(/.*permissions violation.*/i)?.[0]]).toEqual([s.app, undefined]);
    expect(server.log).not.toMatch(/permissions violation/i);
    // The events reached the stream PKVM under each service's own subjects.
    const jsm = await jetstreamManager(operator).catch((e: Error) => e);
    expect(String(jsm)).toMatch(/permissions violation/i); // the operator's tools have no JetStream API
  }, 90_000);
});
