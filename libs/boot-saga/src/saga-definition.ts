import type { ErrnoName } from '@pkvm/errno';

/** The boot saga's forward steps (PKVM.md §2.3), in the kernel's order. */
export const STEP_IDS = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The four processes of the twin (ARCHITECTURE.md "Processes"). */
export const SERVICE_NAMES = ['boot-coordinator', 'host-kernel', 'hypervisor', 'iommu'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The only compensation the kernel has on this path (kvm_hyp_init_protection, v3 14/29). */
export const COMPENSATION_IDS = ['kvm_iommu_remove_driver'] as const;
export type CompensationId = (typeof COMPENSATION_IDS)[number];

/**
 * What a failed step does to the boot:
 * - abort: the boot fails at once, nothing is undone;
 * - ignore: the failure is recorded and the boot goes on (an initcall's return value);
 * - compensate: the step's compensation runs once, then the boot fails;
 * - cannot-fail: the kernel function returns void; only a crash can interrupt it.
 */
export type FailurePolicy = 'abort' | 'ignore' | 'compensate' | 'cannot-fail';

export interface StepDefinition {
  readonly id: StepId;
  /** Short label for tables and SVG. */
  readonly label: string;
  /** The kernel function the step plays. */
  readonly kernelFunction: string;
  /** The service the coordinator sends the step to. */
  readonly service: ServiceName;
  /** Every service whose crash interrupts the step before its result is committed. */
  readonly participants: readonly ServiceName[];
  readonly onFailure: FailurePolicy;
  readonly compensation?: CompensationId;
  /** The errno values PKVM.md lists for this step (the failure matrix). */
  readonly errnos: readonly ErrnoName[];
}

export const STEPS: readonly StepDefinition[] = [
  // setup_arch() -> kvm_hyp_reserve(): sums the carve-out incl. kvm_iommu_pages(); hyp_mem_base = 0 fails init_hyp_mode with -ENOMEM.
  { id: 'S0', label: 'reserve carve-out', kernelFunction: 'kvm_hyp_reserve', service: 'host-kernel', participants: ['host-kernel'], onFailure: 'abort', errnos: ['ENOMEM'] },
  // core_initcall(kvm_arm_smmu_v3_register) -> kvm_iommu_register_driver(): the initcall's return value is ignored.
  { id: 'S1', label: 'register IOMMU driver', kernelFunction: 'kvm_iommu_register_driver', service: 'host-kernel', participants: ['host-kernel'], onFailure: 'ignore', errnos: ['EINVAL', 'EBUSY'] },
  // kvm_hyp_init_protection() step a: create_hyp_mappings(hyp_mem_base .. +hyp_mem_size, PAGE_HYP); errors returned as is.
  { id: 'S2', label: 'create hyp mappings', kernelFunction: 'create_hyp_mappings', service: 'host-kernel', participants: ['host-kernel'], onFailure: 'abort', errnos: ['ENOMEM'] },
  // kvm_hyp_init_protection() step b: kvm_iommu_init_driver(); any error returned straight away, remove_driver NOT called.
  { id: 'S3', label: 'init IOMMU driver', kernelFunction: 'kvm_iommu_init_driver', service: 'host-kernel', participants: ['host-kernel', 'iommu'], onFailure: 'abort', errnos: ['ENODEV', 'EUNATCH'] },
  // kvm_hyp_init_protection() step c: do_pkvm_init() -> __pkvm_init hypercall; on error kvm_iommu_remove_driver() then return.
  // The host CPU issues the HVC and waits for x1: a host crash with it in flight loses the reply too.
  { id: 'S4', label: '__pkvm_init', kernelFunction: '__pkvm_init', service: 'hypervisor', participants: ['host-kernel', 'hypervisor', 'iommu'], onFailure: 'compensate', compensation: 'kvm_iommu_remove_driver', errnos: ['EINVAL', 'ENOMEM', 'ENODEV', 'EIO', 'ETIMEDOUT'] },
  // kvm_hyp_init_protection() step d: free_hyp_pgds() returns void.
  { id: 'S5', label: 'free hyp pgds', kernelFunction: 'free_hyp_pgds', service: 'host-kernel', participants: ['host-kernel'], onFailure: 'cannot-fail', errnos: [] },
  // device_initcall_sync(finalize_pkvm) -> pkvm_drop_host_privileges(): a per-CPU __pkvm_prot_finalize failure WARNs and becomes -EINVAL; irreversible.
  { id: 'S6', label: 'de-privilege host', kernelFunction: 'pkvm_drop_host_privileges', service: 'host-kernel', participants: ['host-kernel', 'hypervisor'], onFailure: 'abort', errnos: ['EINVAL'] },
];

export interface CompensationDefinition {
  readonly id: CompensationId;
  readonly forStep: StepId;
  readonly service: ServiceName;
  readonly participants: readonly ServiceName[];
  readonly label: string;
}

export const COMPENSATIONS: readonly CompensationDefinition[] = [
  // kvm_iommu_remove_driver(): calls iommu_driver->remove_driver() only if a driver is registered; returns void.
  { id: 'kvm_iommu_remove_driver', forStep: 'S4', service: 'host-kernel', participants: ['host-kernel', 'iommu'], label: 'remove IOMMU driver' },
];

/**
 * EL2 sub-steps of S4 (__pkvm_init, PKVM.md §2.2) and of S6 (per-CPU de-privilege), in execution order.
 * `failable: false` marks points that cannot return an error (fault injection refuses them).
 */
export interface SubStepDefinition {
  readonly id: SubStepId;
  readonly step: StepId;
  readonly kernelFunction: string;
  /** Enclosing kernel function, for grouping in the timeline. */
  readonly parent: string;
  readonly failable: boolean;
  /**
   * The processes that act at this point of a boot without an errno: a crash injected at the sub-step kills
   * one of them there. The hypervisor runs every EL2 sub-step; the iommu acts in its InitIommu call (device
   * init and smmu_init_pgt, one commit) and SnapshotHostStage2. Empty: reached only after a failure (the
   * driver's rollback) or run by the host kernel (the static key; its crash is a whole-step crash).
   */
  readonly crashable: readonly ServiceName[];
}

export const SUB_STEP_IDS = [
  '1:check_args',
  '2:divide_memory_pool',
  '3:switch_pgtables',
  'a:hyp_pool_init',
  'b:kvm_host_prepare_stage2',
  'c:mm_ops',
  'd:fix_hyp_pgtable_refcnt',
  'e:hyp_create_fixmap',
  'f:fix_host_ownership',
  'g1:iommu_ops_check',
  'g2:iommu_pool_init',
  'g3.1:smmu_donate_array',
  'g3.2:smmu_init_device',
  // smmu_init(): smmu_init_pgt() runs after the devices; BOTH failures `goto out_reclaim_smmu`, the rollback
  // label at the end of the function, so the rollback comes after init_pgt in the kernel's order (the ids keep
  // PKVM.md's numbering of the driver's steps).
  'g3.4:smmu_init_pgt',
  'g3.3:smmu_rollback',
  'g4:iommu_snapshot',
  'h:hyp_ffa_init',
  'i:pkvm_hyp_vm_table_init',
  'static_key',
  'prot_finalize',
] as const;
export type SubStepId = (typeof SUB_STEP_IDS)[number];

export const SUB_STEPS: readonly SubStepDefinition[] = [
  // __pkvm_init step 1: BUG on the sysreg table check; -EINVAL if phys or size is not page-aligned.
  { id: '1:check_args', step: 'S4', kernelFunction: '__pkvm_init', parent: '__pkvm_init', failable: true, crashable: ['hypervisor'] },
  // __pkvm_init step 2: divide_memory_pool(), the iommu_base slice last; any failed slice -ENOMEM.
  { id: '2:divide_memory_pool', step: 'S4', kernelFunction: 'divide_memory_pool', parent: '__pkvm_init', failable: true, crashable: ['hypervisor'] },
  // __pkvm_init step 3: recreate_hyp_mappings, per-CPU params, switch page tables, tail-call __pkvm_init_finalise.
  { id: '3:switch_pgtables', step: 'S4', kernelFunction: 'recreate_hyp_mappings', parent: '__pkvm_init', failable: true, crashable: ['hypervisor'] },
  { id: 'a:hyp_pool_init', step: 'S4', kernelFunction: 'hyp_pool_init', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'b:kvm_host_prepare_stage2', step: 'S4', kernelFunction: 'kvm_host_prepare_stage2', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'c:mm_ops', step: 'S4', kernelFunction: 'pkvm_pgtable_mm_ops', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'd:fix_hyp_pgtable_refcnt', step: 'S4', kernelFunction: 'fix_hyp_pgtable_refcnt', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'e:hyp_create_fixmap', step: 'S4', kernelFunction: 'hyp_create_fixmap', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'f:fix_host_ownership', step: 'S4', kernelFunction: 'fix_host_ownership', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  // kvm_iommu_init g1: no ops, no init or no host_stage2_idmap -> -ENODEV.
  { id: 'g1:iommu_ops_check', step: 'S4', kernelFunction: 'kvm_iommu_init', parent: 'kvm_iommu_init', failable: true, crashable: ['hypervisor'] },
  // kvm_iommu_init g2: hyp_pool_init(&iommu_pages_pool, ...) only when nr_pages != 0.
  { id: 'g2:iommu_pool_init', step: 'S4', kernelFunction: 'hyp_pool_init', parent: 'kvm_iommu_init', failable: true, crashable: ['hypervisor'] },
  // kvm_iommu_init g3 = ops->init(), EL2 SMMU driver step 1: donate the SMMU array pages host -> hyp.
  { id: 'g3.1:smmu_donate_array', step: 'S4', kernelFunction: '__pkvm_host_donate_hyp', parent: 'smmu_init', failable: true, crashable: ['hypervisor'] },
  // EL2 SMMU driver step 2: smmu_init_device() per SMMU (-EINVAL unaligned MMIO or GBPA not ABORT, -EIO SFM_ERR).
  { id: 'g3.2:smmu_init_device', step: 'S4', kernelFunction: 'smmu_init_device', parent: 'smmu_init', failable: true, crashable: ['hypervisor', 'iommu'] },
  // EL2 SMMU driver step 4: smmu_init_pgt(); -EINVAL without 4 KiB pages, -ENOMEM on allocation.
  { id: 'g3.4:smmu_init_pgt', step: 'S4', kernelFunction: 'smmu_init_pgt', parent: 'smmu_init', failable: true, crashable: ['hypervisor', 'iommu'] },
  // EL2 SMMU driver step 3, the out_reclaim_smmu label: after a device OR smmu_init_pgt failure, deinit the done
  // devices in reverse and give the array back (EL2-internal).
  { id: 'g3.3:smmu_rollback', step: 'S4', kernelFunction: 'smmu_deinit_device', parent: 'smmu_init', failable: false, crashable: [] },
  // kvm_iommu_init g4: snapshot the host stage-2 into the IOMMU idmap, mark it initialised.
  { id: 'g4:iommu_snapshot', step: 'S4', kernelFunction: 'kvm_iommu_snapshot_host_stage2', parent: 'kvm_iommu_init', failable: true, crashable: ['hypervisor', 'iommu'] },
  // __pkvm_init_finalise h: hyp_ffa_init(); never runs when kvm_iommu_init failed.
  { id: 'h:hyp_ffa_init', step: 'S4', kernelFunction: 'hyp_ffa_init', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  { id: 'i:pkvm_hyp_vm_table_init', step: 'S4', kernelFunction: 'pkvm_hyp_vm_table_init', parent: '__pkvm_init_finalise', failable: true, crashable: ['hypervisor'] },
  // finalize_pkvm: static_branch_enable(&kvm_protected_mode_initialized) cannot fail.
  { id: 'static_key', step: 'S6', kernelFunction: 'static_branch_enable', parent: 'finalize_pkvm', failable: false, crashable: [] },
  // _kvm_host_prot_finalize on each CPU: __pkvm_prot_finalize (-EPERM when HCR_EL2.VM is already set).
  { id: 'prot_finalize', step: 'S6', kernelFunction: '__pkvm_prot_finalize', parent: 'pkvm_drop_host_privileges', failable: true, crashable: ['hypervisor'] },
];

/** The kernel's error line when no IOMMU driver registered (kvm_iommu_init_driver, v3 14/29). */
export const NO_IOMMU_DRIVER_WARNING =
  'pKVM enabled without an IOMMU driver, do not run confidential workload in virtual machines';

const STEP_BY_ID = new Map<StepId, StepDefinition>(STEPS.map((s) => [s.id, s]));
const SUB_STEP_BY_ID = new Map<SubStepId, SubStepDefinition>(SUB_STEPS.map((s) => [s.id, s]));
const COMPENSATION_BY_ID = new Map<CompensationId, CompensationDefinition>(COMPENSATIONS.map((c) => [c.id, c]));

export function stepDefinition(id: StepId): StepDefinition {
  return STEP_BY_ID.get(id)!;
}
export function subStepDefinition(id: SubStepId): SubStepDefinition {
  return SUB_STEP_BY_ID.get(id)!;
}
export function compensationDefinition(id: CompensationId): CompensationDefinition {
  return COMPENSATION_BY_ID.get(id)!;
}
export function isStepId(v: unknown): v is StepId {
  return typeof v === 'string' && STEP_BY_ID.has(v as StepId);
}
export function isSubStepId(v: unknown): v is SubStepId {
  return typeof v === 'string' && SUB_STEP_BY_ID.has(v as SubStepId);
}
export function isCompensationId(v: unknown): v is CompensationId {
  return typeof v === 'string' && COMPENSATION_BY_ID.has(v as CompensationId);
}
export function isServiceName(v: unknown): v is ServiceName {
  return typeof v === 'string' && (SERVICE_NAMES as readonly string[]).includes(v);
}
export function stepIndex(id: StepId): number {
  return STEP_IDS.indexOf(id);
}
