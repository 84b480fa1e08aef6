#!/usr/bin/env node
// `npm run bench`: builds, finds or starts NATS, runs every compiled bench/*.bench.js in turn, then prints one
// table of all figures (value, same-run baseline, ratio), writes them to bench/results/latest.json and draws the
// ratios in bench/results/latest.svg (bench/ratio-chart-svg.ts).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root } = require('./setup/dependencies');
const { prepare, log } = require('./setup/prepare');

async function main() {
  const nats = await prepare();
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const lines = path.join(resultsDir, 'latest.jsonl');
  fs.rmSync(lines, { force: true });
  const only = process.argv.slice(2);
  const benches = fs
    .readdirSync(path.join(root, 'dist', 'bench'))
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let failed = 0;
  for (const b of benches) {
    log(`bench: ${b}`);
    const r = spawnSync(process.execPath, ['-r', path.join(root, 'scripts', 'register-paths.js'), path.join(root, 'dist', 'bench', b)], {
      cwd: root,
      env: { ...process.env, NATS_URL: nats.url, PKVM_BENCH_RESULTS: lines },
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      failed++;
      log(`bench: ${b} failed (${r.status ?? r.signal})`);
    }
  }
  await nats.stop();
  const figures = fs.existsSync(lines) ? fs.readFileSync(lines, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  const at = new Date().toISOString();
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify({ at, figures }, null, 2) + '\n');
  fs.rmSync(lines, { force: true });
  const { ratioChartSvg } = require(path.join(root, 'dist', 'bench', 'ratio-chart-svg.js'));
  fs.writeFileSync(path.join(resultsDir, 'latest.svg'), ratioChartSvg(figures, `npm run bench ${at}: each figure / its same-run baseline`));
  process.stdout.write(`\n${figures.length} figures from ${benches.length} benches; written to bench/results/latest.json, ratios drawn in bench/results/latest.svg\n`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  log(`bench: ${e.stack || e.message}`);
  process.exit(1);
});
