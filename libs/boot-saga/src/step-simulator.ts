import { ERRNO, errnoName } from '@pkvm/errno';
import { kvmHypReserve } from './carve-out';
import type { Faults, StepResult } from './events';
import type { SagaState } from './fold';
import { NO_IOMMU_DRIVER_WARNING, SUB_STEPS } from './saga-definition';
import type { CompensationId, StepId, SubStepId } from './saga-definition';

/** One sub-step as the executing service reports it in its reply. */
export interface SubStepReport {
  readonly subStep: SubStepId;
  readonly ok: boolean;
  readonly errno?: number;
  readonly detail?: string;
}

/** A step's reply: the result or the errno, plus the sub-steps it ran. */
export type StepReply =
  | { readonly ok: true; readonly result: StepResult; readonly subSteps: readonly SubStepReport[] }
  | { readonly ok: false; readonly errno: number; readonly message: string; readonly subSteps: readonly SubStepReport[] };

const neg = (name: keyof typeof ERRNO): number => -ERRNO[name];

function stepFault(faults: Faults, step: StepId): number | undefined {
  const f = faults.failStep;
  return f && 'step' in f && f.step === step ? f.errno : undefined;
}

function subStepFault(faults: Faults, subStep: SubStepId): number | undefined {
  const f = faults.failStep;
  return f && 'subStep' in f && f.subStep === subStep ? f.errno : undefined;
}

/**
 * Whether kvm_iommu_register_driver left a driver in the slot: S1 registered one, or S1 got -EBUSY
 * (the slot already held a first driver, which stays and is what S3 finds).
 */
export function driverRegistered(s: SagaState): boolean {
  const s1 = s.steps.S1;
  if (s1.status === 'succeeded') return s1.result?.registered === true;
  return s1.status === 'failed' && s1.errno === neg('EBUSY');
}

function fail(errno: number, message: string, subSteps: readonly SubStepReport[] = []): StepReply {
  return { ok: false, errno, message, subSteps };
}

function injected(errno: number, what: string): string {
  return `${what} failed: ${errnoName(errno)} (${errno}) [injected]`;
}

/** The EL2 sub-steps of __pkvm_init in order (PKVM.md §2.2); the first failure stops the walk and fills x1. */
function simulatePkvmInit(s: SagaState): StepReply {
  const p = s.platform!;
  const reports: SubStepReport[] = [];
  const iommuPages = typeof s.steps.S0.result?.iommuPages === 'number' ? s.steps.S0.result.iommuPages : 0;
  let pendingFault = s.faults.failStep && 'subStep' in s.faults.failStep ? s.faults.failStep : undefined;
  // Returns the errno the sub-step fails with, the injected one first (applied once), then the natural one.
  const run = (id: SubStepId, natural?: number, detail?: string): number | undefined => {
    let errno: number | undefined;
    if (pendingFault && pendingFault.subStep === id) {
      errno = pendingFault.errno;
      pendingFault = undefined;
    } else errno = natural;
    reports.push({ subStep: id, ok: errno === undefined, ...(errno !== undefined ? { errno } : {}), ...(detail !== undefined ? { detail } : {}) });
    return errno;
  };
  const s4 = SUB_STEPS.filter((d) => d.step === 'S4').map((d) => d.id);
  for (const id of s4) {
    let errno: number | undefined;
    if (id === 'g2:iommu_pool_init') {
      if (iommuPages === 0) continue; // kvm_iommu_init: hyp_pool_init only if nr_pages != 0
      errno = run(id, undefined, `${iommuPages} pages`);
    } else if (id === 'g3.2:smmu_init_device') {
      const done: string[] = [];
      for (const smmu of p.smmus) {
        errno = run(id, smmu.mmioPageAligned ? undefined : neg('EINVAL'), smmu.id);
        if (errno !== undefined) break;
        done.push(smmu.id);
      }
      if (errno !== undefined) {
        // EL2 SMMU init step 3: deinit the devices already done in reverse, give the array back to the host.
        reports.push({ subStep: 'g3.3:smmu_rollback', ok: true, detail: [...done.reverse(), 'array'].join(',') });
        return fail(errno, `__pkvm_init: smmu_init_device failed with ${errnoName(errno)}; x1 = ${errno}`, reports);
      }
      continue;
    } else if (id === 'g3.3:smmu_rollback') {
      continue; // reported only after a device failure
    } else if (id === 'g3.4:smmu_init_pgt') {
      errno = run(id, p.smmus.every((m) => m.supports4k) ? undefined : neg('EINVAL'));
      if (errno !== undefined) {
        // smmu_init: `goto out_reclaim_smmu` from smmu_init_pgt too: every device deinit in reverse, then the array.
        reports.push({ subStep: 'g3.3:smmu_rollback', ok: true, detail: [...p.smmus.map((m) => m.id).reverse(), 'array'].join(',') });
        return fail(errno, `__pkvm_init: smmu_init_pgt failed with ${errnoName(errno)}; x1 = ${errno}`, reports);
      }
    } else {
      errno = run(id);
    }
    if (errno !== undefined) return fail(errno, `__pkvm_init: ${id} failed with ${errnoName(errno)}; x1 = ${errno}`, reports);
  }
  return { ok: true, result: { x1: 0 }, subSteps: reports };
}

/** pkvm_drop_host_privileges: the static key, then __pkvm_prot_finalize on every CPU; any failure WARNs -> -EINVAL. */
function simulateDeprivilege(s: SagaState): StepReply {
  const reports: SubStepReport[] = [{ subStep: 'static_key', ok: true }];
  const fault = subStepFault(s.faults, 'prot_finalize');
  const failed: number[] = [];
  for (let cpu = 0; cpu < s.platform!.cpus; cpu++) {
    const errno = cpu === 0 ? fault : undefined;
    reports.push({ subStep: 'prot_finalize', ok: errno === undefined, ...(errno !== undefined ? { errno } : {}), detail: `cpu${cpu}` });
    if (errno !== undefined) failed.push(cpu);
  }
  if (failed.length > 0) return fail(neg('EINVAL'), `__pkvm_prot_finalize failed on ${failed.map((c) => `cpu${c}`).join(',')} (WARN)`, reports);
  return { ok: true, result: { cpus: s.platform!.cpus }, subSteps: reports };
}

/**
 * A deterministic model of one step's outcome on the platform summary, with the injected faults.
 * Pure: it reads the folded state (earlier results, platform, faults) and touches nothing live.
 */
export function simulateStep(s: SagaState, step: StepId): StepReply {
  const p = s.platform;
  if (!p) return fail(neg('EINVAL'), 'no BootRequested');
  const injectedErrno = stepFault(s.faults, step);
  switch (step) {
    case 'S0': {
      if (injectedErrno !== undefined) return fail(injectedErrno, injected(injectedErrno, 'kvm_hyp_reserve'));
      const c = kvmHypReserve(p);
      if (c.base === 0) return fail(neg('ENOMEM'), `kvm_hyp_reserve: failed to reserve ${c.totalPages} pages of hyp memory; hyp_mem_base = 0`);
      return { ok: true, result: { hypMemBase: c.base, hypMemPages: c.totalPages, iommuPages: c.iommuPages, hostS2Pages: c.hostS2Pages }, subSteps: [] };
    }
    case 'S1':
      if (injectedErrno !== undefined) return fail(injectedErrno, `kvm_iommu_register_driver returned ${errnoName(injectedErrno)}; initcall return ignored [injected]`);
      // kvm_arm_smmu_v3_register: no SMMU in the device tree -> return without registering.
      return { ok: true, result: { registered: p.smmus.length > 0, smmus: p.smmus.length }, subSteps: [] };
    case 'S2':
      if (injectedErrno !== undefined) return fail(injectedErrno, injected(injectedErrno, 'create_hyp_mappings'));
      return { ok: true, result: { mappedPages: (s.steps.S0.result?.hypMemPages as number | undefined) ?? 0 }, subSteps: [] };
    case 'S3': {
      if (!driverRegistered(s)) return fail(neg('ENODEV'), NO_IOMMU_DRIVER_WARNING);
      if (injectedErrno !== undefined) return fail(injectedErrno, injected(injectedErrno, 'init_driver'));
      const probed = p.smmus.filter((m) => m.probeOk).length;
      if (probed !== p.smmus.length) return fail(neg('EUNATCH'), `init_driver: probed ${probed} of ${p.smmus.length} SMMUs`);
      return { ok: true, result: { smmusProbed: probed }, subSteps: [] };
    }
    case 'S4':
      if (injectedErrno !== undefined) return fail(injectedErrno, `__pkvm_init: x1 = ${injectedErrno} [injected]`);
      return simulatePkvmInit(s);
    case 'S5':
      return { ok: true, result: {}, subSteps: [] };
    case 'S6':
      if (injectedErrno !== undefined) return fail(injectedErrno, injected(injectedErrno, 'pkvm_drop_host_privileges'));
      return simulateDeprivilege(s);
  }
}

/** kvm_iommu_remove_driver: remove_driver() runs only if a driver is registered; returns void. */
export function simulateCompensation(s: SagaState, _compensation: CompensationId): StepResult {
  return { removeDriverCalled: driverRegistered(s) };
}
