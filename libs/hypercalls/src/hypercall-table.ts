/**
 * The host hypercall function table (`enum __kvm_host_smccc_func`).
 *
 * Source: arch/arm64/include/asm/kvm_asm.h of the kernel the 2025 pKVM SMMUv3 series applies to
 * (Linux v6.16, blob bec227f9500a: the index line of "[PATCH v3 17/29] KVM: arm64: iommu: Add
 * enable/disable hypercalls" and of the same-era vgic-v5 patch). In that blob the enum starts at
 * line 53, `__pkvm_init = __kvm_hyp_init + 1` (`__kvm_get_mdcr_el2` was removed in v6.14), and ends
 * with `__pkvm_vcpu_load, __pkvm_vcpu_put, __pkvm_tlb_flush_vmid` (lines 87-89); v3 17/29 appends
 * `__pkvm_iommu_enable_dev` and `__pkvm_iommu_disable_dev` after them.
 *
 * Indices below `__pkvm_prot_finalize` are the early ("privileged") calls that EL2 refuses with
 * SMCCC_RET_NOT_SUPPORTED once the host is de-privileged (hyp-main.c, handle_host_hcall: hcall_min).
 *
 * Twin additions follow the upstream ones (origin 'twin'): ownership transitions that upstream keeps
 * inside EL2 (e.g. `__pkvm_host_donate_hyp`, called by the EL2 SMMU driver) or that only newer
 * kernels expose, so that the host, the CLI and the tests can drive them as hypercalls.
 */

/** Where a hypercall comes from. */
export type HypercallOrigin = 'upstream' | 'series' | 'twin';

export interface HypercallArg {
  /** Argument name as the kernel's handler names it (DECLARE_REG), or the twin's. */
  readonly name: string;
  /** The register that carries it: x1..x6. */
  readonly reg: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface HypercallDef {
  /** The kernel's name, e.g. `__pkvm_host_share_hyp`. */
  readonly name: string;
  /** Index in `enum __kvm_host_smccc_func`. */
  readonly index: number;
  /** x0: 0xC6000000 + index. */
  readonly functionId: number;
  /** Index below `__pkvm_prot_finalize`: refused after de-privilege. */
  readonly early: boolean;
  readonly origin: HypercallOrigin;
  readonly args: readonly HypercallArg[];
  /** What x1 (and x2, x3) carry back besides 0 / -errno, when anything. */
  readonly results: readonly string[];
  /** One line: what it does, and where the twin's ABI differs from upstream. */
  readonly summary: string;
}

/** ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, ARM_SMCCC_SMC_64, ARM_SMCCC_OWNER_VENDOR_HYP, 0). */
export const KVM_HOST_SMCCC_BASE = 0xc6000000;
/** The function-number field of an SMCCC function id (bits [15:0]). */
export const SMCCC_FUNC_MASK = 0xffff;

type Row = readonly [name: string, args: readonly string[], summary: string, results?: readonly string[]];

const UPSTREAM: readonly Row[] = [
  ['__kvm_hyp_init', [], 'Hyp-stub init call; handled by the stub, never by host_hcall[] (unset slot).'],
  ['__pkvm_init', ['phys', 'size', 'nr_cpus', 'per_cpu_base', 'hyp_va_bits'], 'Set up EL2 from the carve-out and run __pkvm_init_finalise.'],
  ['__pkvm_create_private_mapping', ['phys', 'size', 'prot'], 'Map a host range into the EL2 private VA space.', ['haddr']],
  ['__pkvm_cpu_set_vector', ['slot'], 'Select the EL2 vector slot for this CPU.'],
  ['__kvm_enable_ssbs', [], 'Set SCTLR_EL2.SSBS.'],
  ['__vgic_v3_init_lrs', [], 'Initialise the GICv3 list registers.'],
  ['__vgic_v3_get_gic_config', [], 'Read the GICv3 configuration.', ['gic_config']],
  ['__pkvm_prot_finalize', [], 'De-privilege this CPU: install the host stage-2 (HCR_EL2.VM); -EPERM if already done.'],
  ['__pkvm_host_share_hyp', ['pfn'], 'Share one host page with EL2 (host OWNED -> SHARED_OWNED).'],
  ['__pkvm_host_unshare_hyp', ['pfn'], 'Take back a page shared with EL2; -EBUSY while pinned.'],
  ['__pkvm_host_share_guest', ['pfn', 'gfn', 'nr_pages', 'prot'], 'Share host pages with the non-protected guest loaded on this CPU.'],
  ['__pkvm_host_unshare_guest', ['handle', 'gfn', 'nr_pages'], 'Unshare pages from a non-protected guest.'],
  ['__pkvm_host_relax_perms_guest', ['gfn', 'prot'], 'Relax the stage-2 permissions of the loaded guest.'],
  ['__pkvm_host_wrprotect_guest', ['handle', 'gfn', 'nr_pages'], 'Write-protect non-protected guest pages.'],
  ['__pkvm_host_test_clear_young_guest', ['handle', 'gfn', 'nr_pages', 'mkold'], 'Test and clear the access flag.', ['young']],
  ['__pkvm_host_mkyoung_guest', ['gfn'], 'Set the access flag in the loaded guest.'],
  ['__kvm_adjust_pc', ['vcpu'], 'Apply a pending PC adjustment.'],
  ['__kvm_vcpu_run', ['vcpu'], 'Run a vCPU.', ['exit_code']],
  ['__kvm_flush_vm_context', [], 'TLBI ALLE1IS.'],
  ['__kvm_tlb_flush_vmid_ipa', ['mmu', 'ipa', 'level'], 'TLBI by IPA, inner shareable.'],
  ['__kvm_tlb_flush_vmid_ipa_nsh', ['mmu', 'ipa', 'level'], 'TLBI by IPA, non-shareable.'],
  ['__kvm_tlb_flush_vmid', ['mmu'], 'TLBI by VMID.'],
  ['__kvm_tlb_flush_vmid_range', ['mmu', 'start', 'pages'], 'Range TLBI by VMID.'],
  ['__kvm_flush_cpu_context', ['mmu'], 'Local TLBI for a VMID.'],
  ['__kvm_timer_set_cntvoff', ['cntvoff'], 'Write CNTVOFF_EL2.'],
  ['__vgic_v3_save_vmcr_aprs', ['cpu_if'], 'Save VMCR and APRs.'],
  ['__vgic_v3_restore_vmcr_aprs', ['cpu_if'], 'Restore VMCR and APRs.'],
  ['__pkvm_init_vm', ['host_kvm', 'protected', 'nr_vcpus'], 'Create a hyp VM. Twin ABI: upstream passes (host_kvm, vm_hva, pgd_hva); the twin models no hyp VM memory and passes (host_kvm, protected, nr_vcpus).', ['handle']],
  ['__pkvm_init_vcpu', ['handle', 'host_vcpu_pfn'], 'Create a hyp vCPU and pin the shared host vCPU page (hyp_pin_shared_mem). Twin ABI: upstream passes (handle, host_vcpu, vcpu_hva) pointers; the twin passes the pfn of the shared page.', ['vcpu_idx']],
  ['__pkvm_teardown_vm', ['handle'], 'Tear a hyp VM down: unpin the vCPU pages, return guest pages to the host.'],
  ['__pkvm_vcpu_load', ['handle', 'vcpu_idx', 'hcr_el2'], 'Load a hyp vCPU on this CPU.'],
  ['__pkvm_vcpu_put', [], 'Put the hyp vCPU loaded on this CPU.'],
  ['__pkvm_tlb_flush_vmid', ['handle'], 'TLBI for a hyp VM.'],
];

/** v3 17/29 "KVM: arm64: iommu: Add enable/disable hypercalls" (appended after __pkvm_tlb_flush_vmid). */
const SERIES: readonly Row[] = [
  ['__pkvm_iommu_enable_dev', ['iommu', 'sid'], 'Give a device (IOMMU index, StreamID) the identity stage-2; -ENODEV without the op.'],
  ['__pkvm_iommu_disable_dev', ['iommu', 'sid'], 'Take the identity stage-2 away from a device; -ENODEV without the op.'],
];

/** Twin additions: not host hypercalls in the v6.16 kernel (see the file comment). */
const TWIN: readonly Row[] = [
  ['__pkvm_host_donate_hyp', ['pfn', 'nr_pages'], 'Twin addition. Donate host pages to EL2 (host OWNED -> hyp OWNED); the IOMMU unmaps them.'],
  ['__pkvm_hyp_donate_host', ['pfn', 'nr_pages'], 'Twin addition. Donate EL2 pages back to the host; the IOMMU maps them RW.'],
  ['__pkvm_host_donate_hyp_mmio', ['pfn'], 'Twin addition (series 02/29). Donate one MMIO page to EL2; no IOMMU callback.'],
  ['__pkvm_hyp_donate_host_mmio', ['pfn'], 'Twin addition (series 02/29). Give one MMIO page back to the host; no IOMMU callback.'],
  ['__pkvm_host_donate_guest', ['pfn', 'gfn'], 'Twin addition (newer upstream). Donate a host page to the protected guest loaded on this CPU.'],
  ['__pkvm_host_reclaim_page_guest', ['handle', 'gfn'], 'Twin addition (newer upstream). Reclaim a page donated to a protected guest.'],
  ['__pkvm_hyp_pin_shared_mem', ['pfn', 'nr_pages'], 'Twin addition. hyp_pin_shared_mem over pages shared with EL2.'],
  ['__pkvm_hyp_unpin_shared_mem', ['pfn', 'nr_pages'], 'Twin addition. hyp_unpin_shared_mem.'],
  ['__pkvm_host_share_ffa', ['pfn', 'nr_pages'], 'Twin addition (FF-A proxy path). Host OWNED -> SHARED_OWNED.'],
  ['__pkvm_host_unshare_ffa', ['pfn', 'nr_pages'], 'Twin addition (FF-A proxy path). Host SHARED_OWNED -> OWNED.'],
];

/** Index of `__pkvm_prot_finalize`: calls below it are early calls. */
export const PKVM_PROT_FINALIZE_INDEX = 7;

function build(): HypercallDef[] {
  const rows: [Row, HypercallOrigin][] = [
    ...UPSTREAM.map((r) => [r, 'upstream'] as [Row, HypercallOrigin]),
    ...SERIES.map((r) => [r, 'series'] as [Row, HypercallOrigin]),
    ...TWIN.map((r) => [r, 'twin'] as [Row, HypercallOrigin]),
  ];
  return rows.map(([[name, args, summary, results], origin], index) => {
    if (args.length > 6) throw new Error(`${name}: more than 6 arguments`);
    return Object.freeze({
      name,
      index,
      functionId: KVM_HOST_SMCCC_BASE + index,
      early: index < PKVM_PROT_FINALIZE_INDEX,
      origin,
      args: Object.freeze(args.map((a, i) => Object.freeze({ name: a, reg: (i + 1) as HypercallArg['reg'] }))),
      results: Object.freeze([...(results ?? [])]),
      summary,
    });
  });
}

/** Every hypercall, by index. */
export const HYPERCALLS: readonly HypercallDef[] = Object.freeze(build());

if (HYPERCALLS[PKVM_PROT_FINALIZE_INDEX].name !== '__pkvm_prot_finalize') {
  throw new Error('hypercall table: __pkvm_prot_finalize index drifted');
}

const BY_NAME = new Map(HYPERCALLS.map((h) => [h.name, h]));

/** The hypercall by its kernel name (with or without the leading underscores); undefined when unknown. */
export function hypercallByName(name: string): HypercallDef | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(`__${name}`) ?? BY_NAME.get(`___${name}`);
}

/**
 * The hypercall for an x0 function id; undefined when the id is not a vendor-hyp fast SMC64 call
 * or the index has no entry (the kernel answers SMCCC_RET_NOT_SUPPORTED for both).
 */
export function hypercallById(functionId: number): HypercallDef | undefined {
  const index = functionIndex(functionId);
  return index === undefined ? undefined : HYPERCALLS[index];
}

/** The enum index encoded in x0, or undefined when x0 is not 0xC6000000 + n. */
export function functionIndex(functionId: number): number | undefined {
  if (!Number.isSafeInteger(functionId) || functionId < KVM_HOST_SMCCC_BASE) return undefined;
  const index = functionId - KVM_HOST_SMCCC_BASE;
  return index <= SMCCC_FUNC_MASK ? index : undefined;
}

/** x0 for a hypercall name; throws for an unknown name. */
export function functionId(name: string): number {
  const h = hypercallByName(name);
  if (!h) throw new Error(`unknown hypercall ${name}`);
  return h.functionId;
}

/** True for an index below `__pkvm_prot_finalize`. */
export function isEarlyIndex(index: number): boolean {
  return index < PKVM_PROT_FINALIZE_INDEX;
}
