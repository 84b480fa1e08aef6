/**
 * The host kernel's boot state as a fold of its events (ARCHITECTURE.md, "State"). Each accepted boot step is
 * one event whose type is the step and whose payload is the step's answer (a decision, never re-computed):
 * the in-memory state after a restart is `foldKernel(events)`, byte for byte what it was before.
 */
import type { InitDriverOutcome } from './drivers/kvm-iommu-driver';

/** The IOMMU driver kinds a registration can name (the driver registry's `kern_ops` + `el2_ops` pair). */
export type DriverKind = 'smmu-v3' | 'test';

/** A kernel WARN that fired: the WARN site's function and what it said. */
export interface KernelWarning {
  readonly site: string;
  readonly message: string;
}

/** One EL2 or per-CPU sub-step of a step (boot-saga SubStepReport). */
export interface SubStepRecord {
  readonly subStep: string;
  readonly ok: boolean;
  readonly errno: number;
  readonly detail: string;
}

/** iommu.proto SmmuTables: the host-allocated queue and stream table of one SMMU. */
export interface SmmuTablesRecord {
  readonly cmdqBase: number;
  readonly cmdqLog2Entries: number;
  readonly strtabBase: number;
  readonly strtabTwoLevel: boolean;
  readonly strtabLog2Size: number;
}

/** One "arm,smmu-v3" node as the v3 host driver probed it. */
export interface SmmuProbeRecord {
  readonly id: string;
  readonly index: number;
  readonly probed: boolean;
  readonly errno: number;
  readonly reason: string;
  readonly mmioBase: number;
  readonly mmioSize: number;
  readonly bootGbpa: number;
  readonly tables?: SmmuTablesRecord;
  readonly evtqBase: number;
  readonly evtqLog2Entries: number;
  readonly removed: boolean;
}

export interface CarveOutRecord {
  readonly ret: number;
  readonly hypMemBase: number;
  readonly hypMemSize: number;
  readonly totalPages: number;
  readonly hypS1Pages: number;
  readonly hostS2Pages: number;
  readonly vmTablePages: number;
  readonly vmemmapPages: number;
  readonly selftestPages: number;
  readonly ffaProxyPages: number;
  readonly iommuPages: number;
  readonly log: readonly string[];
}

export interface RegisterDriverRecord {
  readonly ret: number;
  readonly registered: boolean;
  readonly activeDriver: DriverKind | undefined;
  readonly activeTestInitErrno: number;
  readonly activeTestRemoveErrno: number;
  readonly smmus: number;
  readonly warnings: readonly KernelWarning[];
}

export interface CreateHypMappingsRecord {
  readonly ret: number;
  readonly base: number;
  readonly mappedPages: number;
}

/** What init_driver() returned and left behind, for the driver that ran it. */
export interface InitIommuDriverRecord extends InitDriverOutcome {
  readonly driver: DriverKind | undefined;
}

export interface PkvmInitRecord {
  readonly ret: number;
  readonly x0: number;
  readonly x1: number;
  readonly args: readonly number[];
  readonly subSteps: readonly SubStepRecord[];
  readonly warnings: readonly KernelWarning[];
}

export interface FreeHypPgdsRecord {
  readonly ret: number;
}

export interface DeprivilegeRecord {
  readonly ret: number;
  readonly cpus: number;
  readonly subSteps: readonly SubStepRecord[];
  readonly warnings: readonly KernelWarning[];
}

export interface RemoveIommuDriverRecord {
  readonly ret: number;
  readonly removeCalled: boolean;
  readonly driverRet: number;
  readonly driver: DriverKind | undefined;
  readonly restored: readonly string[];
  readonly warnings: readonly KernelWarning[];
}

/** The events: one per accepted step call, named after the step's rpc. */
export type KernelEvent =
  | { readonly type: 'ReserveCarveout'; readonly record: CarveOutRecord }
  | { readonly type: 'RegisterDriver'; readonly record: RegisterDriverRecord }
  | { readonly type: 'CreateHypMappings'; readonly record: CreateHypMappingsRecord }
  | { readonly type: 'InitIommuDriver'; readonly record: InitIommuDriverRecord }
  | { readonly type: 'PkvmInit'; readonly record: PkvmInitRecord }
  | { readonly type: 'FreeHypPgds'; readonly record: FreeHypPgdsRecord }
  | { readonly type: 'Deprivilege'; readonly record: DeprivilegeRecord }
  | { readonly type: 'RemoveIommuDriver'; readonly record: RemoveIommuDriverRecord };

export type KernelEventType = KernelEvent['type'];

export const KERNEL_EVENT_TYPES: readonly KernelEventType[] = [
  'ReserveCarveout',
  'RegisterDriver',
  'CreateHypMappings',
  'InitIommuDriver',
  'PkvmInit',
  'FreeHypPgds',
  'Deprivilege',
  'RemoveIommuDriver',
];

/** The driver in the registry's slot (`iommu_driver`) and its test errnos. */
export interface RegisteredDriver {
  readonly kind: DriverKind;
  readonly testInitErrno: number;
  readonly testRemoveErrno: number;
}

export interface KernelState {
  readonly carveOut?: CarveOutRecord;
  /** `iommu_driver`: set once by the first successful registration. */
  readonly driver?: RegisteredDriver;
  /** The EL2 symbol `kvm_iommu_ops` as the host wrote it. */
  readonly el2Ops?: DriverKind;
  readonly registerCalls: number;
  readonly hypMappings?: CreateHypMappingsRecord;
  readonly driverInit?: InitIommuDriverRecord;
  readonly pkvmInit?: PkvmInitRecord;
  readonly hypPgdsFreed: boolean;
  readonly deprivilege?: DeprivilegeRecord;
  /** The static key kvm_protected_mode_initialized is set (pkvm_drop_host_privileges ran). */
  readonly protectedModeInitialized: boolean;
  /** Some de-privilege succeeded on every CPU: irreversible. */
  readonly deprivileged: boolean;
  readonly removeCalls: number;
  /** The probe records as the last init/remove left them (boot GBPA, tables, removed). */
  readonly smmus: readonly SmmuProbeRecord[];
  /** Lowest address the host's DMA allocations reached (top-down below the carve-out); 0 = none yet. */
  readonly dmaFloor: number;
  readonly warnings: readonly KernelWarning[];
  /** kvm_err / kvm_info lines, in order. */
  readonly log: readonly string[];
}

export const INITIAL_KERNEL_STATE: KernelState = {
  registerCalls: 0,
  hypPgdsFreed: false,
  protectedModeInitialized: false,
  deprivileged: false,
  removeCalls: 0,
  smmus: [],
  dmaFloor: 0,
  warnings: [],
  log: [],
};

/** Every host-RAM range the probe records hold (queues and stream tables), as [base, bytes]. */
export function dmaRanges(smmus: readonly SmmuProbeRecord[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of smmus) {
    if (!s.tables) continue;
    out.push([s.tables.cmdqBase, 2 ** s.tables.cmdqLog2Entries * 16]);
    out.push([s.tables.strtabBase, strtabBytes(s.tables)]);
    if (s.evtqBase) out.push([s.evtqBase, 2 ** s.evtqLog2Entries * 32]);
  }
  return out;
}

/** STRTAB_SPLIT (8) and the sizes of an L1 descriptor (8 B) and an STE (64 B). */
export function strtabBytes(t: SmmuTablesRecord): number {
  return t.strtabTwoLevel ? 2 ** (t.strtabLog2Size - 8) * 8 : 2 ** t.strtabLog2Size * 64;
}

/** Applies one event. Pure: no clock, no randomness, no I/O. */
export function applyKernelEvent(s: KernelState, e: KernelEvent): KernelState {
  switch (e.type) {
    case 'ReserveCarveout':
      return { ...s, carveOut: e.record, log: [...s.log, ...e.record.log] };
    case 'RegisterDriver': {
      const r = e.record;
      const next: KernelState = { ...s, registerCalls: s.registerCalls + 1, warnings: [...s.warnings, ...r.warnings] };
      if (!r.activeDriver) return next;
      // A failed call names an active driver only when one was in the slot; with an empty slot before the call,
      // an earlier registration in the same initcall round took it (the injected -EBUSY).
      if ((r.ret !== 0 || !r.registered) && s.driver) return next;
      const driver = { kind: r.activeDriver, testInitErrno: r.activeTestInitErrno, testRemoveErrno: r.activeTestRemoveErrno };
      return { ...next, driver, el2Ops: r.activeDriver };
    }
    case 'CreateHypMappings':
      return { ...s, hypMappings: e.record };
    case 'InitIommuDriver': {
      const r = e.record;
      const bases = [...dmaRanges(r.smmus).map(([b]) => b), ...(r.smmuArrayPfn ? [r.smmuArrayPfn * 4096] : [])];
      const floor = bases.reduce((lo, b) => (lo === 0 ? b : Math.min(lo, b)), s.dmaFloor);
      return { ...s, driverInit: r, smmus: r.smmus, dmaFloor: floor, warnings: [...s.warnings, ...r.warnings], log: [...s.log, ...r.log] };
    }
    case 'PkvmInit':
      return { ...s, pkvmInit: e.record, warnings: [...s.warnings, ...e.record.warnings] };
    case 'FreeHypPgds':
      return { ...s, hypPgdsFreed: true };
    case 'Deprivilege':
      return {
        ...s,
        deprivilege: e.record,
        protectedModeInitialized: true,
        deprivileged: s.deprivileged || e.record.ret === 0,
        warnings: [...s.warnings, ...e.record.warnings],
      };
    case 'RemoveIommuDriver': {
      const r = e.record;
      const restored = new Set(r.restored);
      return {
        ...s,
        removeCalls: s.removeCalls + (r.removeCalled ? 1 : 0),
        smmus: s.smmus.map((m) => (restored.has(m.id) ? { ...m, removed: true } : m)),
        warnings: [...s.warnings, ...r.warnings],
      };
    }
  }
}

export function foldKernel(events: readonly KernelEvent[], from: KernelState = INITIAL_KERNEL_STATE): KernelState {
  return events.reduce(applyKernelEvent, from);
}
