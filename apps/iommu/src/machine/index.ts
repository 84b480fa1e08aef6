// The pure machine of apps/iommu: no NestJS, no NATS, no clock. The service folds its events through it.
export { Machine } from './machine';
export { MachineEventType, applyCall, applyMachineEvent, changesState, encodeMachineEvent } from './machine-event';
export { stateHash, modelState } from './state-hash';
export type { StateHashes } from './state-hash';
export { peekEventQueue } from './event-queue-peek';
export type { CommandRecord } from './command-record';
export type { SmmuTables } from './smmu-tables';
export type * from './machine-types';
export { ADDR_LIMIT, MAX_TRANSFER } from './machine-args';
export { HostAccessMap, HostStage2FaultError, protText } from './host-access';
export type { HostAccessFault, HostAccessRun, HostArea } from './host-access';
export { ptdumpView, steView, smmuInfo } from './machine-dump';
export type { PtdumpView, SteView } from './machine-dump';
export { captureImage, restoreImage } from './machine-snapshot';
export type { MachineImage } from './machine-snapshot';
export { encodeImage, decodeImage } from './machine-image-codec';
