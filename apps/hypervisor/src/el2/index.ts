export { Hypervisor, INIT_NEVER_RAN } from './hypervisor';
export type { MemRangeView } from './hypervisor';
export { RecordingPort, ReplayPort } from './el2-port';
export type { El2IommuPort, PortOutcome, PortCall, SmmuTablesArg } from './el2-port';
export { HypPanic } from './kernel-splat';
export type { KernelSplat } from './kernel-splat';
export type { HvcInput, HvcOutput, HypVmState, InitFault, InitStepRecord, IommuOpsState, OwnerChangeRecord } from './hyp-types';
export { INIT_SUB_STEPS, divideMemoryPool, hostIpaBits, smmuTablePages } from './pkvm-init';
export { applyHypEvent, HYP_STREAM, HYP_EVENT } from './hyp-events';
