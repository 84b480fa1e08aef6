/** The host kernel's domain (no NestJS, no NATS): boot steps, the IOMMU driver registry, drivers, the fold. */
export { bootSteps, DEFAULT_HYP_VA_BITS } from './boot-steps';
export { reserveCarveout } from './carve-out';
export { kvmIommuRegisterDriver, kvmIommuInitDriver, kvmIommuRemoveDriver } from './iommu-driver-registry';
export type { RegistrationRequest } from './iommu-driver-registry';
export { HostDmaAllocator } from './host-dma-allocator';
export { SmmuV3HostDriver } from './drivers/smmu-v3-host-driver';
export { TestIommuDriver } from './drivers/test-iommu-driver';
export type { DriverContext, KvmIommuDriver, InitDriverOutcome, RemoveDriverOutcome } from './drivers/kvm-iommu-driver';
export { applyKernelEvent, foldKernel, INITIAL_KERNEL_STATE, KERNEL_EVENT_TYPES, dmaRanges, strtabBytes } from './kernel-state';
export type * from './kernel-state';
export { encodeKernelEvent, decodeKernelEvent, eventToWire, driverToWire, driverFromWire, RESPONSE_TYPES } from './kernel-event-codec';
export type { SmmuMmioPort, El2Port, HvcResult, El2SubStep, PublishedSmmu } from './ports';
export { neg } from './errnos';
export { canonicalJson } from './canonical-json';
