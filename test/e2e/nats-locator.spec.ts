import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/nats-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { locateNats } = require('../../scripts/setup/nats-locator');

describe('the set-up scripts find NATS or start it', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('uses NATS_URL when it is set', async () => {
    process.env.NATS_URL = 'nats://127.0.0.1:1';
    const found = await locateNats(() => {});
    expect(found).toMatchObject({ url: 'nats://127.0.0.1:1', origin: 'env' });
  });

  it('starts nats-server with JetStream on a free loopback port when nothing answers, and stops it', async () => {
    delete process.env.NATS_URL;
    process.env.PKVM_NATS_LOCAL_PORT = String(await freePort());
    const dataDir = mkdtempSync(join(tmpdir(), 'pkvm-locator-'));
    process.env.PKVM_DATA_DIR = dataDir;
    const lines: string[] = [];
    const found = await locateNats((l: string) => lines.push(l));
    try {
      expect(found.origin).toBe('started');
      expect(found.url).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.join('\n')).toMatch(/starting .*nats-server with JetStream/);
      const nc = await connect({ servers: found.url });
      const info = await (await jetstreamManager(nc)).getAccountInfo();
      expect(info.limits).toBeDefined();
      await nc.close();
    } finally {
      await found.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    await expect(connect({ servers: found.url, reconnect: false, timeout: 500 })).rejects.toThrow();
  }, 30_000);
});
