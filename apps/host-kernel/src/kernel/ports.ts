/**
 * What the host kernel reaches outside itself, as the host CPU would: SMMU registers (iommu mmio) and EL2
 * (the early writes into hypervisor symbols before de-privilege, and the HVC). The service wires them to
 * NATS clients; the pure specs wire them to in-memory fakes.
 */

/** 32- and 64-bit loads and stores to SMMU registers, by physical address. A refusal throws KernelError. */
export interface SmmuMmioPort {
  read32(pa: number): Promise<number>;
  write32(pa: number, value: number): Promise<void>;
  /** A 64-bit store as halves (register bits above 53 do not fit a Number). */
  write64(pa: number, lo: number, hi: number): Promise<void>;
}

/** The SMCCC registers a hypercall answers. */
export interface HvcResult {
  readonly x0: number;
  readonly x1: number;
  readonly x2: number;
  readonly x3: number;
}

/** One EL2 sub-step as the hypervisor reports it (boot-saga SubStepReport). */
export interface El2SubStep {
  readonly subStep: string;
  readonly ok: boolean;
  readonly errno?: number;
  readonly detail?: string;
}

/** The host's view of the SMMU array it publishes to EL2 (kvm_hyp_arm_smmu_v3_smmus / _count). */
export interface PublishedSmmu {
  readonly id: string;
  readonly mmioBase: number;
  readonly mmioSize: number;
  readonly cmdqBase: number;
  readonly cmdqLog2Entries: number;
  readonly strtabBase: number;
  readonly strtabTwoLevel: boolean;
  readonly strtabLog2Size: number;
}

/** EL2 as the host sees it. Refusals throw KernelError. */
export interface El2Port {
  /** kvm_iommu_pages() writes the EL2 symbol hyp_kvm_iommu_pages. */
  setIommuPoolPages(pages: number): Promise<void>;
  /** kvm_iommu_register_driver() stores el2_ops into the EL2 symbol kvm_iommu_ops (before de-privilege only). */
  installIommuOps(driver: 'smmu-v3' | 'test', options?: { readonly withoutIdmap?: boolean }): Promise<void>;
  /**
   * The v3 host driver publishes its SMMU array to EL2 (kvm_hyp_arm_smmu_v3_smmus / _count): the host pages
   * holding it, and each SMMU's queue and stream table. Undefined when the hypervisor offers no such write.
   */
  publishSmmus?(smmus: readonly PublishedSmmu[], array: { readonly pfn: number; readonly pages: number }): Promise<void>;
  /** finalize_pkvm: static_branch_enable(&kvm_protected_mode_initialized), when the hypervisor models the key. */
  setProtectedModeInitialized?(): Promise<void>;
  /** An HVC from `cpu`; `name` is the kernel's function name (libs/hypercalls). */
  hvc(name: string, args: readonly number[], cpu: number): Promise<HvcResult>;
  /** Fault injection (tests): arm the hypervisor's one-shot fault at a sub-step of the next __pkvm_init. */
  armInitFault?(subStep: string, errno: number): Promise<void>;
  /** The EL2 sub-steps the last __pkvm_init ran, when the hypervisor reports them. */
  pkvmInitSubSteps?(): Promise<readonly El2SubStep[]>;
}
