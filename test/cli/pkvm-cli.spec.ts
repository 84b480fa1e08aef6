/**
 * The built `pkvm` binary's conventions across every command: `--help` with examples, one exit-code table
 * (apps/cli/src/exit-codes.ts), data on stdout and progress on stderr, no spinner without a terminal, no escape
 * sequence under NO_COLOR, and `pkvm up` starting the four services.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { leaseBucketFor } from '@pkvm/transport';
import { SPINNER_FRAMES } from '../../apps/cli/src/terminal/progress-reporter';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { repoRoot } from '../support/service-process';

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const BIN = resolve(repoRoot, 'scripts/pkvm.js');
/** The environment without colour or terminal variables the test run may have, so each case sets its own. */
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NO_COLOR', 'FORCE_COLOR', 'NATS_URL', 'PKVM_SUBJECT_PREFIX'].includes(k)));

function pkvm(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot, env: { ...BASE_ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (status) => done({ status, stdout, stderr }));
  });
}

/** Every command with arguments that pass parsing, so only the stack can make it fail. */
const COMMANDS: string[][] = [
  ['ping'],
  ['ptdump'],
  ['ste', '--sid', '8'],
  ['dma', '--sid', '8', '--iova', '0x40000000', '--read', '4'],
  ['hvc', '__pkvm_host_share_hyp', '0x40000'],
  ['mem'],
  ['boot', '--timeout', '5000'],
  ['replay', 'list'],
  ['replay', 'show', 'boot-1'],
  ['replay', 'verify', 'boot-1'],
  ['replay', 'whatif', 'boot-1', '--fail', 'S4:ENOMEM'],
  ['replay', 'export', 'boot-1'],
  ['replay', 'import', resolve(repoRoot, 'package.json')],
  ['check', 'isolation'],
  ['up', '--wait', '0'],
];
const name = (c: string[]) => c.filter((a) => !a.startsWith('-') && !/^(boot-1|0x|\d|S4|\/)/.test(a)).join(' ');
async function eachCommand(run: (c: string[]) => Promise<CliRun>, commands = COMMANDS): Promise<[string[], CliRun][]> {
  const out: [string[], CliRun][] = [];
  for (let i = 0; i < commands.length; i += 3) {
    const batch = commands.slice(i, i + 3);
    out.push(...(await Promise.all(batch.map(async (c) => [c, await run(c)] as [string[], CliRun]))));
  }
  return out;
}
const hasFrame = (s: string) => SPINNER_FRAMES.some((f) => s.includes(f));

describe('pkvm: help and exit codes on every command', () => {
  it('pkvm --help lists every command and the exit-code table', async () => {
    const r = await pkvm(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['up', 'ping', 'boot', 'hvc', 'dma', 'ptdump', 'ste', 'mem', 'check', 'replay']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    for (const code of ['0  ok', '1  failed', '2  bad usage', '3  no answer']) expect(r.stdout).toContain(`  ${code}`);
  });

  // one test per convention over every command, three CLIs at a time (each is a node start-up)
  it('every command: --help shows examples of itself and --json, exit 0', async () => {
    const runs = await eachCommand((c) => pkvm([...name(c).split(' '), '--help']));
    for (const [c, r] of runs) {
      expect({ c, status: r.status, examples: r.stdout.includes('Examples:'), itself: r.stdout.includes(`pkvm ${name(c)}`), json: r.stdout.includes('--json') })
        .toEqual({ c, status: 0, examples: true, itself: true, json: true });
    }
  });

  it('every command: an unknown option is bad usage, exit 2, nothing on stdout', async () => {
    const runs = await eachCommand((c) => pkvm([...c, '--no-such-option']));
    for (const [c, r] of runs) expect({ c, status: r.status, stdout: r.stdout, unknown: /unknown option/.test(r.stderr) }).toEqual({ c, status: 2, stdout: '', unknown: true });
  });

  it('every command: NATS unreachable exits 3, nothing on stdout, the reason on stderr', async () => {
    const runs = await eachCommand((c) => pkvm(['--nats', 'nats://127.0.0.1:1', ...c, '--json']));
    for (const [c, r] of runs) {
      expect({ c, status: r.status, stdout: r.stdout, why: /pkvm: connection refused \(NATS at nats:\/\/127\.0\.0\.1:1\)/.test(r.stderr) })
        .toEqual({ c, status: 3, stdout: '', why: true });
    }
  });

  // no responders is the transport's error, not nats.js's: one command per service and the two-step ones
  it('no responders on the prefix exits 3 (ping, hvc, dma, mem, boot, replay show, check isolation)', async () => {
    const which = COMMANDS.filter((c) => ['ping', 'hvc', 'dma', 'mem', 'boot', 'replay show', 'check isolation'].includes(name(c).replace(/ __\w+$/, '')));
    expect(which).toHaveLength(7);
    const runs = await eachCommand((c) => pkvm(['--prefix', uniquePrefix('nobody'), ...c], { NATS_URL: sharedNatsUrl() }), which);
    for (const [c, r] of runs) expect({ c, status: r.status, why: c[0] === 'ping' || /pkvm: no responders on /.test(r.stderr) }).toEqual({ c, status: 3, why: true });
  });
});

describe('pkvm: terminals, colour and NO_COLOR', () => {
  const nobody = () => ['--nats', sharedNatsUrl(), '--prefix', uniquePrefix('nobody')];

  it('FORCE_COLOR colours the outcome words; NO_COLOR removes every escape from stdout and stderr', async () => {
    const coloured = await pkvm([...nobody(), 'ping'], { FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\x1b[31mDOWN');
    const plain = await pkvm([...nobody(), 'ping'], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(plain.status).toBe(3);
    expect(plain.stdout).toContain('DOWN');
    expect(plain.stdout + plain.stderr).not.toContain('\x1b');
  });

  // util-linux `script` gives the CLI a pseudo-terminal: the spinner appears there, and NO_COLOR still removes it
  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('on a terminal the spinner animates while a call waits; NO_COLOR turns it off', async () => {
    const onTty = (env: Record<string, string>) =>
      new Promise<string>((done) => {
        const cmd = [process.execPath, BIN, ...nobody(), 'ping', '--wait', '600'].map((a) => `'${a}'`).join(' ');
        const child = spawn('script', ['-qec', cmd, '/dev/null'], { env: { ...BASE_ENV, TERM: 'xterm', ...env } });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('exit', () => done(out));
      });
    const animated = await onTty({});
    expect(hasFrame(animated)).toBe(true);
    expect(animated).toContain('\x1b[K');
    const plain = await onTty({ NO_COLOR: '1' });
    expect(plain).toContain('DOWN');
    expect(hasFrame(plain)).toBe(false);
    expect(plain).not.toContain('\x1b');
  });
});

describe('pkvm up', () => {
  const dirs: string[] = [];
  const pids: number[] = [];
  const prefixes: string[] = [];
  /** The foreground `pkvm up`, its own process group with its services: killed whole if a test ends early. */
  let foreground: ChildProcess | undefined;
  afterAll(async () => {
    const kill = (pid: number) => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    if (foreground?.pid !== undefined && foreground.exitCode === null && foreground.signalCode === null) kill(-foreground.pid);
    for (const pid of pids) kill(pid);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    // the services' event stream and writer-lease bucket on the shared NATS
    const nc = await connect({ servers: sharedNatsUrl() });
    try {
      const jsm = await jetstreamManager(nc);
      for (const prefix of prefixes) {
        await jsm.streams.delete(`${prefix}_PKVM`).catch(() => undefined);
        await jsm.streams.delete(`KV_${leaseBucketFor(prefix)}`).catch(() => undefined);
      }
    } finally {
      await nc.close();
    }
  });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('starts the four services in the foreground, a second up leaves them alone, SIGINT stops them (exit 0)', async () => {
    const prefix = uniquePrefix('up');
    prefixes.push(prefix);
    const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-up-'));
    dirs.push(dataDir);
    const g = ['--nats', sharedNatsUrl(), '--prefix', prefix];
    const child = spawn(process.execPath, [BIN, ...g, 'up', '--platform', 'small', '--data-dir', dataDir, '--json'], { cwd: repoRoot, env: BASE_ENV, detached: true });
    foreground = child;
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const report = await new Promise<{ services: { app: string; ok: boolean; started: boolean; pid: number }[] }>((done, fail) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        try {
          done(JSON.parse(stdout));
        } catch {
          // not the whole document yet
        }
      });
      void exited.then((code) => fail(new Error(`pkvm up exited ${code} before it was ready: ${stderr}`)));
    });
    const started = report.services.map((s) => s.pid);
    pids.push(...started);
    expect(report.services.map((s) => [s.app, s.ok, s.started])).toEqual([
      ['iommu', true, true], ['hypervisor', true, true], ['host-kernel', true, true], ['boot-coordinator', true, true],
    ]);
    expect(started.every(alive)).toBe(true);

    const ping = await pkvm([...g, 'ping', '--json']);
    expect(ping.status).toBe(0);
    expect(JSON.parse(ping.stdout).map((r: { ready: boolean }) => r.ready)).toEqual([true, true, true, true]);
    // stderr that is not a terminal gets plain progress lines, never a spinner frame or cursor control
    expect(ping.stderr.match(/^ping: \S+ answered in [\d.]+ ms/gm)).toHaveLength(4);
    for (const err of [ping.stderr, stderr]) {
      expect(err).not.toContain('\r');
      expect(err).not.toContain('\x1b');
      expect(hasFrame(err)).toBe(false);
    }
    expect(stderr).toMatch(/^up: started iommu \(pid \d+/m);
    const again = await pkvm([...g, 'up', '--detach', '--json', '--data-dir', dataDir]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).services.map((s: { started: boolean }) => s.started)).toEqual([false, false, false, false]);
    const list = await pkvm([...g, 'replay', 'list', '--json']);
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual({ boots: [] });
    // exit 1: EL2 refuses a later hypercall before __pkvm_init, and --json still prints the registers
    const hvc = await pkvm([...g, 'hvc', '__pkvm_host_share_hyp', '0x40000', '--json']);
    expect(hvc.status).toBe(1);
    expect(JSON.parse(hvc.stdout)).toMatchObject({ name: '__pkvm_host_share_hyp', x0: -1, smccc: 'SMCCC_RET_NOT_SUPPORTED' });
    // exit 2: an unknown boot id is unreadable input, for every replay command that takes one
    for (const sub of ['show', 'verify', 'export']) {
      const r = await pkvm([...g, 'replay', sub, 'no-such-boot', '--json']);
      expect({ sub, status: r.status, stdout: r.stdout }).toEqual({ sub, status: 2, stdout: '' });
    }

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(started.some(alive)).toBe(false);
    expect((await pkvm([...g, 'ping'])).status).toBe(3);
  }, 120_000);

  it('--detach returns once every service is ready and leaves them running', async () => {
    const prefix = uniquePrefix('updetach');
    prefixes.push(prefix);
    const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-up-'));
    dirs.push(dataDir);
    const r = await pkvm(['--nats', sharedNatsUrl(), '--prefix', prefix, 'up', '--detach', '--platform', 'small', '--data-dir', dataDir, '--json']);
    const services: { ok: boolean; pid: number; logFile: string }[] = JSON.parse(r.stdout).services;
    pids.push(...services.map((s) => s.pid));
    expect(r.status).toBe(0);
    expect(services.every((s) => s.ok && alive(s.pid) && s.logFile.startsWith(join(dataDir, 'logs')))).toBe(true);
    expect((await pkvm(['--nats', sharedNatsUrl(), '--prefix', prefix, 'ping'])).status).toBe(0);
  }, 120_000);
});
