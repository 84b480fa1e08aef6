export { AddressMap, PAGE_SHIFT, PAGE_SIZE, MAX_PHYS_BITS } from './address-map';
export type { AddressMapSpec, PhysRegion, RegionKind } from './address-map';
export { PhysicalMemory } from './physical-memory';
export { PagePool, MAX_PAGE_ORDER } from './page-pool';
