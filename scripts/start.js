#!/usr/bin/env node
// `npm start`: installs what is missing, builds, finds or starts NATS, starts the four services and
// shows each one answering Ping over NATS. `--once` stops the stack after that (the e2e test runs it).
'use strict';
const path = require('node:path');
const { root } = require('./setup/dependencies');
const { prepare, log } = require('./setup/prepare');

/**
 * Boots the default platform under the boot saga (the coordinator drives host-kernel, hypervisor and iommu) and
 * prints the timeline on stderr; returns the outcome for stdout. A stack that already booted (its stores under
 * PKVM_DATA_DIR) shows that boot instead: a machine boots once.
 */
async function bootDefaultPlatform(natsUrl, subjectPrefix) {
  const { HypercallClient } = require(path.join(root, 'dist', 'libs', 'transport', 'src'));
  const { formatTimeline, timeline } = require(path.join(root, 'dist', 'libs', 'boot-saga', 'src'));
  const { runBoot } = require(path.join(root, 'dist', 'apps', 'cli', 'src', 'commands', 'boot.command.js'));
  const client = await HypercallClient.connect({ servers: natsUrl, subjectPrefix, name: 'pkvm-start' });
  try {
    log('start: booting the default platform under the boot saga');
    const run = await runBoot(client, { timeoutMs: 120000, reuseLatest: true }, log);
    log(`${formatTimeline(timeline(run.events))}\n`);
    log(`start: boot ${run.bootId} on ${run.platform}: ${run.outcome.status}${run.outcome.step ? ` at ${run.outcome.step} (${run.outcome.errnoName})` : ''}`);
    return { bootId: run.bootId, started: run.started, executor: run.executor, platform: run.platform, outcome: run.outcome, events: run.events.length };
  } finally {
    await client.close();
  }
}

async function main() {
  const once = process.argv.includes('--once');
  const nats = await prepare();
  const env = { ...process.env, NATS_URL: nats.url };
  // the same launcher as `pkvm up` (apps/cli/src/stack), from the build prepare() just made
  const { SERVICE_APPS, launchService, stopServices } = require(path.join(root, 'dist', 'apps', 'cli', 'src', 'stack', 'service-launcher.js'));
  const logDir = path.resolve(root, env.PKVM_DATA_DIR || '.data', 'logs');
  let stopping = false;
  const services = SERVICE_APPS.map((app) => {
    log(`start: starting ${app}`);
    const s = launchService(app, env, logDir);
    s.child.on('exit', (code, signal) => {
      if (!stopping) log(`start: ${app} exited (${signal || code}); see ${path.relative(root, s.logFile)}`);
    });
    return s;
  });
  const stopAll = async () => {
    stopping = true;
    await stopServices(services);
    await nats.stop();
  };
  let code = 0;
  try {
    require(path.join(root, 'scripts', 'register-paths.js'));
    const { pingAll } = require(path.join(root, 'dist', 'apps', 'cli', 'src', 'ping-all.js'));
    const results = await pingAll({ natsUrl: nats.url, subjectPrefix: env.PKVM_SUBJECT_PREFIX || '', waitMs: 60000, onProgress: log });
    let boot;
    if (results.some((r) => !r.ok)) code = 1;
    else {
      log('start: all four services answer Ping over NATS');
      try {
        boot = await bootDefaultPlatform(nats.url, env.PKVM_SUBJECT_PREFIX || '');
      } catch (e) {
        log(`start: the boot did not complete: ${e.message}`);
        boot = { error: e.message };
        code = 1;
      }
    }
    process.stdout.write(JSON.stringify({ nats: nats.url, services: results, ...(boot ? { boot } : {}) }, null, 2) + '\n');
  } catch (e) {
    log(`start: ${e.message}`);
    code = 1;
  }
  if (once || code !== 0) {
    await stopAll();
    process.exit(code);
  }
  log('start: the stack is running; Ctrl-C stops it');
  const shutdown = () => stopAll().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e) => {
  log(`start: ${e.stack || e.message}`);
  process.exit(1);
});
