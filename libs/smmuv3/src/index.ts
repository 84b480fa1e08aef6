// Public surface of @pkvm/smmuv3: SMMUv3 formats, the device model and the EL2 driver (v3 mode).

// Formats (PKVM.md §5.3-5.7)
export {
  ZERO_DWORD,
  dword,
  dwordFromNumber,
  dwordToNumber,
  dwordToBigInt,
  dwordFromBigInt,
  getBits,
  getBit,
  setBits,
  setBit,
  getAddress,
  setAddress,
  orDword,
  dwordEquals,
  dwordHex,
} from './dword';
export type { Dword } from './dword';
export {
  SMMU_PAGE1,
  SMMU_MMIO_MIN_SIZE,
  SmmuReg,
  IDR0,
  idr0StLevel,
  idr1SidSize,
  idr1SsidSize,
  idr1EvtqShift,
  idr1CmdqShift,
  IDR3_RIL,
  IDR5,
  idr5OasBits,
  ADDR_SIZE_BITS,
  addrSizeEncoding,
  CR0,
  CR1,
  CR2,
  GBPA,
  IRQ_CTRL,
  GERROR,
  STRTAB_BASE_CFG,
  STRTAB_BASE_RA_BIT,
  QUEUE,
  CMDQ_ERR,
  cr1Value,
} from './smmu-registers';
export type { SmmuRegName } from './smmu-registers';
export {
  STE_DWORDS,
  STE_SIZE,
  SteConfig,
  isReservedSteConfig,
  STE_SHCFG_INCOMING,
  EMPTY_STE,
  decodeSte,
  encodeSte,
  steVtcr,
  vtcrToSteFields,
} from './stream-table-entry';
export type { StreamTableEntry } from './stream-table-entry';
export {
  L1_DESC_SIZE,
  STRTAB_SPLIT,
  STRTAB_L1_SPAN,
  STRTAB_MAX_L1_ENTRIES,
  decodeL1Descriptor,
  encodeL1Descriptor,
  l2EntryCount,
} from './l1-stream-table-descriptor';
export type { L1StreamTableDescriptor } from './l1-stream-table-descriptor';
export {
  CMD_SIZE,
  CmdOp,
  CFGI_ALL_RANGE,
  SyncCs,
  TLBI_TG_GRANULE,
  cmdOpName,
  cfgiAll,
  tlbiS2Ipa,
  tlbiRangeBytes,
  encodeCommand,
  decodeCommand,
} from './command';
export type { CmdOpName, TlbiRange, SmmuCommand, UnknownCommand, DecodedCommand } from './command';
export {
  EVENT_SIZE,
  EventType,
  EventClass,
  eventHasFetchAddr,
  eventTypeName,
  eventRecord,
  encodeEvent,
  decodeEvent,
} from './event-record';
export type { EventTypeName, EventRecord } from './event-record';

// Device model
export type { SmmuMemory } from './device/smmu-memory';
export { zeroRange } from './device/smmu-memory';
export { queueEmpty, queueFull, queueIndex, queueInc, queueIdxWrap } from './device/queue-pointer';
export { Iotlb, LEAF_SIZE } from './device/iotlb';
export type { IotlbEntry } from './device/iotlb';
export { ConfigCache } from './device/config-cache';
export type { CachedConfig } from './device/config-cache';
export { decodeStreamTableConfig, lookupSte } from './device/stream-table-lookup';
export type { StreamTableConfig, SteLookup } from './device/stream-table-lookup';
export { stage2WalkConfig } from './device/stage2-walk-config';
export type { Stage2WalkConfig, Stage2Features } from './device/stage2-walk-config';
export { walkStage2 } from './device/stage2-walk';
export type { Stage2WalkResult } from './device/stage2-walk';
export { SmmuV3Device } from './device/smmu-v3-device';
export type {
  SmmuIdValues,
  SmmuV3DeviceOptions,
  DmaDirection,
  DmaFault,
  DmaFaultReason,
  DmaResult,
  TranslateResult,
  SmmuV3Stats,
} from './device/smmu-v3-device';
export { drainEventQueue } from './device/event-queue-reader';
export type { SmmuRegisterAccess, DrainedEvents } from './device/event-queue-reader';

// EL2 SMMUv3 driver, v3 mode (PKVM.md §2.2, §4.5, §4.6)
export { El2SmmuV3Driver, IDMAP_VMID, L2_TABLE_SIZE } from './el2-driver/el2-smmu-v3-driver';
export type {
  SmmuMmio,
  El2SmmuConfig,
  IdmapVtcrFields,
  IdmapDomainConfig,
  IdmapPgtableRequirements,
  L2TableAllocator,
} from './el2-driver/el2-smmu-types';
export { tlbiS2RangeCommands } from './el2-driver/tlbi-s2-range';

// Test fixtures (hand-built stage-2 tables; a host-driver stand-in that programs a SmmuV3Device)
export { Stage2Fixture, S2_DESC, S2_PAGE_RW, writeDescriptor } from './device/stage2-fixture';
export { DeviceTestBench } from './device/device-test-bench';
