import { functionId } from '@pkvm/hypercalls';
import type { pkvm } from '@pkvm/proto';
import type { El2Port, El2SubStep, HvcResult, PublishedSmmu } from '../kernel';
import type { StepCalls } from './step-calls';

/** The EL2 ops table each driver kind installs (struct kvm_iommu_ops as the hypervisor models it). */
const EL2_OPS: Record<'smmu-v3' | 'test', pkvm.v1.IInstallIommuOpsRequest> = {
  'smmu-v3': { driver: 'kvm-arm-smmu-v3', init: true, hostStage2Idmap: true, enableDev: true, disableDev: true },
  test: { driver: 'kvm-iommu-test', init: true, hostStage2Idmap: true, enableDev: false, disableDev: false },
};

/**
 * EL2 as the host reaches it: the early writes into EL2 symbols (pkvm.v1.hypervisor.early), the HVC
 * (pkvm.v1.hyp.Hvc) and, for the sub-steps of __pkvm_init, the hypervisor's InitHistory dump.
 */
export class HypervisorClient implements El2Port {
  constructor(private readonly calls: StepCalls) {}

  async setIommuPoolPages(pages: number): Promise<void> {
    await this.calls.call('HypervisorEarlyService.SetIommuPoolPages', { pages });
  }

  async installIommuOps(driver: 'smmu-v3' | 'test', options: { withoutIdmap?: boolean } = {}): Promise<void> {
    const ops = { ...EL2_OPS[driver], ...(options.withoutIdmap ? { hostStage2Idmap: false } : {}) };
    await this.calls.call('HypervisorEarlyService.InstallIommuOps', ops);
  }

  /** kvm_hyp_arm_smmu_v3_smmus / _count: the SMMUv3 ops again, now with the array and the tables. */
  async publishSmmus(smmus: readonly PublishedSmmu[], array: { pfn: number; pages: number }): Promise<void> {
    const tables = smmus.map((s) => ({
      cmdqBase: s.cmdqBase,
      cmdqLog2Entries: s.cmdqLog2Entries,
      strtabBase: s.strtabBase,
      strtabTwoLevel: s.strtabTwoLevel,
      strtabLog2Size: s.strtabLog2Size,
    }));
    const req = { ...EL2_OPS['smmu-v3'], smmuArrayPfn: array.pfn, smmuArrayPages: array.pages, smmus: tables };
    await this.calls.call('HypervisorEarlyService.InstallIommuOps', req);
  }

  async hvc(name: string, args: readonly number[], cpu: number): Promise<HvcResult> {
    const r = await this.calls.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: functionId(name), args: [...args], cpu });
    return { x0: Number(r.x0), x1: Number(r.x1), x2: Number(r.x2), x3: Number(r.x3) };
  }

  /** HypervisorEarlyService.ArmInitFault takes the positive errno value. */
  async armInitFault(subStep: string, errno: number): Promise<void> {
    await this.calls.call('HypervisorEarlyService.ArmInitFault', { subStep, errno: Math.abs(errno) });
  }

  async pkvmInitSubSteps(): Promise<readonly El2SubStep[]> {
    const h = await this.calls.read<pkvm.v1.InitHistoryResponse>('HypervisorDumpService.InitHistory', {});
    return h.steps.map((s) => {
      const ret = s.ret ?? 0;
      return { subStep: s.subStep ?? '', ok: ret === 0, errno: ret, detail: (s.detail ?? '') + (s.injected ? ' [injected]' : '') };
    });
  }
}
