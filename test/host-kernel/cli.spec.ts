/**
 * `pkvm hvc` and `pkvm mem` (the built CLI) against a stack booted through the host-kernel's steps, and the
 * host-side bits of PKVM.md §7 cases 18 and 19: the SMMU count the host published bounds enable_dev, and
 * after de-privilege an early call gets NOT_SUPPORTED and a second prot_finalize -EPERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ERRNO } from '@pkvm/errno';
import { pkvm as proto } from '@pkvm/proto';
import { sharedNatsUrl } from '../support/nats-server';
import { repoRoot } from '../support/service-process';
import { HostStack, PLATFORM } from './support/host-stack';

describe('pkvm hvc / pkvm mem', () => {
  const s = new HostStack(PLATFORM.small);
  let carveOut: { hypMemBase: number; hypMemSize: number };
  beforeAll(async () => {
    await s.start();
    carveOut = await s.boot('ReserveCarveout');
    await s.boot('RegisterDriver', { driver: proto.v1.HostIommuDriver.HOST_IOMMU_DRIVER_SMMU_V3 });
    for (const m of ['CreateHypMappings', 'InitIommuDriver', 'PkvmInit', 'FreeHypPgds', 'Deprivilege']) {
      const r = await s.boot(m);
      if (r.ret !== 0) throw new Error(`${m}: ${JSON.stringify(r)}`);
    }
  }, 60_000);
  afterAll(() => s.dispose());

  function pkvm(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/pkvm.js'), '--nats', sharedNatsUrl(), '--prefix', s.prefix, ...args], { cwd: repoRoot });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => done({ status, stdout, stderr }));
    });
  }

  it('case 18, host side: enable_dev on the one published SMMU succeeds, iommu >= count gets -ENODEV in x1', async () => {
    const ok = await pkvm('hvc', '__pkvm_iommu_enable_dev', '0', '0x8', '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ name: '__pkvm_iommu_enable_dev', functionId: '0xc6000021', args: { iommu: 0, sid: 8 }, x0: 0, x1: 0, errnoName: '0' });
    const bad = await pkvm('hvc', '__pkvm_iommu_enable_dev', 'iommu=1', 'sid=8', '--json');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ x0: 0, x1: -ERRNO.ENODEV, errnoName: 'ENODEV' });
  });

  it('case 19: after de-privilege __pkvm_init gets NOT_SUPPORTED; a second prot_finalize on cpu0 gets -EPERM', async () => {
    const init = await pkvm('hvc', 'pkvm_init', String(carveOut.hypMemBase), `0x${carveOut.hypMemSize.toString(16)}`, '1', '0', '48', '--json');
    expect(init.status).toBe(1);
    expect(JSON.parse(init.stdout)).toMatchObject({ x0: -1, smccc: 'SMCCC_RET_NOT_SUPPORTED' });
    const fin = await pkvm('hvc', '__pkvm_prot_finalize', '--cpu', '0', '--json');
    expect(JSON.parse(fin.stdout)).toMatchObject({ x0: 0, x1: -ERRNO.EPERM, errnoName: 'EPERM' });
    expect(fin.stderr).toContain('hvc: __pkvm_prot_finalize');
  });

  it('bad usage exits 2: unknown name, too many arguments, a non-number', async () => {
    expect((await pkvm('hvc', '__nope')).status).toBe(2);
    expect((await pkvm('hvc', '__pkvm_host_share_hyp', '1', '2')).status).toBe(2);
    expect((await pkvm('hvc', '__pkvm_host_share_hyp', 'xyz')).status).toBe(2);
  });

  it('mem --json shows the carve-out owned by EL2 and host RAM owned by the host', async () => {
    const r = await pkvm('mem', '--json');
    expect(r.status).toBe(0);
    const ranges: { start: number; end: number; owner: string }[] = JSON.parse(r.stdout).ranges;
    const at = (pa: number) => ranges.find((x) => pa >= x.start && pa < x.end);
    expect(at(carveOut.hypMemBase)?.owner).toBe('HYP');
    expect(at(0x4000_0000)?.owner).toBe('HOST');
  });

  it('mem --svg draws every range of the map into the file, coloured by owner', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pkvm-mem-')), 'memory.svg');
    const json = JSON.parse((await pkvm('mem', '--json')).stdout).ranges as unknown[];
    const r = await pkvm('mem', '--svg', file);
    expect(r.status).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/data-owner="/g)).toHaveLength(json.length);
    expect(svg).toMatch(/data-owner="HYP"/);
  });
});
