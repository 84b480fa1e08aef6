import type { DriverContext, InitDriverFault, InitDriverOutcome, KvmIommuDriver, RemoveDriverOutcome } from './kvm-iommu-driver';

/**
 * A driver for exercising the registry rules (PKVM.md §7 cases 1-5): init_driver returns `initErrno` and
 * remove_driver reports `removeErrno`; it touches no hardware.
 */
export class TestIommuDriver implements KvmIommuDriver {
  readonly kind = 'test' as const;

  constructor(readonly initErrno: number, readonly removeErrno: number) {}

  async initDriver(_ctx: DriverContext, fault?: InitDriverFault): Promise<InitDriverOutcome> {
    return { ret: fault?.errno || this.initErrno, expected: 0, probed: 0, smmus: [], published: false, log: [], warnings: [], smmuArrayPfn: 0, smmuArrayPages: 0 };
  }

  async removeDriver(_ctx: DriverContext): Promise<RemoveDriverOutcome> {
    return { driverRet: this.removeErrno, restored: [], warnings: [] };
  }
}
