export type {
  Platform,
  Cpu,
  MemoryBank,
  MmioRegion,
  SmmuIdRegisters,
  SmmuDescriptor,
  DeviceBus,
  DeviceDescriptor,
} from './platform';
export { parsePlatformNumber } from './platform-number';
export { validatePlatform, PLATFORM_PAGE_SIZE, SMMU_FRAME_ALIGN, PLATFORM_PA_LIMIT } from './platform-validator';
export { loadPlatform, loadShippedPlatform, PLATFORMS_DIR, SHIPPED_PLATFORMS } from './load-platform';
export type { ShippedPlatform } from './load-platform';
export { platformRamSize, findSmmu, smmuSidBits, devicesBehind } from './platform-queries';
