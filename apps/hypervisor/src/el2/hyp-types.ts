import type { SmmuTablesArg } from './el2-port';

/** The EL2 `kvm_iommu_ops` as the host installed them (kvm_iommu_register_driver), plus the v3 SMMU array. */
export interface IommuOpsState {
  driver: string;
  init: boolean;
  hostStage2Idmap: boolean;
  enableDev: boolean;
  disableDev: boolean;
  smmuArrayPfn: number;
  smmuArrayPages: number;
  smmus: SmmuTablesArg[];
}

/** One reported step of __pkvm_init / __pkvm_init_finalise (libs/boot-saga SUB_STEP_IDS). */
export interface InitStepRecord {
  subStep: string;
  ret: number;
  injected: boolean;
  detail: string;
}

export interface InitFault {
  subStep: string;
  errno: number;
}

export interface HvcInput {
  x0: number;
  args: readonly number[];
  cpu: number;
}

export interface HvcOutput {
  x0: number;
  x1: number;
  x2: number;
  x3: number;
  /** The kernel name, or '' for an unknown function id. */
  name: string;
  /** The call changed EL2 state (or must be kept for the record): stage it as an event. */
  record: boolean;
}

export interface HypVcpuState {
  idx: number;
  hostVcpuPfn: number;
  loadedOn: number;
}

export interface HypVmState {
  handle: number;
  protected: boolean;
  nrVcpus: number;
  vcpus: HypVcpuState[];
}

/** A host stage-2 ownership change as the oracle sees it. */
export interface OwnerChangeRecord {
  call: string;
  start: number;
  end: number;
  owner: number;
  path: string;
  iommuNotified: boolean;
  idmapInitialized: boolean;
}
