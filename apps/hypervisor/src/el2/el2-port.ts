import type { HostStage2Leaf } from '@pkvm/pgtable';

/** What one external call answered: 0 or -errno, and a note for dumps. */
export interface PortOutcome {
  call: PortCall;
  ret: number;
  detail?: string;
}

export type PortCall = 'InitIommu' | 'SnapshotHostStage2' | 'HostStage2Idmap' | 'EnableDev' | 'DisableDev' | 'SetHostAccess';

export interface SmmuTablesArg {
  cmdqBase: number;
  cmdqLog2Entries: number;
  strtabBase: number;
  strtabTwoLevel: boolean;
  strtabLog2Size: number;
}

/**
 * EL2's calls into the EL2 IOMMU driver (apps/iommu, pkvm.v1.iommu.el2.*). Live, a NATS client; on replay,
 * the outcomes recorded in the event. The domain code is the same either way.
 */
export interface El2IommuPort {
  initIommu(poolBase: number, poolSize: number, smmus: readonly SmmuTablesArg[]): Promise<PortOutcome>;
  snapshotHostStage2(leaves: readonly HostStage2Leaf[]): Promise<PortOutcome>;
  hostStage2Idmap(start: number, end: number, kvmProt: number): Promise<PortOutcome>;
  enableDev(smmu: number, sid: number): Promise<PortOutcome>;
  disableDev(smmu: number, sid: number): Promise<PortOutcome>;
  /** The host CPU's stage-2 access to [start, end) as a KVM prot (pkvm.v1.iommu.el2.SetHostAccess). */
  setHostAccess(start: number, end: number, prot: number): Promise<PortOutcome>;
}

/** Wraps a live port and keeps every outcome, in order, for the event. */
export class RecordingPort implements El2IommuPort {
  readonly outcomes: PortOutcome[] = [];
  constructor(private readonly inner: El2IommuPort) {}
  private async keep(p: Promise<PortOutcome>): Promise<PortOutcome> {
    const o = await p;
    this.outcomes.push(o);
    return o;
  }
  initIommu(b: number, s: number, t: readonly SmmuTablesArg[]) { return this.keep(this.inner.initIommu(b, s, t)); }
  snapshotHostStage2(l: readonly HostStage2Leaf[]) { return this.keep(this.inner.snapshotHostStage2(l)); }
  hostStage2Idmap(s: number, e: number, p: number) { return this.keep(this.inner.hostStage2Idmap(s, e, p)); }
  enableDev(smmu: number, sid: number) { return this.keep(this.inner.enableDev(smmu, sid)); }
  disableDev(smmu: number, sid: number) { return this.keep(this.inner.disableDev(smmu, sid)); }
  setHostAccess(s: number, e: number, p: number) { return this.keep(this.inner.setHostAccess(s, e, p)); }
}

/** Replays recorded outcomes; a call the record does not hold means the code decides differently now. */
export class ReplayPort implements El2IommuPort {
  private next = 0;
  constructor(private readonly outcomes: readonly PortOutcome[]) {}
  private take(call: PortCall): Promise<PortOutcome> {
    const o = this.outcomes[this.next++];
    if (!o || o.call !== call) throw new Error(`replay diverged: expected ${o?.call ?? 'no call'}, code made ${call}`);
    return Promise.resolve(o);
  }
  get consumedAll(): boolean {
    return this.next === this.outcomes.length;
  }
  initIommu() { return this.take('InitIommu'); }
  snapshotHostStage2() { return this.take('SnapshotHostStage2'); }
  hostStage2Idmap() { return this.take('HostStage2Idmap'); }
  enableDev() { return this.take('EnableDev'); }
  disableDev() { return this.take('DisableDev'); }
  setHostAccess() { return this.take('SetHostAccess'); }
}
