/**
 * The boot saga end to end: the coordinator drives the REAL host-kernel, hypervisor and iommu services over NATS
 * (PKVM_BOOT_EXECUTOR=host-kernel, the default), each a child process on the stack's own prefix. A machine boots
 * once, so every case gets a fresh stack.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { idempotencyKeysPerStep, verify } from '@pkvm/boot-saga';
import type { AppName } from '@pkvm/proto';
import { pkvm } from '@pkvm/proto';
import { repoRoot } from '../support/service-process';
import { StackFixture } from './support/coordinator-fixture';

const APPS: AppName[] = ['iommu', 'hypervisor', 'host-kernel', 'boot-coordinator'];

async function stack(env: Record<string, string> = {}, platform?: (dir: string) => string): Promise<StackFixture> {
  const f = new StackFixture(env);
  const extra: Record<string, string> = platform ? { PKVM_PLATFORM: platform(f.dataDir) } : {};
  for (const app of APPS) await f.start(app, extra);
  return f;
}

const kernelStatus = (f: StackFixture) => f.client.call<pkvm.v1.KernelStatusResponse>('HostKernelBootService.KernelStatus', {});

/** qemu-virt whose SMMU lacks the 4 KiB page size (IDR5.GRAN4K clear): EL2 smmu_init_pgt fails with -EINVAL. */
function no4kPlatform(dir: string): string {
  const p = JSON.parse(readFileSync(join(repoRoot, 'platforms/qemu-virt.json'), 'utf8'));
  p.name = 'qemu-virt-no4k';
  p.smmus[0].idr.idr5 = '0x65';
  const file = join(dir, 'qemu-virt-no4k.json');
  writeFileSync(file, JSON.stringify(p));
  return file;
}

describe('boot saga against the real host-kernel, hypervisor and iommu', () => {
  const stacks: StackFixture[] = [];
  afterAll(async () => {
    for (const s of stacks) await s.dispose();
  }, 60_000);

  it('pkvm boot --json: qemu-virt ends PROTECTED, every step and EL2 sub-step recorded, the history verifies', async () => {
    const f = await stack();
    stacks.push(f);
    // what host_kernel.proto cannot inject is refused before anything is recorded
    const refused = await f.pkvm('boot', '--fail', 'S4:ENOMEM');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('cannot inject S4 ENOMEM');
    const r = await f.pkvm('boot', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ executor: 'host-kernel', platform: 'qemu-virt', outcome: { status: 'PROTECTED' } });
    const { events } = await f.getBoot(out.bootId);
    const subs = events.flatMap((e) => (e.type === 'SubStepReported' ? [e.subStep] : []));
    expect(subs.indexOf('f:fix_host_ownership')).toBeLessThan(subs.indexOf('g4:iommu_snapshot'));
    expect(subs.indexOf('g4:iommu_snapshot')).toBeLessThan(subs.indexOf('h:hyp_ffa_init'));
    expect(verify(events).ok).toBe(true);
    expect((await f.pkvm('replay', 'verify', out.bootId)).status).toBe(0);
    const ks = await kernelStatus(f);
    expect(ks).toMatchObject({ deprivileged: true, removeCalls: 0 });
    expect(Number(ks.version)).toBe(7); // one host-kernel event per step
  }, 90_000);

  it('a failed __pkvm_init (SMMU without 4 KiB pages: -EINVAL) runs RemoveIommuDriver exactly once', async () => {
    const f = await stack({}, no4kPlatform);
    stacks.push(f);
    const r = await f.pkvm('boot', '--json');
    expect(r.status).toBe(1); // the boot FAILED: exit 1 (apps/cli/src/exit-codes.ts)
    expect(JSON.parse(r.stdout).outcome).toEqual({ status: 'FAILED', step: 'S4', errno: -22, errnoName: 'EINVAL', compensated: ['kvm_iommu_remove_driver'] });
    const ks = await kernelStatus(f);
    expect(ks).toMatchObject({ removeCalls: 1, deprivileged: false });
    const { events } = await f.getBoot(JSON.parse(r.stdout).bootId);
    expect(events.some((e) => e.type === 'StepStarted' && e.step === 'S5')).toBe(false);
  }, 90_000);

  it('S1 -EINVAL is ignored like the initcall\'s return; S3 then finds no driver: -ENODEV before any __pkvm_init (PKVM.md §7 case 3)', async () => {
    const f = await stack();
    stacks.push(f);
    const r = await f.pkvm('boot', '--fail', 'S1:EINVAL', '--json');
    expect(r.status).toBe(1); // the boot FAILED: exit 1 (apps/cli/src/exit-codes.ts)
    const out = JSON.parse(r.stdout);
    expect(out.outcome).toEqual({ status: 'FAILED', step: 'S3', errno: -19, errnoName: 'ENODEV', compensated: [] });
    expect(out.timeline.find((row: { id: string }) => row.id === 'S1')).toMatchObject({ status: 'failed-ignored', errno: -22 });
    expect(out.timeline.find((row: { id: string }) => row.id === 'S4')).toMatchObject({ status: 'not-run' });
    expect(await kernelStatus(f)).toMatchObject({ removeCalls: 0 });
  }, 90_000);

  it('the driver\'s init_driver failing (-EIO) aborts at S3: no __pkvm_init, no remove_driver (PKVM.md §7 case 4)', async () => {
    const f = await stack();
    stacks.push(f);
    const r = await f.pkvm('boot', '--fail', 'S3:EIO', '--json');
    expect(r.status).toBe(1); // the boot FAILED: exit 1 (apps/cli/src/exit-codes.ts)
    expect(JSON.parse(r.stdout).outcome).toEqual({ status: 'FAILED', step: 'S3', errno: -5, errnoName: 'EIO', compensated: [] });
    expect(await kernelStatus(f)).toMatchObject({ removeCalls: 0, deprivileged: false });
  }, 90_000);

  it('crash-resume: the coordinator dies with __pkvm_init in flight; restarted, the host answers the re-send from its ledger', async () => {
    const f = await stack({ PKVM_BOOT_CRASH_MODE: 'exit' });
    stacks.push(f);
    const id = await f.startBoot({ faults: { crash: { service: 'boot-coordinator', atStep: 'S4' } } });
    expect(await f.exited('boot-coordinator')).toBe('SIGKILL');
    await f.start('boot-coordinator');
    const { boot, events } = await f.waitBoot(id, f.terminal);
    expect(boot.outcome?.status).toBe(pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED);
    expect(events.filter((e) => e.type === 'StepStarted' && e.step === 'S4')).toHaveLength(2);
    for (const keys of idempotencyKeysPerStep(events).values()) expect(keys.size).toBe(1);
    // seven accepted host-kernel calls, as without the crash: the second PkvmInit was answered, not run
    expect(Number((await kernelStatus(f)).version)).toBe(7);
    expect(verify(events).ok).toBe(true);
  }, 90_000);
});
