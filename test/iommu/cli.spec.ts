/** `pkvm ptdump`, `pkvm ste` and `pkvm dma` with --json: the built binary against a running iommu service. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { sharedNatsUrl } from '../support/nats-server';
import { repoRoot } from '../support/service-process';
import { IommuFixture, SMALL } from './support/iommu-fixture';

describe('pkvm ptdump / ste / dma --json', () => {
  const f = new IommuFixture();
  beforeAll(async () => {
    await f.start();
    await f.boot();
    await f.call('IommuEl2Service.EnableDev', { smmu: 0, sid: 8 });
  }, 60_000);
  afterAll(() => f.dispose());

  function pkvm(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', f.prefix, ...args], { cwd: repoRoot });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => done({ status, stdout, stderr }));
    });
  }

  it('ptdump --json prints the merged idmap ranges on stdout and progress on stderr', async () => {
    const r = await pkvm('ptdump', '--start', '0x4000_0000', '--end', String(SMALL.ramEnd), '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Ptdump');
    const out = JSON.parse(r.stdout);
    expect(out.ranges).toEqual([expect.objectContaining({ iova: SMALL.ram, end: SMALL.pool, level: 3, access: 'RW', memType: 'Normal-WB' })]);
    expect(out.idmap).toMatchObject({ ias: 48, oas: 48 });
  });

  it('ste --json shows the enabled device\'s S2 STE', async () => {
    const r = await pkvm('ste', '--sid', '8', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: true, config: 6, s2Vmid: 0, s2Aa64: true, s2R: true });
    expect(out.decoded).toMatchObject({ valid: true, config: 6, s2Ttb: out.s2Ttb });
    expect(out.dwords[0]).toBe('0x000000000000000d');
  });

  it('dma --write then --read through the SMMU round-trips; a faulting DMA exits 1 with the fault', async () => {
    const iova = '0x40012340';
    const w = await pkvm('dma', '--sid', '8', '--iova', iova, '--write', 'deadbeef01', '--json');
    expect(w.status).toBe(0);
    expect(JSON.parse(w.stdout)).toMatchObject({ ok: true, completed: 5 });
    const rd = await pkvm('dma', '--sid', '8', '--iova', iova, '--read', '5', '--json');
    expect(JSON.parse(rd.stdout)).toMatchObject({ ok: true, data: 'deadbeef01' });
    const bad = await pkvm('dma', '--sid', '8', '--iova', String(SMALL.pool), '--read', '4', '--json');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).fault).toMatchObject({ reason: 'F_TRANSLATION', address: SMALL.pool });
  });

  it('a refused call exits 1 with the errno on stderr; bad usage exits 2', async () => {
    const r = await pkvm('ste', '--sid', '999', '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/out of range/);
    expect(r.stdout).toBe('');
    expect((await pkvm('dma', '--sid', '8', '--iova', '0x1000')).status).toBe(2);
  });
});
