// Finds a NATS server with JetStream, or starts one: NATS_URL, else 127.0.0.1:4222, else a private
// nats-server on a free loopback port with its store under .data/ (installing Debian's nats-server as root).
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { root } = require('./dependencies');

function tcpAnswers(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function findBinary() {
  for (const dir of [...(process.env.PATH || '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/bin']) {
    const candidate = path.join(dir, 'nats-server');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

function installBinary(log) {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error('nats-server is not installed and this is not root: install the Debian package nats-server (apt-get install nats-server) or set NATS_URL');
  }
  log('setup: installing the Debian package nats-server (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nats-server'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const bin = findBinary();
  if (!bin) throw new Error('apt-get installed nats-server but no nats-server binary was found');
  return bin;
}

async function waitUntilAnswers(port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await tcpAnswers('127.0.0.1', port, 200)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nats-server did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * Returns { url, origin, stop() }. origin: 'env' | 'local' | 'started'. Only a server started here is stopped by stop().
 */
async function locateNats(log) {
  if (process.env.NATS_URL) {
    log(`setup: NATS from NATS_URL (${process.env.NATS_URL})`);
    return { url: process.env.NATS_URL, origin: 'env', stop: async () => {} };
  }
  // PKVM_NATS_LOCAL_PORT moves the probe off 4222 (the locator's own test uses it to reach the start path).
  const localPort = Number(process.env.PKVM_NATS_LOCAL_PORT || 4222);
  if (await tcpAnswers('127.0.0.1', localPort)) {
    log(`setup: NATS answering on 127.0.0.1:${localPort}`);
    return { url: `nats://127.0.0.1:${localPort}`, origin: 'local', stop: async () => {} };
  }
  const bin = findBinary() || installBinary(log);
  const port = await freePort();
  const dataDir = path.resolve(root, process.env.PKVM_DATA_DIR || '.data');
  const storeDir = path.join(dataDir, 'nats');
  fs.mkdirSync(storeDir, { recursive: true });
  const logFile = path.join(dataDir, 'nats-server.log');
  log(`setup: starting ${bin} with JetStream on 127.0.0.1:${port} (store ${path.relative(root, storeDir)})`);
  const child = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, '-l', logFile], {
    stdio: 'ignore',
    detached: false,
  });
  child.unref();
  await waitUntilAnswers(port, 15000);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  process.once('exit', () => child.exitCode === null && child.kill('SIGTERM'));
  return { url: `nats://127.0.0.1:${port}`, origin: 'started', stop };
}

module.exports = { locateNats, tcpAnswers };
