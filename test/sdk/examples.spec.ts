/**
 * The runnable examples under examples/ (the SDK's documentation) against a real stack: each runs as its own
 * Node process from dist/ (npm test builds it) and must exit 0 with its key lines.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from '../support/service-process';
import { SdkStack } from './sdk-stack';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function node(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-r', resolve(repoRoot, 'scripts/register-paths.js'), ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (status) => {
      clearTimeout(t);
      done({ status, stdout, stderr });
    });
  });
}

const example = (name: string, env: Record<string, string>) => node([resolve(repoRoot, `dist/examples/${name}.js`)], env);

describe('examples/ against a running stack', () => {
  const stack = new SdkStack('sdkex');
  let env: Record<string, string>;

  beforeAll(() => {
    stack.start();
    env = { NATS_URL: stack.env.NATS_URL, PKVM_SUBJECT_PREFIX: stack.prefix };
  });
  afterAll(() => stack.dispose(), 30_000);

  it('ping-and-health: the four services answer Ping and Health (retried while they start)', async () => {
    const r = await example('ping-and-health', env);
    expect(r.stderr).not.toMatch(/Error:/);
    expect(r.status).toBe(0);
    for (const s of ['host-kernel', 'hypervisor', 'iommu', 'boot-coordinator']) expect(r.stdout).toMatch(new RegExp(`${s}\\s.*ready=true`));
    expect(r.stdout).toContain('all four services answer and are ready');
  }, 60_000);

  it('share-and-check: boots, shares a page (SHARED_OWNED), and shows EPERM, EBUSY, EOPNOTSUPP and ENODEV refusals', async () => {
    const r = await example('share-and-check', env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/boot: boot-\S+ PROTECTED/);
    expect(r.stdout).toContain('page is now HOST/SHARED_OWNED');
    expect(r.stdout).toContain('refused EPERM (errno -1, smcccX0 0)');
    expect(r.stdout).toContain('refused EBUSY (errno -16, smcccX0 0)');
    expect(r.stdout).toContain('refused EOPNOTSUPP (errno -95, smcccX0 -1)');
    expect(r.stdout).toContain('refused ENODEV (errno -19, smcccX0 0): no SMMU 99');
    expect(r.stdout).toContain('page is back to HOST/OWNED');
    expect(r.stdout).toContain('share-and-check: ok');
  }, 90_000);

  it('watch-events: sees the MemWrite event of its own write, then resumes from its sequence', async () => {
    const r = await example('watch-events', env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/event #\d+: iommu machine:\S+ v\d+ MemWrite/);
    expect(r.stdout).toMatch(/resumed from #\d+: MemWrite/);
    expect(r.stdout).toContain('watch-events: ok');
  }, 60_000);

  it('a script that loads the SDK loads no NestJS and no TypeORM', async () => {
    const probe = [
      "const sdk = require('@pkvm/sdk');",
      "if (typeof sdk.PkvmClient.connect !== 'function') process.exit(2);",
      "const heavy = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](@nestjs|typeorm|better-sqlite3|pg)[\\\\/]/.test(f));",
      'console.log(JSON.stringify(heavy));',
    ].join('\n');
    const r = await node(['-e', probe], {});
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 30_000);
});
