// Prints each suite's time as it finishes and, last, the plain line `N passed, N failed[, N skipped]`
// that CI reads; also writes that line to .data/test-summary.txt for .ci/run.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onTestResult(_test, result) {
    const secs = ((result.perfStats.end - result.perfStats.start) / 1000).toFixed(1);
    const status = result.numFailingTests > 0 || result.testExecError ? 'FAIL' : 'PASS';
    const rel = path.relative(this.rootDir, result.testFilePath);
    process.stderr.write(`suite ${status} ${secs.padStart(6)} s  ${rel}  (${result.numPassingTests} passed, ${result.numFailingTests} failed, ${result.numPendingTests} skipped)\n`);
  }

  onRunComplete(_contexts, results) {
    // A suite that failed to load counts as one failure, so a broken file never reads as green.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    let line = `${results.numPassedTests} passed, ${failed} failed`;
    if (results.numPendingTests > 0) line += `, ${results.numPendingTests} skipped`;
    const dir = path.join(this.rootDir, '.data');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'test-summary.txt'), line + '\n');
    process.stdout.write(`\n${line}\n`);
  }
}

module.exports = SummaryReporter;
