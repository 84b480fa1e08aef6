import { KernelError } from '@pkvm/errno';
import { SMCCC_RET_SUCCESS } from '@pkvm/errno';
import { reserveCarveout } from './carve-out';
import type { DriverContext } from './drivers/kvm-iommu-driver';
import { neg } from './errnos';
import { kvmIommuInitDriver, kvmIommuRegisterDriver, kvmIommuRemoveDriver, RegistrationRequest } from './iommu-driver-registry';
import type { KernelEvent, KernelWarning, SubStepRecord } from './kernel-state';

/** hyp_va_bits when the request gives none. */
export const DEFAULT_HYP_VA_BITS = 48;

/**
 * The host's boot steps (PKVM.md §2.1, §2.3). Each decides one step from the folded state and the ports and
 * returns the event that records the decision; the caller applies it with applyKernelEvent. A KernelError
 * thrown here is a refusal: the step could not run at all and nothing changed.
 */
export const bootSteps = {
  /** S0 kvm_hyp_reserve(): size (incl. kvm_iommu_pages()), write hyp_kvm_iommu_pages to EL2, place. */
  async reserveCarveout(ctx: DriverContext, req: { nvheDebug: boolean; injectErrno?: number }): Promise<KernelEvent> {
    if (ctx.state.carveOut?.ret === 0) throw KernelError.of('EBUSY', 'kvm_hyp_reserve already placed the carve-out');
    const record = reserveCarveout(ctx.platform, { nvheDebug: req.nvheDebug });
    // kvm_iommu_pages() writes hyp_kvm_iommu_pages while sizing, before memblock places the carve-out.
    await ctx.el2.setIommuPoolPages(record.iommuPages);
    if (req.injectErrno) {
      // Injected: memblock_phys_alloc fails; kvm_hyp_reserve logs it and hyp_mem_base stays 0.
      const failed = { ...record, ret: req.injectErrno, hypMemBase: 0, hypMemSize: 0, log: ['kvm [hyp]: Failed to reserve hyp memory [injected]'] };
      return { type: 'ReserveCarveout', record: failed };
    }
    return { type: 'ReserveCarveout', record };
  },

  /** S1 the registering initcall (kvm_iommu_register_driver); its return value is ignored by the boot. */
  async registerDriver(ctx: DriverContext, req: RegistrationRequest): Promise<KernelEvent> {
    return { type: 'RegisterDriver', record: await kvmIommuRegisterDriver(ctx, req) };
  },

  /** S2 create_hyp_mappings(hyp_mem_base .. + hyp_mem_size): -ENOMEM when no carve-out was placed. */
  async createHypMappings(ctx: DriverContext, req: { injectErrno?: number } = {}): Promise<KernelEvent> {
    const c = ctx.state.carveOut;
    if (!c || c.hypMemBase === 0) return { type: 'CreateHypMappings', record: { ret: neg('ENOMEM'), base: 0, mappedPages: 0 } };
    // Injected: the hyp page-table walk fails (e.g. no page for a table); the error is returned as is.
    if (req.injectErrno) return { type: 'CreateHypMappings', record: { ret: req.injectErrno, base: c.hypMemBase, mappedPages: 0 } };
    return { type: 'CreateHypMappings', record: { ret: 0, base: c.hypMemBase, mappedPages: c.totalPages } };
  },

  /** S3 kvm_iommu_init_driver(). Refused once a driver init succeeded (its devices are bound). */
  async initIommuDriver(ctx: DriverContext, req: { injectErrno?: number } = {}): Promise<KernelEvent> {
    if (ctx.state.driverInit?.ret === 0) throw KernelError.of('EBUSY', 'the IOMMU driver is already initialised');
    return { type: 'InitIommuDriver', record: await kvmIommuInitDriver(ctx, req) };
  },

  /**
   * S4 do_pkvm_init(): the __pkvm_init HVC (phys, size, nr_cpus, per_cpu_base, hyp_va_bits) from CPU 0;
   * ret = x1. The host does not compensate here: the coordinator runs RemoveIommuDriver on a failure.
   * Without a carve-out init_hyp_mode has already failed with -ENOMEM: no HVC.
   */
  async pkvmInit(ctx: DriverContext, req: { hypVaBits: number; injectSubStep?: string; injectErrno?: number }): Promise<KernelEvent> {
    const c = ctx.state.carveOut;
    const none = { x0: 0, x1: 0, args: [], subSteps: [], warnings: [] };
    if (!c || c.hypMemBase === 0) return { type: 'PkvmInit', record: { ret: neg('ENOMEM'), ...none } };
    if (req.injectSubStep) {
      // Injected: EL2 fails at that sub-step of the next __pkvm_init (the hypervisor's one-shot fault); the
      // EL2 effects before it stay or are undone by EL2's own unwinding (the SMMU driver's rollback).
      if (!ctx.el2.armInitFault) throw KernelError.of('EOPNOTSUPP', 'this hypervisor has no ArmInitFault');
      if (!(req.injectErrno! < 0)) throw KernelError.of('EINVAL', `inject_errno must be a negative errno, got ${req.injectErrno}`);
      await ctx.el2.armInitFault(req.injectSubStep, req.injectErrno!);
    }
    // per_cpu_base: the twin has no per-CPU hyp sections to hand over; 0 stands for kvm_arm_hyp_percpu_base.
    const args = [c.hypMemBase, c.hypMemSize, ctx.platform.cpus.length, 0, req.hypVaBits || DEFAULT_HYP_VA_BITS];
    const r = await ctx.el2.hvc('__pkvm_init', args, 0);
    const warnings: KernelWarning[] = [];
    let ret = r.x1;
    if (r.x0 !== SMCCC_RET_SUCCESS) {
      // kvm_call_hyp_nvhe: WARN_ON(res.a0 != SMCCC_RET_SUCCESS). The kernel would then return whatever x1
      // held; the twin reports -EOPNOTSUPP unless x1 already is an errno.
      warnings.push({ site: 'kvm_call_hyp_nvhe', message: `__pkvm_init: x0 = ${r.x0}` });
      ret = r.x1 < 0 ? r.x1 : neg('EOPNOTSUPP');
    }
    const reported = ctx.el2.pkvmInitSubSteps ? await ctx.el2.pkvmInitSubSteps() : [];
    const subSteps: SubStepRecord[] = reported.map((x) => ({ subStep: x.subStep, ok: x.ok, errno: x.errno ?? 0, detail: x.detail ?? '' }));
    return { type: 'PkvmInit', record: { ret, x0: r.x0, x1: r.x1, args, subSteps, warnings } };
  },

  /** S5 free_hyp_pgds(): returns void. */
  async freeHypPgds(_ctx: DriverContext, _req: object = {}): Promise<KernelEvent> {
    return { type: 'FreeHypPgds', record: { ret: 0 } };
  },

  /**
   * S6 pkvm_drop_host_privileges(): the static key, then __pkvm_prot_finalize on every CPU; a CPU whose call
   * fails WARNs (_kvm_host_prot_finalize) and the result is -EINVAL. Irreversible.
   */
  async deprivilege(ctx: DriverContext, req: { protFinalizeErrno?: number; protFinalizeCpu?: number } = {}): Promise<KernelEvent> {
    const subSteps: SubStepRecord[] = [];
    const warnings: KernelWarning[] = [];
    if (ctx.el2.setProtectedModeInitialized) await ctx.el2.setProtectedModeInitialized();
    subSteps.push({ subStep: 'static_key', ok: true, errno: 0, detail: '' });
    const cpus = ctx.platform.cpus.length;
    for (let cpu = 0; cpu < cpus; cpu++) {
      if (req.protFinalizeErrno && cpu === (req.protFinalizeCpu ?? 0)) {
        // Injected: __pkvm_prot_finalize fails on this CPU before EL2 sets HCR_EL2.VM (as its -EPERM check
        // does): no HVC effect, x1 = the errno; the host WARNs and goes on with the other CPUs.
        const errno = req.protFinalizeErrno;
        subSteps.push({ subStep: 'prot_finalize', ok: false, errno, detail: `cpu${cpu} [injected]` });
        warnings.push({ site: '_kvm_host_prot_finalize', message: `cpu${cpu}: __pkvm_prot_finalize x0 = 0, x1 = ${errno} [injected]` });
        continue;
      }
      const r = await ctx.el2.hvc('__pkvm_prot_finalize', [], cpu);
      const errno = r.x0 !== SMCCC_RET_SUCCESS ? (r.x1 < 0 ? r.x1 : neg('EOPNOTSUPP')) : r.x1;
      subSteps.push({ subStep: 'prot_finalize', ok: errno === 0, errno, detail: `cpu${cpu}` });
      if (errno !== 0) warnings.push({ site: '_kvm_host_prot_finalize', message: `cpu${cpu}: __pkvm_prot_finalize x0 = ${r.x0}, x1 = ${r.x1}` });
    }
    return { type: 'Deprivilege', record: { ret: warnings.length ? neg('EINVAL') : 0, cpus, subSteps, warnings } };
  },

  /** The compensation of S4: kvm_iommu_remove_driver(). */
  async removeIommuDriver(ctx: DriverContext, _req: object = {}): Promise<KernelEvent> {
    return { type: 'RemoveIommuDriver', record: await kvmIommuRemoveDriver(ctx) };
  },
};
