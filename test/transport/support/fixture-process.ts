import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
export const FIXTURE_MAIN = join(root, 'dist', 'test', 'fixtures', 'lease-service.main.js');

let built = false;

/**
 * Compiles the fixture (test/fixtures/lease-service.main.ts) and what it imports (the transport, the event store)
 * into dist/, the way tsconfig.build.json would, but only those files: a few seconds instead of the whole repo.
 */
export function buildFixture(): void {
  if (built) return;
  const dir = mkdtempSync(join(tmpdir(), 'pkvm-transport-build-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { outDir: join(root, 'dist'), rootDir: root, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] },
      files: [join(root, 'libs/transport/src/index.ts'), join(root, 'libs/event-store/src/index.ts'), join(root, 'test/fixtures/lease-service.main.ts')],
      include: [],
    }),
  );
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    // type errors elsewhere still emit; only a missing output is fatal
    if (!existsSync(FIXTURE_MAIN)) throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  built = true;
}

/** One fixture service process; its stdout lines are kept for waitFor(). */
export class FixtureProcess {
  readonly lines: string[] = [];
  /** Date.now() when each line arrived. */
  readonly lineTimes: number[] = [];
  /** The last few KB of stderr, for failure messages. */
  private stderrTail = '';
  private readonly waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcess, readonly instanceId: string) {
    let buf = '';
    proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        this.lines.push(line);
        this.lineTimes.push(Date.now());
        for (const w of [...this.waiters]) {
          if (w.re.test(line)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(line);
          }
        }
      }
    });
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
      if (process.env.PKVM_TEST_VERBOSE) process.stderr.write(`[${instanceId}] ${chunk}`);
    });
    this.exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  }

  static spawn(instanceId: string, env: Record<string, string>): FixtureProcess {
    const proc = spawn(process.execPath, ['-r', join(root, 'scripts', 'register-paths.js'), FIXTURE_MAIN], {
      cwd: root,
      env: { ...process.env, PKVM_INSTANCE_ID: instanceId, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new FixtureProcess(proc, instanceId);
  }

  /** Resolves with the first stdout line (past or future) matching `re`. */
  waitFor(re: RegExp, timeoutMs = 10_000): Promise<string> {
    const seen = this.lines.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.instanceId}: no line matching ${re} within ${timeoutMs} ms; stderr: ${this.stderrTail}`)), timeoutMs);
      this.waiters.push({
        re,
        resolve: (line) => {
          clearTimeout(timer);
          resolvePromise(line);
        },
      });
    });
  }

  /** When the first line matching `re` arrived, or undefined. */
  timeOf(re: RegExp): number | undefined {
    const i = this.lines.findIndex((l) => re.test(l));
    return i < 0 ? undefined : this.lineTimes[i];
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill(signal);
    await this.exited;
  }
}
