import { KernelError } from '@pkvm/errno';
import type { HostStage2Leaf } from '@pkvm/pgtable';
import { pkvm } from '@pkvm/proto';
import type { HypercallClient } from '@pkvm/transport';
import type { El2IommuPort, PortOutcome, SmmuTablesArg } from './el2';

const LEAF_STATE = { mapped: 1, annotated: 2, empty: 3 } as const;

/** The EL2 IOMMU driver over NATS (pkvm.v1.iommu.el2.*): a refusal becomes ret = -errno; transport errors throw. */
export class NatsEl2Port implements El2IommuPort {
  constructor(private readonly client: HypercallClient) {}

  private async call(call: PortOutcome['call'], method: string, req: object, retOf: (r: { ret?: number | null }) => number = (r) => r.ret ?? 0): Promise<PortOutcome> {
    try {
      const r = await this.client.call<{ ret?: number | null }>(method, req, { timeoutMs: 30_000 });
      return { call, ret: retOf(r), detail: '' };
    } catch (e) {
      if (e instanceof KernelError) return { call, ret: -Math.abs(e.errno), detail: e.message };
      throw e;
    }
  }

  initIommu(poolBase: number, poolSize: number, smmus: readonly SmmuTablesArg[]): Promise<PortOutcome> {
    return this.call('InitIommu', 'IommuEl2Service.InitIommu', { poolBase, poolSize, smmus: [...smmus] }, () => 0);
  }

  snapshotHostStage2(leaves: readonly HostStage2Leaf[]): Promise<PortOutcome> {
    const wire: pkvm.v1.IHostStage2Leaf[] = leaves.map((l) => ({
      start: l.start, end: l.end, state: LEAF_STATE[l.state], kvmProt: l.kvmProt ?? 0, isMemory: l.isMemory,
    }));
    return this.call('SnapshotHostStage2', 'IommuEl2Service.SnapshotHostStage2', { leaves: wire });
  }

  hostStage2Idmap(start: number, end: number, kvmProt: number): Promise<PortOutcome> {
    return this.call('HostStage2Idmap', 'IommuEl2Service.HostStage2Idmap', { start, end, kvmProt });
  }

  enableDev(smmu: number, sid: number): Promise<PortOutcome> {
    return this.call('EnableDev', 'IommuEl2Service.EnableDev', { smmu, sid });
  }

  disableDev(smmu: number, sid: number): Promise<PortOutcome> {
    return this.call('DisableDev', 'IommuEl2Service.DisableDev', { smmu, sid });
  }

  setHostAccess(start: number, end: number, prot: number): Promise<PortOutcome> {
    return this.call('SetHostAccess', 'IommuEl2Service.SetHostAccess', { start, end, prot }, () => 0);
  }
}
