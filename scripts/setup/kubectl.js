// Finds kubectl for the deploy/ tests (`kubectl kustomize` of every overlay), installing Debian's
// kubernetes-client (kubectl 1.20, kustomize v2.0.3) when it is missing and this runs as root. Without it the
// deploy render tests are skipped, loudly: here and again by the tests themselves.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function findKubectl() {
  if (process.env.KUBECTL && fs.existsSync(process.env.KUBECTL)) return process.env.KUBECTL;
  for (const dir of [...(process.env.PATH || '').split(path.delimiter), '/usr/bin', '/usr/local/bin']) {
    const candidate = path.join(dir, 'kubectl');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Returns the kubectl path, or undefined (after saying loudly that the deploy render tests will be skipped). */
function ensureKubectl(log) {
  const found = findKubectl();
  if (found) {
    log(`setup: kubectl for the deploy/ tests: ${found}`);
    return found;
  }
  const skipped = 'the deploy/ Kustomize render, schema and policy tests will be SKIPPED';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    log(`setup: *** kubectl is not installed and this is not root (apt-get install kubernetes-client): ${skipped} ***`);
    return undefined;
  }
  log('setup: installing the Debian package kubernetes-client (kubectl, for the deploy/ tests) with apt-get');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'kubernetes-client'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (e) {
    log(`setup: *** apt-get install kubernetes-client failed (${e.message}): ${skipped} ***`);
    return undefined;
  }
  const installed = findKubectl();
  if (!installed) log(`setup: *** kubernetes-client installed but no kubectl found: ${skipped} ***`);
  return installed;
}

module.exports = { ensureKubectl, findKubectl };
