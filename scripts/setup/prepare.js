// The set-up every entry point shares: install what is missing, build dist/, find or start NATS.
'use strict';
const { ensureDependencies, ensureBuild } = require('./dependencies');
const { locateNats } = require('./nats-locator');

const log = (m) => process.stderr.write(`${m}\n`);

/** Returns the located NATS: { url, origin, stop() }. */
async function prepare() {
  ensureDependencies(log);
  ensureBuild(log);
  return locateNats(log);
}

module.exports = { prepare, log };
