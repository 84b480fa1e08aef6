import { KernelError } from '@pkvm/errno';
import { NO_IOMMU_DRIVER_WARNING } from '@pkvm/boot-saga';
import { driverFor } from './drivers/driver-factory';
import type { DriverContext } from './drivers/kvm-iommu-driver';
import { neg } from './errnos';
import type { DriverKind, InitIommuDriverRecord, KernelWarning, RegisterDriverRecord, RemoveIommuDriverRecord } from './kernel-state';

/** A registration as an initcall makes it: which driver, and whether a half is NULL. */
export interface RegistrationRequest {
  readonly driver: DriverKind | 'none';
  readonly testInitErrno: number;
  readonly testRemoveErrno: number;
  readonly missingKernOps: boolean;
  readonly missingEl2Ops: boolean;
  /** The test driver's EL2 ops lack host_stage2_idmap (case 6). */
  readonly testEl2WithoutIdmap?: boolean;
  /**
   * Fault injection (tests), 0 or a negative errno: -EBUSY = an earlier initcall registered the same driver
   * first (it stays, this call gets -EBUSY); any other errno = the registration fails there, nothing registered.
   */
  readonly injectErrno?: number;
}

/**
 * The registering initcall, then kvm_iommu_register_driver(kern_ops, el2_ops) (v3 14/29):
 * - `none`, or kvm_arm_smmu_v3_register on a platform without SMMU: returns 0, registers nothing;
 * - a NULL half: WARN, -EINVAL, nothing registered;
 * - the slot already holds a driver: -EBUSY, the first stays and the EL2 ops are untouched;
 * - else the EL2 ops go into the EL2 symbol kvm_iommu_ops and the driver into the slot.
 * Twin order: the EL2 write comes before the slot is taken, because the hypervisor may refuse it (after
 * de-privilege); a refused write returns its errno and leaves the slot empty.
 */
export async function kvmIommuRegisterDriver(ctx: DriverContext, req: RegistrationRequest): Promise<RegisterDriverRecord> {
  const s = ctx.state;
  const smmus = ctx.platform.smmus.length;
  const active = (registered: boolean, kind?: DriverKind) => {
    const d = registered ? { kind: kind!, testInitErrno: req.testInitErrno, testRemoveErrno: req.testRemoveErrno } : s.driver;
    return { activeDriver: d?.kind, activeTestInitErrno: d?.testInitErrno ?? 0, activeTestRemoveErrno: d?.testRemoveErrno ?? 0 };
  };
  const answer = (ret: number, registered: boolean, warnings: KernelWarning[] = [], kind?: DriverKind): RegisterDriverRecord => ({
    ret,
    registered,
    ...active(registered, kind),
    smmus,
    warnings,
  });
  if (req.driver === 'none') return answer(0, false);
  // kvm_arm_smmu_v3_register: no "arm,smmu-v3" node -> return without registering.
  if (req.driver === 'smmu-v3' && smmus === 0) return answer(0, false);
  if (req.missingKernOps || req.missingEl2Ops) {
    const which = [req.missingKernOps && 'kern_ops', req.missingEl2Ops && 'el2_ops'].filter(Boolean).join(' and ');
    return answer(neg('EINVAL'), false, [{ site: 'kvm_iommu_register_driver', message: `WARN_ON(!kern_ops || !el2_ops): ${which} NULL` }]);
  }
  const inject = req.injectErrno ?? 0;
  if (inject && inject !== neg('EBUSY')) {
    return answer(inject, false, [{ site: 'kvm_iommu_register_driver', message: `registration failed: ${inject} [injected]` }]);
  }
  // cmpxchg_release(&iommu_driver, NULL, kern_ops): a second driver gets -EBUSY.
  if (s.driver) return answer(neg('EBUSY'), false);
  if (inject) {
    // Injected -EBUSY: an earlier initcall won the cmpxchg with the same driver (its EL2 ops stored), then
    // this registration finds the slot taken. The first driver stays: it is what kvm_iommu_init_driver finds.
    try {
      await ctx.el2.installIommuOps(req.driver, { withoutIdmap: req.driver === 'test' && !!req.testEl2WithoutIdmap });
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      return answer(e.errno, false);
    }
    const first = { activeDriver: req.driver, activeTestInitErrno: req.testInitErrno, activeTestRemoveErrno: req.testRemoveErrno };
    return { ...answer(inject, false), ...first };
  }
  try {
    await ctx.el2.installIommuOps(req.driver, { withoutIdmap: req.driver === 'test' && !!req.testEl2WithoutIdmap });
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    return answer(e.errno, false);
  }
  return answer(0, true, [], req.driver);
}

/**
 * kvm_iommu_init_driver(): no driver -> WARN, the kernel's error line, -ENODEV; else the driver's
 * init_driver(), whose value is returned as is (nothing rolled back, remove_driver not called).
 */
export async function kvmIommuInitDriver(ctx: DriverContext, fault?: { readonly injectErrno?: number }): Promise<InitIommuDriverRecord> {
  const d = ctx.state.driver;
  if (!d) {
    return {
      ret: neg('ENODEV'),
      driver: undefined,
      expected: 0,
      probed: 0,
      smmus: [],
      published: false,
      log: [`kvm [hyp]: ${NO_IOMMU_DRIVER_WARNING}`],
      warnings: [{ site: 'kvm_iommu_init_driver', message: 'WARN_ON(!smp_load_acquire(&iommu_driver))' }],
      smmuArrayPfn: 0,
      smmuArrayPages: 0,
    };
  }
  const out = await driverFor(d).initDriver(ctx, fault?.injectErrno ? { errno: fault.injectErrno } : undefined);
  return { ...out, driver: d.kind };
}

/** kvm_iommu_remove_driver(): remove_driver() only when a driver is registered; returns void (ret 0). */
export async function kvmIommuRemoveDriver(ctx: DriverContext): Promise<RemoveIommuDriverRecord> {
  const d = ctx.state.driver;
  if (!d) return { ret: 0, removeCalled: false, driverRet: 0, driver: undefined, restored: [], warnings: [] };
  const out = await driverFor(d).removeDriver(ctx);
  return { ret: 0, removeCalled: true, driverRet: out.driverRet, driver: d.kind, restored: out.restored, warnings: out.warnings };
}
