#!/usr/bin/env node
// The `pkvm` command: runs the compiled CLI (npm test / npm start build dist/; build it here when missing).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const main = path.join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!fs.existsSync(main)) {
  const { ensureDependencies, ensureBuild } = require('./setup/dependencies');
  const log = (m) => process.stderr.write(`${m}\n`);
  ensureDependencies(log);
  ensureBuild(log);
}
require('./register-paths');
require(main);
