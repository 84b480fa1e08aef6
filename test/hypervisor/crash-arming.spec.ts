/**
 * Crash injection (the boot matrix's hypervisor@Sx / iommu@Sx cells): HypervisorEarlyService.ArmCrash and
 * IommuMmioService.ArmCrash arm a one-shot SIGKILL at the next call of a method; the armed call commits nothing,
 * and the restarted process (which replays its stream) is not armed: the same call then runs. Armed at an EL2
 * sub-step, the hypervisor dies inside the hypercall where it reaches it (the boot matrix's sub-step cells).
 */
import { encodeHypercall } from '@pkvm/hypercalls';
import { ServiceProcess } from '../support/service-process';
import { HypFixture } from './support/hyp-fixture';

const GBPA = 0x44;

function exited(p: ServiceProcess): Promise<NodeJS.Signals | null> {
  const c = p.child;
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve(c.signalCode);
  return new Promise((resolve) => c.once('exit', (_code, signal) => resolve(signal)));
}

describe('ArmCrash: a one-shot crash before the armed call commits (small platform)', () => {
  it('hypervisor: SIGKILL at the armed HVC; nothing of it is in the log; the restart is not armed', async () => {
    const f = new HypFixture();
    try {
      await f.start();
      await f.boot({ noInit: true });
      const before = await f.hypHash();
      expect(await f.call('HypervisorEarlyService.ArmCrash', { at: 'HypService.Hvc' })).toEqual({ at: 'HypService.Hvc' });
      const dead = exited(f.hyp);
      const args = [f.carveOut.base, f.carveOut.totalPages * 4096, f.platform.cpus.length, 0, 48];
      const init = encodeHypercall('__pkvm_init', args);
      await expect(f.client.call('HypService.Hvc', { x0: init.x0, args: init.args, cpu: 0 }, { timeoutMs: 2_000 }).catch(() => 'lost')).resolves.toBe('lost');
      expect(await dead).toBe('SIGKILL');
      f.hyp = ServiceProcess.start('hypervisor', f.env);
      await f.waitReady('HypervisorService.Ping', f.hyp);
      expect(await f.hypHash()).toBe(before);
      expect(await f.hvc('__pkvm_init', args)).toEqual({ x0: 0, x1: 0, x2: 0, x3: 0 });
    } finally {
      await f.dispose();
    }
  }, 90_000);

  it('hypervisor at an EL2 sub-step: dies where __pkvm_init reaches g4, after InitIommu committed; the re-sent hypercall gets the iommu\'s ledger reply', async () => {
    const f = new HypFixture();
    try {
      await f.start();
      await f.boot({ noInit: true });
      const hypBefore = await f.hypHash();
      const iommuBefore = await f.iommuHash();
      await expect(f.call('HypervisorEarlyService.ArmCrash', { at: 'HypService.Hvc', subStep: 'b:kvm_host_prepare_stage2x' })).rejects.toMatchObject({ errno: -22 });
      await expect(f.call('HypervisorEarlyService.ArmCrash', { at: 'HypService', subStep: 'g4:iommu_snapshot' })).rejects.toMatchObject({ errno: -22 });
      expect(await f.call('HypervisorEarlyService.ArmCrash', { at: 'HypService.Hvc', subStep: 'g4:iommu_snapshot' })).toEqual({ at: 'HypService.Hvc' });
      const dead = exited(f.hyp);
      const args = [f.carveOut.base, f.carveOut.totalPages * 4096, f.platform.cpus.length, 0, 48];
      const init = encodeHypercall('__pkvm_init', args);
      const hvc = { x0: init.x0, args: init.args, cpu: 0 };
      await expect(f.client.call('HypService.Hvc', hvc, { requestId: 'boot-x:S4:1/1', timeoutMs: 2_000 }).catch(() => 'lost')).resolves.toBe('lost');
      expect(await dead).toBe('SIGKILL');
      const iommuAfterCrash = await f.iommuHash();
      expect(iommuAfterCrash).not.toBe(iommuBefore); // g3's InitIommu ran and committed before the crash point
      f.hyp = ServiceProcess.start('hypervisor', f.env);
      await f.waitReady('HypervisorService.Ping', f.hyp);
      expect(await f.hypHash()).toBe(hypBefore); // nothing of the hypercall was committed at EL2
      // the same request id: EL2 runs __pkvm_init again; its InitIommu (same derived id) is answered from the
      // iommu's ledger, not run twice (a second one is -EBUSY: kvm_iommu_init already ran)
      const r = await f.client.call<{ x0: number; x1: number }>('HypService.Hvc', hvc, { requestId: 'boot-x:S4:1/1', timeoutMs: 20_000 });
      expect({ x0: Number(r.x0), x1: Number(r.x1) }).toEqual({ x0: 0, x1: 0 });
      expect(await f.iommuHash()).not.toBe(iommuAfterCrash); // the snapshot ran, now
    } finally {
      await f.dispose();
    }
  }, 90_000);

  it('iommu: SIGKILL at the armed mmio write (immediately on request), disarm; the restart is not armed', async () => {
    const f = new HypFixture();
    try {
      await f.start();
      const s = f.platform.smmus[0]!;
      const before = await f.iommuHash();
      expect(await f.call('IommuMmioService.ArmCrash', { at: 'IommuMmioService.Read' })).toEqual({ at: 'IommuMmioService.Read' });
      expect((await f.call<{ at: string }>('IommuMmioService.ArmCrash', { at: '' })).at).toBe(''); // disarmed
      await f.call('IommuMmioService.Read', { pa: s.base + GBPA, width: 4 });
      await f.call('IommuMmioService.ArmCrash', { at: 'IommuMmioService' });
      const dead = exited(f.iommu);
      const write = { pa: s.base + GBPA, width: 4, lo: ((1 << 20) | 2 ** 31) >>> 0, hi: 0 };
      await expect(f.client.call('IommuMmioService.Write', write, { timeoutMs: 2_000 }).catch(() => 'lost')).resolves.toBe('lost');
      expect(await dead).toBe('SIGKILL');
      f.iommu = ServiceProcess.start('iommu', f.env);
      await f.waitReady('IommuService.Ping', f.iommu);
      expect(await f.iommuHash()).toBe(before); // the write never committed
      await f.call('IommuMmioService.Write', write);
      expect(await f.iommuHash()).not.toBe(before);
      // immediately: dies on the arming itself
      const dead2 = exited(f.iommu);
      await expect(f.client.call('IommuMmioService.ArmCrash', { immediately: true }, { timeoutMs: 2_000 }).catch(() => 'lost')).resolves.toBe('lost');
      expect(await dead2).toBe('SIGKILL');
    } finally {
      await f.dispose();
    }
  }, 90_000);
});
