#!/usr/bin/env node
// `npm test`: installs what is missing, builds, finds or starts NATS, detects PostgreSQL, then runs jest.
// `npm run soak` (--soak) runs the same suites with full-size property, fuzz and matrix runs.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { root } = require('./setup/dependencies');
const { prepare, log } = require('./setup/prepare');
const { tcpAnswers } = require('./setup/nats-locator');
const { ensureKubectl } = require('./setup/kubectl');

async function main() {
  const nats = await prepare();
  const env = { ...process.env, NATS_URL: nats.url };
  if (!env.DATABASE_URL && (await tcpAnswers('127.0.0.1', 5432))) {
    env.PKVM_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
    log('setup: PostgreSQL answering on 127.0.0.1:5432: the PostgreSQL suites run');
  } else if (env.DATABASE_URL) {
    env.PKVM_TEST_DATABASE_URL = env.DATABASE_URL;
  } else {
    log('setup: *** no PostgreSQL (DATABASE_URL unset, nothing on 127.0.0.1:5432): the PostgreSQL suites will be SKIPPED ***');
  }
  const kubectl = ensureKubectl(log);
  if (kubectl) env.KUBECTL = kubectl;
  const soak = process.argv.includes('--soak');
  if (soak) env.PKVM_SOAK = '1';
  const passThrough = process.argv.slice(2).filter((a) => a !== '--soak');
  const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const args = [jest, '--reporters=default', `--reporters=${path.join(root, 'scripts', 'jest-summary-reporter.js')}`, '--maxWorkers=2', ...passThrough];
  const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  await nats.stop();
  process.exit(run.status ?? 1);
}

main().catch((e) => {
  log(`test: ${e.message}`);
  process.exit(1);
});
