import type { RegisteredDriver } from '../kernel-state';
import type { KvmIommuDriver } from './kvm-iommu-driver';
import { SmmuV3HostDriver } from './smmu-v3-host-driver';
import { TestIommuDriver } from './test-iommu-driver';

/** The driver object behind a registry slot (the slot holds data, so that it folds and replays). */
export function driverFor(d: RegisteredDriver): KvmIommuDriver {
  return d.kind === 'smmu-v3' ? new SmmuV3HostDriver() : new TestIommuDriver(d.testInitErrno, d.testRemoveErrno);
}
