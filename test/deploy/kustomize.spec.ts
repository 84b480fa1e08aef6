/**
 * deploy/: every overlay renders with `kubectl kustomize` (kubectl 1.20's kustomize v2.0.3 or newer), every
 * rendered object validates offline against the Kubernetes schema (kubernetes-models), and the policies hold:
 * probes, requests and limits, non-root, read-only root filesystems, volumes, replicas, PostgreSQL in prod,
 * the NATS configuration and identities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDENTITIES, passwordVariable } from '../../scripts/nats-authz';
import { COMMITTED_NATS_CONFIG, deployDir, describeWithKubectl, type K8sObject, OVERLAYS, type Overlay, render, renderOverlay, repoRoot } from './support/deploy-support';

const APPS = ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator'];
const WORKLOADS = new Set(['Deployment', 'StatefulSet']);

/** kubernetes-models' class for an apiVersion and kind: `apps/v1` Deployment -> kubernetes-models/apps/v1/Deployment. */
function modelFor(o: K8sObject): new (data: object) => { validate(): void } {
  const path = `kubernetes-models/${o.apiVersion}/${o.kind}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path) as Record<string, new (data: object) => { validate(): void }>;
  const model = mod[o.kind] ?? (mod as unknown as { default: new (data: object) => { validate(): void } }).default;
  if (!model) throw new Error(`no kubernetes-models class for ${o.apiVersion} ${o.kind}`);
  return model;
}

function validate(o: K8sObject): void {
  const Model = modelFor(o);
  new Model(o).validate();
}

const byKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name}`);
  return o;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Container = any;
const podSpec = (w: K8sObject) => w.spec.template.spec;
const containersOf = (w: K8sObject): Container[] => [...(podSpec(w).initContainers ?? []), ...podSpec(w).containers];
const env = (c: Container, name: string) => (c.env ?? []).find((e: { name: string }) => e.name === name);
const portNumber = (c: Container, port: string | number) => (typeof port === 'number' ? port : c.ports.find((p: { name: string }) => p.name === port)?.containerPort);
const configMapOf = (objects: K8sObject[], prefix: string) => {
  const found = byKind(objects, 'ConfigMap').filter((c) => c.metadata.name.startsWith(`${prefix}-`) || c.metadata.name === prefix);
  expect(found).toHaveLength(1);
  return found[0];
};

describeWithKubectl()('Kustomize overlays (kubectl kustomize)', () => {
  describe.each(OVERLAYS)('%s', (overlay: Overlay) => {
    const objects = () => renderOverlay(overlay);

    it('renders, with the expected objects', () => {
      const kinds = objects().map((o) => `${o.kind}/${o.metadata.name.replace(/-[a-z0-9]{10}$/, '')}`).sort();
      const expected = [
        ...APPS.map((a) => `Deployment/${a}`),
        'StatefulSet/nats',
        'Service/nats',
        'ConfigMap/nats-config',
        'ConfigMap/pkvm-platforms',
        `Namespace/${overlay === 'prod' ? 'pkvm' : 'pkvm-dev'}`,
        ...(overlay === 'prod' ? ['StatefulSet/postgres', 'Service/postgres'] : ['Secret/pkvm-nats-users']),
      ].sort();
      expect(kinds).toEqual(expected);
      for (const o of objects()) if (o.kind !== 'Namespace') expect(o.metadata.namespace).toBe(overlay === 'prod' ? 'pkvm' : 'pkvm-dev');
    });

    it('every object validates against the Kubernetes schema (kubernetes-models, offline)', () => {
      for (const o of objects()) {
        try {
          validate(o);
        } catch (e) {
          throw new Error(`${o.kind} ${o.metadata.name}: ${(e as Error).message}`);
        }
      }
    });

    it('every container has readiness and liveness probes, CPU and memory requests and limits', () => {
      for (const w of objects().filter((o) => WORKLOADS.has(o.kind))) {
        for (const c of containersOf(w)) {
          const where = `${w.kind} ${w.metadata.name} container ${c.name}`;
          expect([where, !!c.readinessProbe, !!c.livenessProbe]).toEqual([where, true, true]);
          for (const k of ['requests', 'limits']) for (const r of ['cpu', 'memory']) expect([where, k, r, c.resources?.[k]?.[r] !== undefined]).toEqual([where, k, r, true]);
        }
      }
    });

    it('every pod runs as non-root with a read-only root filesystem, no privilege escalation, no capabilities', () => {
      for (const w of objects().filter((o) => WORKLOADS.has(o.kind))) {
        const pod = podSpec(w).securityContext ?? {};
        for (const c of containersOf(w)) {
          const sc = { ...pod, ...(c.securityContext ?? {}) };
          const where = `${w.kind} ${w.metadata.name} container ${c.name}`;
          expect([where, sc.runAsNonRoot, sc.runAsUser > 0, sc.readOnlyRootFilesystem, sc.allowPrivilegeEscalation, sc.capabilities?.drop]).toEqual([where, true, true, true, false, ['ALL']]);
        }
        expect(podSpec(w).automountServiceAccountToken).toBe(false);
      }
    });

    it('the services: probes on HEALTH_PORT (/readyz, /livez), writable /tmp and data dir on emptyDir, the platforms ConfigMap', () => {
      for (const app of APPS) {
        const d = named(objects(), 'Deployment', app);
        const c = podSpec(d).containers[0];
        const healthPort = Number(env(c, 'HEALTH_PORT')?.value);
        expect(healthPort).toBeGreaterThan(0);
        expect({ path: c.readinessProbe.httpGet.path, port: portNumber(c, c.readinessProbe.httpGet.port) }).toEqual({ path: '/readyz', port: healthPort });
        expect({ path: c.livenessProbe.httpGet.path, port: portNumber(c, c.livenessProbe.httpGet.port) }).toEqual({ path: '/livez', port: healthPort });
        const volumes = new Map<string, Record<string, unknown>>(podSpec(d).volumes.map((v: { name: string }) => [v.name, v]));
        const mountedAt = (path: string) => volumes.get(c.volumeMounts.find((m: { mountPath: string }) => m.mountPath === path)?.name);
        expect(mountedAt('/tmp')?.emptyDir).toBeDefined();
        expect(mountedAt(env(c, 'PKVM_DATA_DIR').value)?.emptyDir).toBeDefined();
        const platforms = mountedAt(env(c, 'PKVM_PLATFORMS_DIR').value)?.configMap as { name: string };
        expect(platforms.name).toBe(configMapOf(objects(), 'pkvm-platforms').metadata.name);
        expect(env(c, 'PKVM_PLATFORM').value).toBe(`${env(c, 'PKVM_PLATFORMS_DIR').value}/qemu-virt.json`);
        expect(env(c, 'PKVM_SUBJECT_PREFIX')).toBeUndefined(); // the deployment's subjects are unprefixed, as nats-server.conf
        expect(c.image).toMatch(/^pkvm-iommu-twin:(?!latest$)\S+$/);
        // Its own NATS identity, its password from the Secret under its own key.
        expect(env(c, 'NATS_USER').value).toBe(app);
        expect(env(c, 'NATS_PASSWORD').valueFrom.secretKeyRef.key).toBe(app);
        expect(env(c, 'NATS_PASSWORD').valueFrom.secretKeyRef.name).toMatch(/^pkvm-nats-users/);
        expect(env(c, 'NATS_URL').value).toBe('nats://nats:4222');
      }
    });

    it('the services: Prometheus scrapes /metrics on the health port (prometheus.io pod annotations)', () => {
      for (const app of APPS) {
        const d = named(objects(), 'Deployment', app);
        const healthPort = env(podSpec(d).containers[0], 'HEALTH_PORT')?.value;
        expect([app, d.spec.template.metadata.annotations]).toEqual([app, { 'prometheus.io/scrape': 'true', 'prometheus.io/port': healthPort, 'prometheus.io/path': '/metrics' }]);
      }
    });

    it(`replicas: ${overlay === 'prod' ? 'two of each service (one holds the writer lease), stopped before the new start (Recreate)' : 'one of each service'}`, () => {
      for (const app of APPS) {
        const d = named(objects(), 'Deployment', app);
        expect([app, d.spec.replicas]).toEqual([app, overlay === 'prod' ? 2 : 1]);
        expect(d.spec.strategy.type).toBe('Recreate');
      }
    });

    it('NATS: a StatefulSet with JetStream on a PersistentVolumeClaim, the Helm chart\'s probes on 8222, the committed configuration', () => {
      const s = named(objects(), 'StatefulSet', 'nats');
      const c = podSpec(s).containers[0];
      expect(portNumber(c, 'monitor')).toBe(8222);
      expect(portNumber(c, 'nats')).toBe(4222);
      expect({ path: c.startupProbe.httpGet.path, port: c.startupProbe.httpGet.port }).toEqual({ path: '/healthz', port: 'monitor' });
      expect(c.readinessProbe.httpGet.path).toBe('/healthz?js-server-only=true');
      expect(c.livenessProbe.httpGet.path).toBe('/healthz?js-enabled-only=true');
      const pvc = s.spec.volumeClaimTemplates.find((t: K8sObject) => t.metadata.name === 'jetstream');
      expect(pvc.spec.resources.requests.storage).toBe(overlay === 'prod' ? '10Gi' : '1Gi');
      expect(c.volumeMounts.find((m: { name: string }) => m.name === 'jetstream').mountPath).toBe('/data/jetstream');
      const config = configMapOf(objects(), 'nats-config');
      expect(config.data['nats-server.conf']).toBe(readFileSync(COMMITTED_NATS_CONFIG, 'utf8'));
      expect(config.data['nats-server.conf']).toContain('store_dir: "/data"');
      expect(c.args).toEqual(['--config', '/etc/nats-config/nats-server.conf']);
      // Every password variable the configuration reads comes from the Secret.
      for (const id of IDENTITIES) {
        expect([id, env(c, passwordVariable(id))?.valueFrom?.secretKeyRef?.key]).toEqual([id, id]);
      }
      const svc = named(objects(), 'Service', 'nats');
      expect(svc.spec.ports.map((p: { port: number }) => p.port).sort()).toEqual([4222, 8222]);
    });

    it('the platforms ConfigMap holds every platforms/*.json, byte for byte', () => {
      const cm = configMapOf(objects(), 'pkvm-platforms');
      const files = readdirSync(join(repoRoot, 'platforms')).filter((f) => f.endsWith('.json')).sort();
      expect(Object.keys(cm.data).sort()).toEqual(files);
      for (const f of files) {
        if (cm.data[f] !== readFileSync(join(repoRoot, 'platforms', f), 'utf8')) {
          throw new Error(`deploy/base/platforms/${f} differs from platforms/${f}: cp platforms/*.json deploy/base/platforms/ (kustomize reads no file outside deploy/base)`);
        }
      }
    });

    if (overlay === 'prod') {
      it('PostgreSQL: a StatefulSet on a PVC; every service takes DATABASE_URL from the Secret; no Secret is committed', () => {
        const pg = named(objects(), 'StatefulSet', 'postgres');
        const c = podSpec(pg).containers[0];
        const pvc = pg.spec.volumeClaimTemplates[0];
        expect(c.volumeMounts.find((m: { name: string }) => m.name === pvc.metadata.name).mountPath).toBe('/var/lib/postgresql/data');
        expect(env(c, 'PGDATA').value.startsWith('/var/lib/postgresql/data/')).toBe(true);
        expect(env(c, 'POSTGRES_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: 'pkvm-postgres', key: 'password' });
        for (const app of APPS) {
          const sc = podSpec(named(objects(), 'Deployment', app)).containers[0];
          expect(env(sc, 'DATABASE_URL').valueFrom.secretKeyRef).toEqual({ name: 'pkvm-postgres', key: 'database-url' });
        }
        expect(byKind(objects(), 'Secret')).toEqual([]);
      });
    } else {
      it('dev: SQLite (no DATABASE_URL, no PostgreSQL); the development NATS passwords are generated, one key per identity', () => {
        for (const app of APPS) expect(env(podSpec(named(objects(), 'Deployment', app)).containers[0], 'DATABASE_URL')).toBeUndefined();
        const [secret] = byKind(objects(), 'Secret');
        expect(Object.keys(secret.data).sort()).toEqual([...IDENTITIES].sort());
      });
    }
  });

  it('the base renders on its own, and the validator rejects a broken object (it is not vacuous)', () => {
    const base = render(join(deployDir, 'base'));
    expect(base.length).toBeGreaterThan(0);
    const d = structuredClone(named(base, 'Deployment', 'iommu'));
    d.spec.template.spec.containers[0].ports[0].containerPort = 'eighty';
    expect(() => validate(d)).toThrow(/containerPort/);
    const s = structuredClone(named(base, 'StatefulSet', 'nats'));
    delete s.spec.selector;
    expect(() => validate(s)).toThrow(/selector/);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);

  it('is multi-stage: builds with npm ci + tsc, ships only dist, production node_modules and the path hook, as non-root', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/RUN npm ci\b/);
    expect(text).toMatch(/tsc -p tsconfig\.build\.json/);
    expect(text).toMatch(/npm ci --omit=dev/);
    const runtime = stages[stages.length - 1];
    expect(runtime).toMatch(/COPY --from=\S+ .*\/node_modules/);
    expect(runtime).toMatch(/COPY --from=\S+ .*\/dist/);
    expect(runtime).toContain('scripts/register-paths.js');
    expect(runtime).not.toMatch(/COPY (--\S+ )*(apps|libs|test) /);
    const user = runtime.match(/^USER (\S+)/m)?.[1] ?? '';
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(user.split(':')[0]).toBe('1000'); // the runAsUser of the Deployments
    expect(runtime).toMatch(/ENTRYPOINT \["node", "-r", "\.\/scripts\/register-paths\.js"/);
  });

  it('runs the path given by the Deployments\' args, which the build emits', () => {
    for (const app of APPS) {
      const manifest = readFileSync(join(deployDir, 'base', 'services', `${app}.yaml`), 'utf8');
      expect(manifest).toContain(`args: ["dist/apps/${app}/src/main.js"]`);
    }
  });
});
