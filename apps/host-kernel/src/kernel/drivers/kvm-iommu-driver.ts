import type { Platform } from '@pkvm/platform';
import type { El2Port, SmmuMmioPort } from '../ports';
import type { DriverKind, KernelState, KernelWarning, SmmuProbeRecord } from '../kernel-state';

/** What a driver's callbacks may touch: the firmware tables, the SMMU registers, EL2, the folded state. */
export interface DriverContext {
  readonly platform: Platform;
  readonly mmio: SmmuMmioPort;
  readonly el2: El2Port;
  readonly state: KernelState;
}

/** init_driver()'s return value and what it left behind (probe records, the array published to EL2). */
export interface InitDriverOutcome {
  readonly ret: number;
  readonly expected: number;
  readonly probed: number;
  readonly smmus: readonly SmmuProbeRecord[];
  readonly published: boolean;
  readonly log: readonly string[];
  readonly warnings: readonly KernelWarning[];
  /** The host pages of the SMMU array (kvm_hyp_arm_smmu_v3_smmus); 0 when none was allocated. */
  readonly smmuArrayPfn: number;
  readonly smmuArrayPages: number;
}

/** remove_driver() returns void in the kernel; `driverRet` is what the twin's driver reports for tests. */
export interface RemoveDriverOutcome {
  readonly driverRet: number;
  readonly restored: readonly string[];
  readonly warnings: readonly KernelWarning[];
}

/** Fault injection (tests): init_driver fails with `errno` at the driver's own failure point. */
export interface InitDriverFault {
  readonly errno: number;
}

/** struct kvm_iommu_driver (v3 14/29): the kernel half of an IOMMU driver. */
export interface KvmIommuDriver {
  readonly kind: DriverKind;
  initDriver(ctx: DriverContext, fault?: InitDriverFault): Promise<InitDriverOutcome>;
  removeDriver(ctx: DriverContext): Promise<RemoveDriverOutcome>;
}
