import type { EventRecord } from '@pkvm/smmuv3';
import type { CommandRecord } from './command-record';
import type { SmmuTables } from './smmu-tables';

/** The identity domain's io-pgtable configuration (pkvm.v1.IdmapConfig). */
export interface IdmapInfo {
  ias: number;
  oas: number;
  startLevel: number;
  pgdPages: number;
  pgd: number;
  vtcr: number;
  pgsizeBitmap: number;
  coherentWalk: boolean;
}

export interface InitIommuResult {
  idmap: IdmapInfo;
  commands: CommandRecord[];
  smmus: SmmuTables[];
  poolFreePages: number;
}

/** A host stage-2 leaf as kvm_iommu_snapshot_host_stage2 sees it. */
export interface SnapshotLeaf {
  start: number;
  end: number;
  state: 'mapped' | 'annotated' | 'empty';
  kvmProt: number;
  isMemory: boolean;
}

export interface El2Result {
  /** 0, or the errno the kernel function returned after it had changed state. */
  ret: number;
  commands: CommandRecord[];
  poolFreePages?: number;
  ignored?: boolean;
  initialized?: boolean;
}

export type DmaDir = 'read' | 'write';

export interface DmaOutcome {
  ok: boolean;
  data?: Uint8Array;
  completed: number;
  fault?: { reason: string; address: number; event?: EventRecord; recorded: boolean };
}
