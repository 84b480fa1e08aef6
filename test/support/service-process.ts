import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { AppName } from '@pkvm/proto';

export const repoRoot = resolve(__dirname, '..', '..');

/** One service as its own process, from the compiled dist/ (npm test builds it first). */
export class ServiceProcess {
  private output = '';
  private constructor(readonly app: AppName, readonly child: ChildProcess) {
    child.stdout?.on('data', (d) => (this.output += d));
    child.stderr?.on('data', (d) => (this.output += d));
  }

  static start(app: AppName, env: Record<string, string>): ServiceProcess {
    const child = spawn(process.execPath, ['-r', resolve(repoRoot, 'scripts/register-paths.js'), resolve(repoRoot, `dist/apps/${app}/src/main.js`)], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(app, child);
  }

  get log(): string {
    return this.output;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const c = this.child;
    if (c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((done) => {
      c.once('exit', () => done());
      c.kill(signal);
    });
  }
}

/** The environment that puts a stack on its own subjects, stream and data folder. */
export function stackEnv(prefix: string, dataDir: string, natsUrl: string): Record<string, string> {
  return { NATS_URL: natsUrl, PKVM_SUBJECT_PREFIX: prefix, PKVM_DATA_DIR: dataDir, PKVM_LEASE_TTL_MS: '2000' };
}
