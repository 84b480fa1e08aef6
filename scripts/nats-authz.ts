/**
 * NATS authorization for a deployment, generated from SERVICE_ROUTES (libs/proto/src/method-table.ts) so the
 * permissions follow the subject areas and cannot drift from them (ARCHITECTURE.md, "Wire": "NATS permissions
 * follow that split").
 *
 *   node -r ./scripts/register-paths.js dist/scripts/nats-authz.js           # print the nats-server config
 *   node -r ./scripts/register-paths.js dist/scripts/nats-authz.js --write   # rewrite deploy/base/nats/nats-server.conf
 *   node -r ./scripts/register-paths.js dist/scripts/nats-authz.js --check   # exit 1 when the committed file is stale
 *
 * (test/deploy/nats-authz-config.spec.ts fails when the committed file differs from what this generates.)
 *
 * Identities: one per app, one for devices (DMA masters), one for the operator's tools (the `pkvm` CLI).
 * Passwords are not in the file: nats-server resolves `$PKVM_NATS_<IDENTITY>_PASSWORD` from its environment,
 * which the StatefulSet fills from the Secret `pkvm-nats-users` (a missing variable stops the server: fail closed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_ROUTES, type AppName } from '@pkvm/proto';

export type Identity = AppName | 'device' | 'operator';

export const IDENTITIES: readonly Identity[] = ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator', 'device', 'operator'];

/**
 * Who may call each proto service (publish on `<subjectRoot>.<Method>`). The serving app only subscribes to
 * its own subjects and answers on the request's reply subject (allow_responses). Every proto service in
 * SERVICE_ROUTES must be listed here: a new service is refused by the generator until someone decides who may call it.
 */
export const CALLERS: Readonly<Record<string, readonly Identity[]>> = {
  // Ping and Health of every app: the operator's tools (`pkvm ping`).
  HostKernelService: ['operator'],
  HypervisorService: ['operator'],
  IommuService: ['operator'],
  BootCoordinatorService: ['operator'],
  // The boot steps of the kernel, driven by the boot saga.
  HostKernelBootService: ['boot-coordinator'],
  // The hypercall (SMCCC): the host CPU; the CLI's `pkvm hvc` issues them as the host would.
  HypService: ['host-kernel', 'operator'],
  // Early writes into EL2 symbols before the de-privilege point: the host kernel only.
  HypervisorEarlyService: ['host-kernel'],
  // Read-only EL2 state: the host reads InitHistory for the sub-steps of __pkvm_init; the tools dump.
  HypervisorDumpService: ['host-kernel', 'operator'],
  // Host stage-2 faults reported by the machine (handle_host_mem_abort).
  HypervisorFaultService: ['iommu'],
  // The EL2 SMMUv3 driver's privileged operations: the hypervisor and nobody else.
  IommuEl2Service: ['hypervisor'],
  // The host CPU's register and memory accesses.
  IommuMmioService: ['host-kernel'],
  IommuMemService: ['host-kernel'],
  // DMA: the devices; the CLI's `pkvm dma` plays a device.
  IommuDmaService: ['device', 'operator'],
  // Read-only machine state.
  IommuDumpService: ['host-kernel', 'operator'],
  // The boot saga: started, listed, exported and imported by the tools.
  BootSagaService: ['operator'],
};

/** The JetStream stream and KV bucket of a deployment (no subject prefix: PKVM_SUBJECT_PREFIX is ''). */
export const STREAM = 'PKVM';
export const LEASE_BUCKET = 'pkvm_leases';

/**
 * JetStream API calls no identity may make: the event stream and the lease bucket are never deleted or purged
 * by a service (an operator does that as the server's system user, not through these identities).
 */
const JS_DENY = ['$JS.API.STREAM.DELETE.>', '$JS.API.STREAM.PURGE.>', '$JS.API.STREAM.MSG.DELETE.>'];

export interface Permissions {
  publish: { allow: string[]; deny: string[] };
  subscribe: { allow: string[]; deny: string[] };
  /** Responders answer on the reply subject of a request they received, once, within the window. */
  allowResponses: boolean;
}

const APPS: readonly AppName[] = ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator'];

function isApp(id: Identity): id is AppName {
  return (APPS as readonly string[]).includes(id);
}

/** Method subjects of one proto service: `<root>.*` (a method name is one token, so `pkvm.v1.iommu.*` never reaches `pkvm.v1.iommu.el2.X`). */
function methodsOf(service: string): string {
  return `${SERVICE_ROUTES[service].subjectRoot}.*`;
}

/** Refuses a SERVICE_ROUTES entry without a CALLERS decision and a CALLERS entry for no route. */
export function checkPolicy(routes: Record<string, { subjectRoot: string; app: AppName }> = SERVICE_ROUTES): void {
  const undecided = Object.keys(routes).filter((s) => !(s in CALLERS));
  const stale = Object.keys(CALLERS).filter((s) => !(s in routes));
  if (undecided.length || stale.length) {
    throw new Error(
      [
        undecided.length && `proto services without a NATS permission decision in scripts/nats-authz.ts CALLERS: ${undecided.join(', ')}`,
        stale.length && `CALLERS lists services that SERVICE_ROUTES no longer has: ${stale.join(', ')}`,
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
}

/** What one identity may publish and subscribe to. */
export function permissionsFor(id: Identity): Permissions {
  checkPolicy();
  const services = Object.keys(SERVICE_ROUTES);
  const publish = services.filter((s) => CALLERS[s].includes(id)).map(methodsOf);
  const subscribe = ['_INBOX.>'];
  if (isApp(id)) {
    subscribe.push(...services.filter((s) => SERVICE_ROUTES[s].app === id).map(methodsOf));
    publish.push(
      // The event store: its events only, and the stream's management (create, info, update for its subjects).
      `pkvm.events.${id}.>`,
      '$JS.API.>',
      // The writer lease: its own key only, so no app can take another's lease.
      `$KV.${LEASE_BUCKET}.${id}`,
    );
  }
  return {
    publish: { allow: publish, deny: isApp(id) ? [...JS_DENY] : [] },
    subscribe: { allow: subscribe, deny: [] },
    allowResponses: isApp(id),
  };
}

export function passwordVariable(id: Identity): string {
  return `PKVM_NATS_${id.toUpperCase().replace(/-/g, '_')}_PASSWORD`;
}

const q = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.map(q).join(', ')}]`;

/** The whole nats-server.conf of a deployment: listeners, JetStream on the PVC, and the authorization block. */
export function natsServerConfig(): string {
  const users = IDENTITIES.map((id) => {
    const p = permissionsFor(id);
    const lines = [
      `    {`,
      `      user: ${q(id)}`,
      `      password: $${passwordVariable(id)}`,
      `      permissions: {`,
      `        publish: { allow: ${list(p.publish.allow)}${p.publish.deny.length ? `, deny: ${list(p.publish.deny)}` : ''} }`,
      `        subscribe: { allow: ${list(p.subscribe.allow)} }`,
      ...(p.allowResponses ? [`        allow_responses: { max: 1, expires: "5m" }`] : []),
      `      }`,
      `    }`,
    ];
    return lines.join('\n');
  });
  return [
    '# nats-server configuration of a pkvm-iommu-twin deployment.',
    '# GENERATED by scripts/nats-authz.ts from SERVICE_ROUTES (libs/proto/src/method-table.ts): do not edit by hand;',
    '# regenerate with `npm run build && node -r ./scripts/register-paths.js dist/scripts/nats-authz.js --write`.',
    '# Passwords come from the environment ($PKVM_NATS_<IDENTITY>_PASSWORD, the Secret pkvm-nats-users).',
    '',
    'port: 4222',
    'http_port: 8222',
    'pid_file: "/var/run/nats/nats.pid"',
    'lame_duck_duration: "30s"',
    'lame_duck_grace_period: "10s"',
    '',
    'jetstream {',
    '  # The PersistentVolumeClaim is mounted at <store_dir>/jetstream, as in the official NATS Helm chart.',
    '  store_dir: "/data"',
    '  max_memory_store: 64MB',
    '  max_file_store: 4GB',
    '}',
    '',
    'authorization {',
    '  users: [',
    users.join('\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export const COMMITTED_CONFIG = join('deploy', 'base', 'nats', 'nats-server.conf');

function main(argv: string[]): number {
  const root = resolve(__dirname, '..', existsSync(resolve(__dirname, '..', 'package.json')) ? '' : '..');
  const file = join(root, COMMITTED_CONFIG);
  const text = natsServerConfig();
  if (argv.includes('--write')) {
    writeFileSync(file, text);
    process.stderr.write(`nats-authz: wrote ${COMMITTED_CONFIG}\n`);
    return 0;
  }
  if (argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    process.stderr.write(same ? `nats-authz: ${COMMITTED_CONFIG} is current\n` : `nats-authz: ${COMMITTED_CONFIG} is stale: run with --write\n`);
    return same ? 0 : 1;
  }
  process.stdout.write(text);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
