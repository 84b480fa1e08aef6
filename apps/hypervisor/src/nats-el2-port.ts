import { KernelError } from '@pkvm/errno';
import type { HostStage2Leaf } from '@pkvm/pgtable';
import { pkvm } from '@pkvm/proto';
import { TransportError } from '@pkvm/transport';
import type { HypercallClient } from '@pkvm/transport';
import type { El2IommuPort, PortOutcome, SmmuTablesArg } from './el2';

const LEAF_STATE = { mapped: 1, annotated: 2, empty: 3 } as const;
/** A call without a request id: one try. */
const UNTRACKED_TIMEOUT_MS = 30_000;
/** A call with a request id: each send's deadline, and how long to keep sending it while the iommu restarts. */
const ATTEMPT_TIMEOUT_MS = 5_000;
const RETRY_FOR_MS = 60_000;
const MAX_BACKOFF_MS = 1_000;

/**
 * The EL2 IOMMU driver over NATS (pkvm.v1.iommu.el2.*): a refusal becomes ret = -errno. Within a hypercall
 * that has a request id, the n-th call carries `<id>/el2/<n>`: the iommu's reply ledger answers a call it
 * committed, so a hypercall run again after the hypervisor died mid-way does not init or snapshot twice, and
 * a call that got no answer (the iommu died and restarts) is sent again under its id. Transport errors that
 * outlast that throw.
 */
export class NatsEl2Port implements El2IommuPort {
  private seq = 0;

  constructor(private readonly client: HypercallClient, private readonly hypercallRequestId?: string) {}

  private async call(call: PortOutcome['call'], method: string, req: object, retOf: (r: { ret?: number | null }) => number = (r) => r.ret ?? 0): Promise<PortOutcome> {
    const requestId = this.hypercallRequestId ? `${this.hypercallRequestId}/el2/${++this.seq}` : undefined;
    const until = Date.now() + RETRY_FOR_MS;
    let backoff = 100;
    for (;;) {
      try {
        const r = await this.client.call<{ ret?: number | null }>(method, req, requestId ? { requestId, timeoutMs: ATTEMPT_TIMEOUT_MS } : { timeoutMs: UNTRACKED_TIMEOUT_MS });
        return { call, ret: retOf(r), detail: '' };
      } catch (e) {
        if (e instanceof KernelError) return { call, ret: -Math.abs(e.errno), detail: e.message };
        if (!requestId || !(e instanceof TransportError) || Date.now() + backoff > until) throw e;
      }
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
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
