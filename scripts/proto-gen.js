#!/usr/bin/env node
// Generates libs/proto/src/generated/ from proto/ with protobufjs-cli (pbjs static-module + pbts,
// plus a JSON descriptor the method table reads). With --check, regenerates into a temp folder
// and fails if the committed code differs.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const protoRoot = path.join(root, 'proto');
const outDir = path.join(root, 'libs', 'proto', 'src', 'generated');

function protoFiles() {
  const dir = path.join(protoRoot, 'pkvm', 'v1');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.proto')).sort().map((f) => path.join(dir, f));
}

function generate(dest) {
  fs.mkdirSync(dest, { recursive: true });
  const files = protoFiles();
  const common = ['-p', protoRoot, ...files];
  const js = path.join(dest, 'pkvm.js');
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'commonjs', '--no-beautify', '--force-number', '-o', js, ...common], { cwd: protoRoot, stdio: 'inherit' });
  execFileSync(bin('pbts'), ['--no-comments', '-o', path.join(dest, 'pkvm.d.ts'), js], { stdio: 'inherit' });
  execFileSync(bin('pbjs'), ['-t', 'json', '-o', path.join(dest, 'descriptor.json'), ...common], { cwd: protoRoot, stdio: 'inherit' });
}

if (process.argv.includes('--check')) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pkvm-proto-'));
  generate(tmp);
  const stale = ['pkvm.js', 'pkvm.d.ts', 'descriptor.json'].filter((f) => {
    const committed = path.join(outDir, f);
    return !fs.existsSync(committed) || fs.readFileSync(committed, 'utf8') !== fs.readFileSync(path.join(tmp, f), 'utf8');
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (stale.length) {
    console.error(`proto: generated code is stale (${stale.join(', ')}); run npm run proto:gen`);
    process.exit(1);
  }
  console.error('proto: generated code matches proto/');
} else {
  generate(outDir);
  console.error(`proto: generated ${path.relative(root, outDir)}`);
}
