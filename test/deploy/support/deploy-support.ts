import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { IDENTITIES, passwordVariable, type Identity } from '../../../scripts/nats-authz';
import { PrivateNatsServer } from '../../support/nats-server';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const deployDir = join(repoRoot, 'deploy');
export const OVERLAYS = ['dev', 'prod'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** A rendered Kubernetes object (loosely typed: the tests read paths they check). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; [k: string]: any };

/** kubectl: $KUBECTL (scripts/test.js sets it), else the first on PATH; undefined when there is none. */
export function findKubectl(): string | undefined {
  if (process.env.KUBECTL && existsSync(process.env.KUBECTL)) return process.env.KUBECTL;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'kubectl');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

let warned = false;
/** `describe` when kubectl is there, else `describe.skip` with a loud line on stderr. */
export function describeWithKubectl(): jest.Describe {
  const kubectl = findKubectl();
  if (!kubectl && !warned) {
    warned = true;
    process.stderr.write(
      '\n*** test/deploy: no kubectl (install the Debian package kubernetes-client, or set KUBECTL): the Kustomize render, schema and policy tests are SKIPPED ***\n\n',
    );
  }
  return kubectl ? describe : describe.skip;
}

const rendered = new Map<string, K8sObject[]>();

/** `kubectl kustomize <dir>`, parsed; cached per directory for the run. */
export function render(dir: string): K8sObject[] {
  const cached = rendered.get(dir);
  if (cached) return cached;
  const kubectl = findKubectl();
  if (!kubectl) throw new Error('no kubectl');
  const r = spawnSync(kubectl, ['kustomize', dir], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${dir} failed (${r.status}): ${r.stderr}`);
  const docs = parseAllDocuments(r.stdout).map((d) => {
    if (d.errors.length) throw new Error(`kubectl kustomize ${dir}: bad YAML: ${d.errors[0].message}`);
    return d.toJS() as K8sObject;
  });
  const objects = docs.filter((o) => o && typeof o === 'object');
  rendered.set(dir, objects);
  return objects;
}

export function renderOverlay(overlay: Overlay): K8sObject[] {
  return render(join(deployDir, 'overlays', overlay));
}

/** Development passwords for a private test server, one per identity. */
export function testPasswords(): Record<Identity, string> {
  return Object.fromEntries(IDENTITIES.map((id) => [id, `test-${id}-${Math.random().toString(36).slice(2)}`])) as Record<Identity, string>;
}

export const COMMITTED_NATS_CONFIG = join(deployDir, 'base', 'nats', 'nats-server.conf');

/**
 * The committed nats-server.conf, run privately: its store_dir and pid_file moved into the test's temp folder
 * (the only two lines changed; listen address, port and monitor port come from the command line), the passwords
 * in the environment as the StatefulSet gives them.
 */
export async function startProjectNatsServer(passwords: Record<Identity, string>, monitor = false): Promise<PrivateNatsServer> {
  const committed = readFileSync(COMMITTED_NATS_CONFIG, 'utf8');
  const env = Object.fromEntries(IDENTITIES.map((id) => [passwordVariable(id), passwords[id]]));
  return PrivateNatsServer.startWithConfig(
    {
      config: (storeDir) => {
        const text = committed
          .replace(/^(\s*store_dir:\s*)"[^"]*"/m, `$1${JSON.stringify(storeDir)}`)
          .replace(/^(\s*pid_file:\s*)"[^"]*"/m, `$1${JSON.stringify(join(storeDir, 'nats.pid'))}`);
        if (!text.includes(JSON.stringify(storeDir)) || !text.includes('nats.pid"') || text.includes('/var/run/nats')) {
          throw new Error('the committed nats-server.conf no longer has the store_dir and pid_file lines the test moves');
        }
        return text;
      },
      env,
      monitor,
    },
    process.env.NATS_SERVER_BIN ?? (existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server'),
  );
}
