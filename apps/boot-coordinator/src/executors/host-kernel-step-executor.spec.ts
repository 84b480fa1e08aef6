import { fold, stepIdempotencyKey } from '@pkvm/boot-saga';
import type { BootSagaEvent, Faults, PlatformSummary, StepId } from '@pkvm/boot-saga';
import { KernelError } from '@pkvm/errno';
import { TransportError } from '@pkvm/transport';
import type { HypercallClient } from '@pkvm/transport';
import { HostKernelStepExecutor } from './host-kernel-step-executor';

const QEMU: PlatformSummary = { name: 'qemu-virt', cpus: 4, ram: [{ base: 0x4000_0000, size: 2 ** 32 }], smmus: [{ id: 'smmu0', probeOk: true, mmioPageAligned: true, supports4k: true }] };

/** A client that records each call and answers ret 0 (Ping: a new instance after the first). */
function recordingClient() {
  const calls: { name: string; req: Record<string, unknown> }[] = [];
  let pings = 0;
  const client = {
    call: async (name: string, req: Record<string, unknown>) => {
      calls.push({ name, req });
      if (name.endsWith('Service.Ping')) return { instanceId: `${name}-${pings++ === 0 ? 'a' : 'b'}` };
      if (req.crashBeforeCommit) throw new TransportError('no reply (the host kernel died)');
      if (req.crashService) throw new KernelError(-5, 'EIO: the participant died mid-step');
      return { ret: 0 };
    },
    close: async () => undefined,
  };
  return { client: client as unknown as HypercallClient, calls };
}

function sendOf(step: StepId, faults: Faults) {
  const key = stepIdempotencyKey('b', step, 1);
  const h: BootSagaEvent[] = [
    { type: 'BootRequested', eventId: '0', correlationId: 'b', at: 0, bootId: 'b', platform: QEMU, faults },
    { type: 'StepStarted', eventId: '1', correlationId: key, at: 1, step, attempt: 1, idempotencyKey: key },
  ];
  // only the fields execute() reads: the fault plan and the platform
  return { bootId: 'b', command: { kind: 'send-step' as const, step, attempt: 1, idempotencyKey: key }, state: { ...fold(h.slice(0, 1)), inFlight: step } };
}

describe('HostKernelStepExecutor: faults travel in the step request, the service raises them', () => {
  it('accepts S0-S3 errnos, __pkvm_init sub-steps, prot_finalize and every crash; refuses the other errnos with EOPNOTSUPP', () => {
    const x = new HostKernelStepExecutor(recordingClient().client);
    for (const f of [
      { failStep: { step: 'S0', errno: -12 } },
      { failStep: { step: 'S1', errno: -16 } },
      { failStep: { subStep: 'g3.4:smmu_init_pgt', errno: -22 } },
      { failStep: { subStep: 'prot_finalize', errno: -1 } },
      { crash: { service: 'host-kernel', atStep: 'S4' } },
      { crash: { service: 'hypervisor', atStep: 'S4' } },
      { crash: { service: 'hypervisor', atStep: 'S4', subStep: 'g3.4:smmu_init_pgt' } },
      { crash: { service: 'hypervisor', atStep: 'S6', subStep: 'prot_finalize' } },
      { crash: { service: 'iommu', atStep: 'S4', subStep: 'g4:iommu_snapshot' } },
      // not a participant of that step (libs/boot-saga STEPS): it dies beside the step
      { crash: { service: 'hypervisor', atStep: 'S0' } },
      { crash: { service: 'hypervisor', atStep: 'kvm_iommu_remove_driver' } },
      { crash: { service: 'iommu', atStep: 'S6' } },
    ] as Faults[]) expect(() => x.checkFaults(f)).not.toThrow();
    for (const f of [
      { failStep: { step: 'S4', errno: -12 } },
      { failStep: { step: 'S6', errno: -22 } },
      { failStep: { subStep: 'g3.3:smmu_rollback', errno: -22 } },
    ] as Faults[]) {
      let thrown: unknown;
      try {
        x.checkFaults(f);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(KernelError);
      expect((thrown as KernelError).errnoName).toBe('EOPNOTSUPP');
    }
  });

  it('maps each fault onto its step\'s request fields', async () => {
    const { client, calls } = recordingClient();
    const x = new HostKernelStepExecutor(client);
    await x.execute(sendOf('S1', { failStep: { step: 'S1', errno: -16 } }));
    await x.execute(sendOf('S4', { failStep: { subStep: 'g2:iommu_pool_init', errno: -12 } }));
    await x.execute(sendOf('S4', { failStep: { subStep: 'prot_finalize', errno: -1 } }));
    await x.execute(sendOf('S6', { failStep: { subStep: 'prot_finalize', errno: -1 } }));
    expect(calls.map((c) => c.req)).toEqual([
      { injectErrno: -16, driver: 1 },
      { injectSubStep: 'g2:iommu_pool_init', injectErrno: -12 },
      {},
      { injectProtFinalizeErrno: -1, injectProtFinalizeCpu: 0 },
    ]);
  });

  it('a host-kernel crash: the step is sent with crash_before_commit, then the reply is lost once a new instance answers', async () => {
    const { client, calls } = recordingClient();
    const x = new HostKernelStepExecutor(client, { restartWaitMs: 5_000 });
    const o = await x.execute({ ...sendOf('S2', {}), crash: 'host-kernel' });
    expect(o).toMatchObject({ kind: 'lost', crashed: 'host-kernel' });
    expect(calls.map((c) => c.name)).toEqual(['HostKernelService.Ping', 'HostKernelBootService.CreateHypMappings', 'HostKernelService.Ping']);
    expect(calls[1]!.req).toEqual({ crashBeforeCommit: true });
  });

  it('a hypervisor or iommu crash: the host is told to arm it at the step\'s first call to that service; lost once it is back', async () => {
    for (const [service, step, crashAt] of [['hypervisor', 'S6', 'HypService.Hvc'], ['iommu', 'S3', 'IommuMmioService'], ['iommu', 'S4', '']] as const) {
      const { client, calls } = recordingClient();
      const x = new HostKernelStepExecutor(client, { restartWaitMs: 5_000 });
      const o = await x.execute({ ...sendOf(step, {}), crash: service });
      expect(o).toMatchObject({ kind: 'lost', crashed: service });
      const ping = service === 'hypervisor' ? 'HypervisorService.Ping' : 'IommuService.Ping';
      expect(calls.map((c) => c.name)).toEqual([ping, expect.stringMatching(/^HostKernelBootService\./), ping]);
      expect(calls[1]!.req).toMatchObject({ crashService: service, crashAt });
    }
  });

  it('a sub-step crash: the hypervisor is armed inside the hypercall, the iommu at the call EL2 makes there', async () => {
    for (const [service, step, subStep, arming] of [
      ['hypervisor', 'S4', 'h:hyp_ffa_init', { crashService: 'hypervisor', crashAt: 'HypService.Hvc', crashSubStep: 'h:hyp_ffa_init' }],
      ['hypervisor', 'S6', 'prot_finalize', { crashService: 'hypervisor', crashAt: 'HypService.Hvc', crashSubStep: 'prot_finalize' }],
      ['iommu', 'S4', 'g3.4:smmu_init_pgt', { crashService: 'iommu', crashAt: 'IommuEl2Service.InitIommu' }],
      ['iommu', 'S4', 'g4:iommu_snapshot', { crashService: 'iommu', crashAt: 'IommuEl2Service.SnapshotHostStage2' }],
    ] as const) {
      const { client, calls } = recordingClient();
      const x = new HostKernelStepExecutor(client, { restartWaitMs: 5_000 });
      const o = await x.execute({ ...sendOf(step, { crash: { service, atStep: step, subStep } }), crash: service });
      expect(o).toMatchObject({ kind: 'lost', crashed: service });
      expect(calls[1]!.req).toEqual(arming);
    }
  });

  it('a crash during a step the service takes no part in: it dies beside the step, whose own reply is kept once it is back', async () => {
    const { client, calls } = recordingClient();
    const x = new HostKernelStepExecutor(client, { restartWaitMs: 5_000 });
    const o = await x.execute({ ...sendOf('S2', {}), crash: 'hypervisor' });
    expect(o).toEqual({ kind: 'reply', reply: { ok: true, result: { mappedPages: 0 }, subSteps: [] }, crashed: 'hypervisor' });
    expect(calls.map((c) => c.name)).toEqual(['HypervisorService.Ping', 'HostKernelBootService.CreateHypMappings', 'HypervisorService.Ping']);
    expect(calls[1]!.req).toEqual({ backgroundCrashService: 'hypervisor' });
  });
});
