/**
 * The committed deploy/base/nats/nats-server.conf is what scripts/nats-authz.ts generates from SERVICE_ROUTES,
 * and the generated permissions say what ARCHITECTURE.md ("Wire", "Processes") says about who may call what.
 */
import { readFileSync } from 'node:fs';
import { METHODS, SERVICE_ROUTES } from '@pkvm/proto';
import { CALLERS, checkPolicy, IDENTITIES, natsServerConfig, passwordVariable, permissionsFor, type Identity } from '../../scripts/nats-authz';
import { COMMITTED_NATS_CONFIG } from './support/deploy-support';

/** NATS subject matching: `*` one token, `>` one or more trailing tokens. */
function matches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

const mayPublish = (id: Identity, subject: string) => {
  const p = permissionsFor(id).publish;
  return p.allow.some((a) => matches(a, subject)) && !p.deny.some((d) => matches(d, subject));
};
const maySubscribe = (id: Identity, subject: string) => permissionsFor(id).subscribe.allow.some((a) => matches(a, subject));
const subjects = [...METHODS.keys()];
const area = (prefix: string) => subjects.filter((s) => s.startsWith(`${prefix}.`));

describe('deploy/base/nats/nats-server.conf', () => {
  it('is current: the committed file is what scripts/nats-authz.ts generates from SERVICE_ROUTES', () => {
    const committed = readFileSync(COMMITTED_NATS_CONFIG, 'utf8');
    if (committed !== natsServerConfig()) {
      throw new Error(
        'deploy/base/nats/nats-server.conf is stale: run `npm run build && node -r ./scripts/register-paths.js dist/scripts/nats-authz.js --write`',
      );
    }
  });

  it('has a caller decision for every proto service in SERVICE_ROUTES, and none for services that are gone', () => {
    expect(() => checkPolicy()).not.toThrow();
    expect(() => checkPolicy({ ...SERVICE_ROUTES, NewService: { subjectRoot: 'pkvm.v1.new', app: 'iommu' } })).toThrow(/NewService/);
    expect(Object.keys(CALLERS).sort()).toEqual(Object.keys(SERVICE_ROUTES).sort());
  });

  it('keeps every password out of the file: one environment variable per identity', () => {
    const text = natsServerConfig();
    for (const id of IDENTITIES) expect(text).toContain(`password: $${passwordVariable(id)}\n`);
    expect(text).not.toMatch(/password:\s*"/);
  });

  it('pkvm.v1.iommu.el2.>: only the hypervisor publishes, only the iommu subscribes', () => {
    const el2 = area('pkvm.v1.iommu.el2');
    expect(el2.length).toBeGreaterThan(0);
    for (const s of el2) {
      expect(IDENTITIES.filter((id) => mayPublish(id, s))).toEqual(['hypervisor']);
      expect(IDENTITIES.filter((id) => maySubscribe(id, s))).toEqual(['iommu']);
    }
    expect(mayPublish('host-kernel', 'pkvm.v1.iommu.el2.AnyNewMethod')).toBe(false);
  });

  it('the host kernel: the hypercall, the early area, the iommu mmio, mem and dump areas; never el2, dma or the boot saga', () => {
    expect(mayPublish('host-kernel', 'pkvm.v1.hyp.Hvc')).toBe(true);
    for (const s of [...area('pkvm.v1.hypervisor.early'), ...area('pkvm.v1.iommu.mmio'), ...area('pkvm.v1.iommu.mem'), ...area('pkvm.v1.iommu.dump')]) {
      expect([s, mayPublish('host-kernel', s)]).toEqual([s, true]);
    }
    for (const s of [...area('pkvm.v1.iommu.el2'), ...area('pkvm.v1.iommu.dma'), ...area('pkvm.v1.boot.saga'), 'pkvm.events.iommu.machine', '$KV.pkvm_leases.iommu']) {
      expect([s, mayPublish('host-kernel', s)]).toEqual([s, false]);
    }
  });

  it('devices: pkvm.v1.iommu.dma.> and their reply inboxes, nothing else (no hypercall, no JetStream)', () => {
    const p = permissionsFor('device');
    expect(p.publish.allow).toEqual(['pkvm.v1.iommu.dma.*']);
    expect(p.subscribe.allow).toEqual(['_INBOX.>']);
    expect(mayPublish('device', 'pkvm.v1.hyp.Hvc')).toBe(false);
  });

  it('each app serves its own subjects, replies through allow_responses, and owns its events and its lease key only', () => {
    for (const [subject, d] of METHODS) {
      expect([subject, IDENTITIES.filter((id) => maySubscribe(id, subject) && id !== 'device' && id !== 'operator')]).toEqual([subject, [d.app]]);
    }
    for (const app of ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator'] as const) {
      const p = permissionsFor(app);
      expect(p.allowResponses).toBe(true);
      expect(p.subscribe.allow).toContain('_INBOX.>');
      expect(mayPublish(app, `pkvm.events.${app}.any`)).toBe(true);
      expect(mayPublish(app, `$KV.pkvm_leases.${app}`)).toBe(true);
      expect(mayPublish(app, '$JS.API.STREAM.CREATE.PKVM')).toBe(true);
      expect(mayPublish(app, '$JS.API.STREAM.DELETE.PKVM')).toBe(false);
      expect(mayPublish(app, '$JS.API.STREAM.PURGE.PKVM')).toBe(false);
      for (const other of ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator'].filter((o) => o !== app)) {
        expect(mayPublish(app, `pkvm.events.${other}.any`)).toBe(false);
        expect(mayPublish(app, `$KV.pkvm_leases.${other}`)).toBe(false);
      }
    }
    // Nobody may publish to reply inboxes directly (answers go through allow_responses).
    for (const id of IDENTITIES) expect(mayPublish(id, '_INBOX.abc.1')).toBe(false);
  });

  it('every identity can receive replies', () => {
    for (const id of IDENTITIES) expect(maySubscribe(id, '_INBOX.abc.1')).toBe(true);
  });
});
