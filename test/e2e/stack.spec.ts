import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { repoRoot, ServiceProcess, stackEnv } from '../support/service-process';

const APPS = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'] as const;

function httpStatus(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    }).on('error', fail);
  });
}

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn().catch((e) => e as T);
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start --once', () => {
  it('starts the four services and shows each answering Ping over NATS', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-start-'));
    try {
      const r = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/start.js'), '--once'], {
        cwd: repoRoot,
        env: { ...process.env, ...stackEnv(uniquePrefix('start'), dataDir, sharedNatsUrl()) },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.stderr).toContain('all four services answer Ping over NATS');
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.services.map((s: { app: string }) => s.app).sort()).toEqual([...APPS].sort());
      for (const s of report.services) {
        expect(s).toMatchObject({ ok: true, live: true, ready: true, natsConnected: true, storeWritable: true, leaseHeld: true });
        expect(s.instanceId).toContain(s.app);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('a running stack', () => {
  const prefix = uniquePrefix('stack');
  const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-stack-'));
  const env = stackEnv(prefix, dataDir, sharedNatsUrl());
  const ports: Record<string, number> = {};
  let services: ServiceProcess[] = [];

  beforeAll(async () => {
    for (const app of APPS) ports[app] = await freePort();
    services = APPS.map((app) => ServiceProcess.start(app, { ...env, HEALTH_PORT: String(ports[app]) }));
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers liveness and readiness on each HTTP probe port', async () => {
    for (const app of APPS) {
      const ready = await eventually(() => httpStatus(ports[app], '/readyz'), (r) => r.status === 200);
      expect(ready).toEqual({ status: 200, body: 'ready\n' });
      expect((await httpStatus(ports[app], '/livez')).status).toBe(200);
      expect((await httpStatus(ports[app], '/nope')).status).toBe(404);
    }
  }, 60_000);

  it('a second instance of a service stands by: live but not ready while the first holds the lease', async () => {
    const port = await freePort();
    const standby = ServiceProcess.start('iommu', { ...env, HEALTH_PORT: String(port) });
    try {
      const live = await eventually(() => httpStatus(port, '/livez'), (r) => r.status === 200);
      expect(live.status).toBe(200);
      const ready = await httpStatus(port, '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body).toContain('standby');
    } finally {
      await standby.stop();
    }
  }, 60_000);

  it('pkvm ping --json reports every service ready over NATS', async () => {
    const r = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', prefix, 'ping', '--json', '--wait', '20000'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results).toHaveLength(4);
    for (const s of results) expect(s).toMatchObject({ ok: true, ready: true, leaseHeld: true });
  }, 90_000);

  it('pkvm ping exits 3 (no answer) and names the services that do not answer', async () => {
    const r = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', `${prefix}x`, 'ping', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(3);
    const results = JSON.parse(r.stdout);
    expect(results.every((s: { ok: boolean; answered: boolean; error: string }) => !s.ok && !s.answered && s.error === 'no responders')).toBe(true);
  }, 90_000);
});
