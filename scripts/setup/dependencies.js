// Installs npm dependencies when missing or stale, and builds the TypeScript into dist/.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
function ensureDependencies(log) {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (mtime(installed) >= mtime(lock) && fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) return;
  log('setup: installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Compiles apps/, libs/, bench/ into dist/ (tsc is incremental through its build info). */
function ensureBuild(log) {
  log('setup: compiling TypeScript (tsc -p tsconfig.build.json)');
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

module.exports = { ensureDependencies, ensureBuild, root };
