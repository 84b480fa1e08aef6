import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free loopback TCP port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nats-server did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A private server run from a configuration file instead of `-js -sd`. */
export interface PrivateNatsConfig {
  /** The configuration text for a fresh store directory (JetStream's store_dir belongs in it). */
  config: (storeDir: string) => string;
  /** Extra environment of the server (variables the configuration reads, e.g. passwords). */
  env?: Record<string, string>;
  /** Also serve the HTTP monitor (/healthz, /varz) on a free loopback port: `monitorPort`. */
  monitor?: boolean;
}

/**
 * A private nats-server with JetStream, for tests that stop and restart the broker.
 * Keeps its port and store across restart(), so clients reconnect to the same place.
 */
export class PrivateNatsServer {
  private proc?: ChildProcess;
  private stderr = '';
  private constructor(
    readonly port: number,
    readonly storeDir: string,
    private readonly bin: string,
    private readonly withConfig?: PrivateNatsConfig & { file: string },
    readonly monitorPort?: number,
  ) {}

  static async start(bin = process.env.NATS_SERVER_BIN ?? 'nats-server'): Promise<PrivateNatsServer> {
    const server = new PrivateNatsServer(await freePort(), mkdtempSync(join(tmpdir(), 'pkvm-nats-')), bin);
    await server.resume();
    return server;
  }

  /** A private server from a configuration file (listen address, port and monitor port given on the command line). */
  static async startWithConfig(options: PrivateNatsConfig, bin = process.env.NATS_SERVER_BIN ?? 'nats-server'): Promise<PrivateNatsServer> {
    const storeDir = mkdtempSync(join(tmpdir(), 'pkvm-nats-'));
    const file = join(storeDir, 'nats-server.conf');
    writeFileSync(file, options.config(storeDir));
    const monitorPort = options.monitor ? await freePort() : undefined;
    const server = new PrivateNatsServer(await freePort(), storeDir, bin, { ...options, file }, monitorPort);
    await server.resume();
    return server;
  }

  /** What the server wrote on stderr (its log, e.g. permissions violations). */
  get log(): string {
    return this.stderr;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    const c = this.withConfig;
    if (c) {
      const monitor = this.monitorPort !== undefined ? ['-m', String(this.monitorPort)] : [];
      this.proc = spawn(this.bin, ['-c', c.file, '-a', '127.0.0.1', '-p', String(this.port), ...monitor], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, ...c.env },
      });
      this.proc.stderr?.on('data', (d) => (this.stderr += d));
      const exited = new Promise<never>((_, reject) =>
        this.proc!.once('exit', (code) => reject(new Error(`nats-server exited (${code}) before listening: ${this.stderr.slice(-2000)}`))),
      );
      exited.catch(() => undefined);
      await Promise.race([waitForPort(this.port, 10_000), exited]);
      return;
    }
    this.proc = spawn(this.bin, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: 'ignore' });
    await waitForPort(this.port, 10_000);
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
    this.proc = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}

/** The shared broker for tests that do not stop it: NATS_URL, else the default local server. */
export function sharedNatsUrl(): string {
  return process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
}

/** A unique prefix so runs on one shared server never collide (subjects, streams, KV buckets). */
export function uniquePrefix(tag: string): string {
  return `t${tag}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
