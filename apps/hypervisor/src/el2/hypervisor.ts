import { createHash } from 'node:crypto';
import { ERRNO, SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { HypercallDef, PKVM_PROT_FINALIZE_INDEX, hypercallById } from '@pkvm/hypercalls';
import {
  MemProtect, OwnershipBugError, PKVM_ID_HOST, PKVM_NOPAGE, componentName, pageStateName,
} from '@pkvm/ownership';
import { blockSize } from '@pkvm/pgtable';
import { PAGE_SIZE, PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import type { Platform } from '@pkvm/platform';
import type { El2IommuPort, PortOutcome } from './el2-port';
import {
  HvcInput, HvcOutput, HypVmState, InitFault, InitStepRecord, IommuOpsState, OwnerChangeRecord,
} from './hyp-types';
import { HostAccessRange, HostFaultInput, HostFaultRecord, hostAccessRanges, hostMemAbort } from './host-access';
import { HypPanic, KernelSplat } from './kernel-splat';
import { CarveOutSlices, divideMemoryPool, hostIpaBits, smmuTablePages } from './pkvm-init';

const NOT_SUPPORTED: Omit<HvcOutput, 'name'> = { x0: SMCCC_RET_NOT_SUPPORTED, x1: 0, x2: 0, x3: 0, record: false };
/** Owner changes kept for the oracle (a ring). */
const OWNER_CHANGES_KEPT = 10_000;
/** Host stage-2 faults kept for the dump (a ring; the count goes on). */
const HOST_FAULTS_KEPT = 10_000;
const MAX_VCPUS = 512;
/** Accepted calls the twin does not model: answered 0, no EL2 state, hence no event. */
const STATELESS = new Set([
  '__pkvm_create_private_mapping', '__pkvm_cpu_set_vector', '__kvm_enable_ssbs', '__vgic_v3_init_lrs', '__vgic_v3_get_gic_config',
  '__pkvm_host_relax_perms_guest', '__pkvm_host_mkyoung_guest', '__pkvm_host_wrprotect_guest', '__pkvm_host_test_clear_young_guest',
  '__kvm_adjust_pc', '__kvm_vcpu_run', '__kvm_flush_vm_context', '__kvm_tlb_flush_vmid_ipa', '__kvm_tlb_flush_vmid_ipa_nsh',
  '__kvm_tlb_flush_vmid', '__kvm_tlb_flush_vmid_range', '__kvm_flush_cpu_context', '__kvm_timer_set_cntvoff',
  '__vgic_v3_save_vmcr_aprs', '__vgic_v3_restore_vmcr_aprs', '__pkvm_tlb_flush_vmid',
]);

/** __pkvm_init's outcome before it ever ran. */
export const INIT_NEVER_RAN = 1;

/** One run of pages for `pkvm mem`. */
export interface MemRangeView {
  start: number;
  end: number;
  owner: string;
  hostState: string;
  hypState: string;
  refcount: number;
  shareGuestCount: number;
  isMemory: boolean;
  hostAccess: number;
  guestVm: number;
}

/**
 * pKVM at EL2 as a pure state machine over hypercalls (arch/arm64/kvm/hyp/nvhe: hyp-main.c, setup.c,
 * mem_protect.c via @pkvm/ownership, iommu/iommu.c). No NestJS, NATS, clock or randomness: the only I/O is the
 * El2IommuPort, whose answers are recorded in the event so that replay runs this same code.
 */
export class Hypervisor {
  ops: IommuOpsState | null = null;
  /** hyp_kvm_iommu_pages */
  iommuPoolPages = 0;
  fault: InitFault | null = null;
  initResult = INIT_NEVER_RAN;
  initSteps: InitStepRecord[] = [];
  slices: CarveOutSlices | null = null;
  /** The carve-out fix_host_ownership gave to EL2 ([base, base + size)); null until that step succeeded. */
  carveOut: { base: number; size: number } | null = null;
  /** kvm_idmap_initialized */
  idmapInitialized = false;
  mp: MemProtect | null = null;
  readonly finalizedCpus = new Set<number>();
  /** The static key kvm_protected_mode_initialized (set by the host right before the first prot_finalize). */
  protectedModeInitialized = false;
  readonly vms = new Map<number, HypVmState>();
  /** Physical CPU -> the hyp vCPU loaded there. */
  readonly loaded = new Map<number, { handle: number; idx: number }>();
  readonly splats: KernelSplat[] = [];
  readonly ownerChanges: OwnerChangeRecord[] = [];
  idmapCalls = 0;
  panicked: KernelSplat | null = null;
  /**
   * The host stage-2 is installed (the first CPU ran __pkvm_prot_finalize) and the machine holds its
   * permissions: from then on every hostAccess hook is pushed (SetHostAccess), one call per range.
   */
  hostAccessPushed = false;
  /** Calls made to the iommu el2 SetHostAccess so far. */
  hostAccessCalls = 0;
  /** Host stage-2 faults the machine reported (handle_host_mem_abort), the most recent HOST_FAULTS_KEPT. */
  readonly hostFaults: HostFaultRecord[] = [];
  hostFaultCount = 0;

  /**
   * Called when a hypercall reaches an EL2 sub-step (libs/boot-saga SUB_STEPS ids), before the sub-step runs:
   * the service's crash point for fault injection. Null (the default, and always on replay): nothing.
   */
  subStepReached: ((subStep: string, cpu: number) => void) | null = null;

  private pendingIdmap: [number, number, number][] = [];
  private pendingHostAccess: HostAccessRange[] = [];
  private currentCall = '';

  constructor(readonly platform: Platform) {}

  get deprivileged(): boolean {
    return this.platform.cpus.every((_, i) => this.finalizedCpus.has(i));
  }

  // ---------------------------------------------------------------- early (host writes into EL2 memory)

  /** EPERM once the host is de-privileged: EL2 memory is no longer the host's to write. */
  earlyAllowed(): boolean {
    return !this.protectedModeInitialized;
  }

  installIommuOps(ops: IommuOpsState): void {
    this.ops = ops.driver || ops.init || ops.hostStage2Idmap || ops.enableDev || ops.disableDev ? ops : null;
  }

  setIommuPoolPages(pages: number): void {
    this.iommuPoolPages = pages;
  }

  armInitFault(fault: InitFault | null): void {
    this.fault = fault && fault.subStep ? fault : null;
  }

  // ---------------------------------------------------------------- dispatch (hyp-main.c handle_host_hcall)

  async hvc(req: HvcInput, port: El2IommuPort): Promise<HvcOutput> {
    const def = hypercallById(req.x0);
    const name = def?.name ?? '';
    if (this.panicked || !def) return { ...NOT_SUPPORTED, name };
    // hcall_min: once kvm_protected_mode_initialized is set, every index below __pkvm_prot_finalize is refused.
    if (def.index < PKVM_PROT_FINALIZE_INDEX && this.protectedModeInitialized) return { ...NOT_SUPPORTED, name };
    // Twin: before a successful __pkvm_init there is no pKVM to serve the later calls.
    if (def.index >= PKVM_PROT_FINALIZE_INDEX && this.initResult !== 0) return { ...NOT_SUPPORTED, name };
    const a = (i: number) => Number(req.args[i] ?? 0);
    this.currentCall = name;
    this.pendingIdmap = [];
    this.pendingHostAccess = [];
    const splatsBefore = this.splats.length;
    try {
      const r = await this.dispatch(def, a, req.cpu, port);
      if (r === null) return { ...NOT_SUPPORTED, name };
      await this.flushIdmap(port);
      await this.flushHostAccess(port);
      const [x1, x2 = 0, x3 = 0] = Array.isArray(r) ? r : [r];
      // Check, then do: a refusal (x1 < 0) changed nothing, except __pkvm_init, which reports its steps.
      const record = (x1 >= 0 && !STATELESS.has(def.name)) || def.name === '__pkvm_init' || this.splats.length > splatsBefore;
      return { x0: 0, x1, x2, x3, name, record };
    } catch (e) {
      if (e instanceof OwnershipBugError) {
        // A failure after a passed check (WARN_ON in the kernel) or a BUG_ON: the state may be half changed.
        throw new HypPanic(e.site, e.message, name);
      }
      throw e;
    } finally {
      this.currentCall = '';
    }
  }

  /** The handler table: null = unset slot. */
  private async dispatch(def: HypercallDef, a: (i: number) => number, cpu: number, port: El2IommuPort): Promise<number | number[] | null> {
    const mp = this.mp!;
    switch (def.name) {
      case '__pkvm_init':
        return this.pkvmInit(a(0), a(1), a(2), a(3), a(4), port);
      case '__pkvm_create_private_mapping':
      case '__pkvm_cpu_set_vector':
      case '__kvm_enable_ssbs':
      case '__vgic_v3_init_lrs':
      case '__vgic_v3_get_gic_config':
        return 0; // not modelled: accepted, no EL2 state
      case '__pkvm_prot_finalize':
        return this.protFinalize(cpu);
      case '__pkvm_host_share_hyp':
        return mp.hostShareHyp(a(0));
      case '__pkvm_host_unshare_hyp':
        return mp.hostUnshareHyp(a(0));
      case '__pkvm_host_share_guest': {
        const vm = this.loadedVm(cpu);
        if (!vm || vm.protected) return -ERRNO.EINVAL;
        return mp.hostShareGuest(a(0), a(1), a(2), vm.handle, a(3));
      }
      case '__pkvm_host_unshare_guest': {
        const vm = this.vms.get(a(0));
        if (!vm || vm.protected) return -ERRNO.EINVAL;
        return mp.hostUnshareGuest(a(1), a(2), vm.handle);
      }
      case '__pkvm_host_relax_perms_guest':
      case '__pkvm_host_mkyoung_guest': {
        const vm = this.loadedVm(cpu);
        if (!vm) return -ERRNO.EINVAL;
        return vm.protected ? -ERRNO.EPERM : 0; // permissions and AF are not modelled
      }
      case '__pkvm_host_wrprotect_guest':
      case '__pkvm_host_test_clear_young_guest': {
        const vm = this.vms.get(a(0));
        if (!vm) return -ERRNO.EINVAL;
        return vm.protected ? -ERRNO.EPERM : 0;
      }
      case '__kvm_adjust_pc':
      case '__kvm_vcpu_run':
      case '__kvm_flush_vm_context':
      case '__kvm_tlb_flush_vmid_ipa':
      case '__kvm_tlb_flush_vmid_ipa_nsh':
      case '__kvm_tlb_flush_vmid':
      case '__kvm_tlb_flush_vmid_range':
      case '__kvm_flush_cpu_context':
      case '__kvm_timer_set_cntvoff':
      case '__vgic_v3_save_vmcr_aprs':
      case '__vgic_v3_restore_vmcr_aprs':
      case '__pkvm_tlb_flush_vmid':
        return 0;
      case '__pkvm_init_vm':
        return this.initVm(a(0), a(1), a(2));
      case '__pkvm_init_vcpu':
        return this.initVcpu(a(0), a(1));
      case '__pkvm_teardown_vm':
        return this.teardownVm(a(0));
      case '__pkvm_vcpu_load':
        return this.vcpuLoad(cpu, a(0), a(1));
      case '__pkvm_vcpu_put':
        return this.vcpuPut(cpu);
      case '__pkvm_iommu_enable_dev':
      case '__pkvm_iommu_disable_dev': {
        const enable = def.name === '__pkvm_iommu_enable_dev';
        // kvm_iommu_enable_dev / kvm_iommu_disable_dev (v3 17/29): -ENODEV without the op.
        if (!this.ops || !(enable ? this.ops.enableDev : this.ops.disableDev)) return -ERRNO.ENODEV;
        const o = enable ? await port.enableDev(a(0), a(1)) : await port.disableDev(a(0), a(1));
        return o.ret;
      }
      case '__pkvm_host_donate_hyp':
        return mp.hostDonateHyp(a(0), a(1));
      case '__pkvm_hyp_donate_host':
        return mp.hypDonateHost(a(0), a(1));
      case '__pkvm_host_donate_hyp_mmio':
        return mp.hostDonateHypMmio(a(0));
      case '__pkvm_hyp_donate_host_mmio':
        return this.hypDonateHostMmio(a(0));
      case '__pkvm_host_donate_guest': {
        const vm = this.loadedVm(cpu);
        if (!vm || !vm.protected) return -ERRNO.EINVAL;
        return mp.hostDonateGuest(a(0), a(1), vm.handle);
      }
      case '__pkvm_host_reclaim_page_guest': {
        const vm = this.vms.get(a(0));
        if (!vm) return -ERRNO.EINVAL;
        return mp.hostReclaimPageGuest(a(1), vm.handle);
      }
      case '__pkvm_hyp_pin_shared_mem':
      case '__pkvm_hyp_unpin_shared_mem': {
        const pfn = a(0);
        const nr = a(1);
        if (!Number.isSafeInteger(pfn) || pfn < 0 || !Number.isSafeInteger(nr) || nr < 1 || pfn + nr > 2 ** 36) return -ERRNO.EINVAL;
        if (def.name === '__pkvm_hyp_pin_shared_mem') return mp.hypPinSharedMem(pfn * PAGE_SIZE, (pfn + nr) * PAGE_SIZE);
        mp.hypUnpinSharedMem(pfn * PAGE_SIZE, (pfn + nr) * PAGE_SIZE); // BUG_ON(!refcount) in hyp_page_ref_dec
        return 0;
      }
      case '__pkvm_host_share_ffa':
        return mp.hostShareFfa(a(0), a(1));
      case '__pkvm_host_unshare_ffa':
        return mp.hostUnshareFfa(a(0), a(1));
      default:
        return null; // __kvm_hyp_init: handled by the hyp stub, unset in host_hcall[]
    }
  }

  // ---------------------------------------------------------------- __pkvm_init -> __pkvm_init_finalise

  private step(subStep: string, run: () => number, detail = ''): number {
    this.subStepReached?.(subStep, 0);
    if (this.fault && this.fault.subStep === subStep) {
      const ret = -this.fault.errno;
      this.fault = null; // one shot: the next __pkvm_init
      this.initSteps.push({ subStep, ret, injected: true, detail: 'injected' });
      return ret;
    }
    const ret = run();
    this.initSteps.push({ subStep, ret, injected: false, detail });
    return ret;
  }

  private lastInjected = '';

  /** The armed fault's -errno when it names `subStep` (consumed), else 0; the caller records the step. */
  private injected(subStep: string): number {
    if (!this.fault || this.fault.subStep !== subStep) return 0;
    const ret = -this.fault.errno;
    this.fault = null;
    this.lastInjected = subStep;
    return ret;
  }

  /** smmu_init_device's donations for every SMMU (MMIO failures only WARN); pushes an undo for each success. */
  private donateSmmus(ops: IommuOpsState, donated: (() => void)[]): number {
    const mp = this.mp!;
    for (const [i, smmu] of this.platform.smmus.entries()) {
      if (smmu.base % PAGE_SIZE || smmu.size % PAGE_SIZE) return -ERRNO.EINVAL;
      for (let pa = smmu.base; pa < smmu.base + smmu.size; pa += PAGE_SIZE) {
        const pfn = pa / PAGE_SIZE;
        const r = mp.hostDonateHypMmio(pfn);
        if (r) this.warn('smmu_init_device: __pkvm_host_donate_hyp_mmio', `pfn 0x${pfn.toString(16)}: ${r}`);
        else donated.push(() => this.hypDonateHostMmio(pfn));
      }
      const t = ops.smmus[i];
      if (!t) continue;
      const pages = smmuTablePages(t);
      for (const [base, n, what] of [[t.cmdqBase, pages.cmdq, 'cmdq'], [t.strtabBase, pages.strtab, 'strtab']] as const) {
        if (!base) continue;
        const r = mp.hostDonateHyp(base / PAGE_SIZE, n);
        if (r) return r;
        donated.push(() => this.warnOnRet(`smmu_deinit_device: __pkvm_hyp_donate_host(${what})`, mp.hypDonateHost(base / PAGE_SIZE, n)));
      }
    }
    return 0;
  }

  private async pkvmInit(phys: number, size: number, nrCpus: number, _perCpuBase: number, _hypVaBits: number, port: El2IommuPort): Promise<number> {
    // Twin: __pkvm_init runs once per boot (upstream never sees a second call: a failure tears hyp mode down).
    if (this.initResult !== INIT_NEVER_RAN) return -ERRNO.EPERM;
    this.initSteps = [];
    const ret = await this.pkvmInitSteps(phys, size, nrCpus, port);
    this.initResult = ret;
    this.fault = null;
    return ret;
  }

  private async pkvmInitSteps(phys: number, size: number, nrCpus: number, port: El2IommuPort): Promise<number> {
    let ret = this.step('1:check_args', () => {
      if (!Number.isSafeInteger(phys) || !Number.isSafeInteger(size) || phys % PAGE_SIZE || size % PAGE_SIZE || size <= 0 || phys <= 0) return -ERRNO.EINVAL;
      if (!Number.isSafeInteger(nrCpus) || nrCpus < 1 || nrCpus > this.platform.cpus.length) return -ERRNO.EINVAL; // twin: per-CPU params must fit
      // Twin: the carve-out must be one memblock range (upstream trusts the host's placement).
      return this.platform.ram.some((b) => phys >= b.base && phys + size <= b.base + b.size) ? 0 : -ERRNO.EINVAL;
    });
    if (ret) return ret;
    ret = this.step('2:divide_memory_pool', () => {
      const s = divideMemoryPool(this.platform, phys, size, this.iommuPoolPages);
      if (typeof s === 'number') return s;
      this.slices = s;
      return 0;
    });
    if (ret) return ret;
    const slices = this.slices!;
    for (const s of ['3:switch_pgtables', 'a:hyp_pool_init'] as const) if ((ret = this.step(s, () => 0))) return ret;
    ret = this.step('b:kvm_host_prepare_stage2', () => {
      // The host stage-2 tables live in EL2's own frames (nothing outside EL2 can observe them).
      const mem = new PhysicalMemory({ ram: this.platform.ram, mmio: this.platform.mmio });
      const pool = new PagePool(mem, { base: slices.hostS2.base, size: slices.hostS2.pages * PAGE_SIZE });
      this.mp = new MemProtect({
        layout: { ram: this.platform.ram, mmio: this.platform.mmio },
        mem,
        hostS2Pool: pool,
        ipaBits: hostIpaBits(this.platform),
        hooks: {
          iommuIdmap: (s, e, p) => this.onIdmap(s, e, p),
          hostAccess: (s, e, p) => this.onHostAccess(s, e, p),
          ownerChange: (c) => this.keepOwnerChange({ ...c, idmapInitialized: this.idmapInitialized }),
        },
      });
      return 0;
    });
    if (ret) return ret;
    for (const s of ['c:mm_ops', 'd:fix_hyp_pgtable_refcnt', 'e:hyp_create_fixmap'] as const) if ((ret = this.step(s, () => 0))) return ret;
    ret = this.step('f:fix_host_ownership', () => this.mp!.fixHostOwnership(phys, size));
    if (ret) return ret;
    this.carveOut = { base: phys, size };
    ret = await this.kvmIommuInit(slices, port);
    if (ret) return ret;
    for (const s of ['h:hyp_ffa_init', 'i:pkvm_hyp_vm_table_init'] as const) if ((ret = this.step(s, () => 0))) return ret;
    return 0;
  }

  /** kvm_iommu_init(iommu_base, hyp_kvm_iommu_pages), v3 14-16 + the v3 EL2 SMMUv3 driver's init. */
  private async kvmIommuInit(slices: CarveOutSlices, port: El2IommuPort): Promise<number> {
    const mp = this.mp!;
    const ops = this.ops;
    let ret = this.step('g1:iommu_ops_check', () => (!ops || !ops.init || !ops.hostStage2Idmap ? -ERRNO.ENODEV : 0));
    if (ret || !ops) return ret;
    // The pool itself is initialised by the driver side in the same InitIommu call (apps/iommu owns its frames).
    ret = this.step('g2:iommu_pool_init', () => 0, slices.iommu.pages ? `${slices.iommu.pages} pages at 0x${slices.iommu.base.toString(16)}` : 'no pool (0 pages)');
    if (ret) return ret;

    // ops->init(), v3 final: donate the array, then per SMMU its MMIO, cmdq and stream table.
    const donated: (() => void)[] = [];
    const rollback = (): void => {
      this.step('g3.3:smmu_rollback', () => {
        for (const undo of donated.reverse()) undo();
        return 0;
      }, `${donated.length} donations returned`);
    };
    ret = this.step('g3.1:smmu_donate_array', () => {
      if (!ops.smmuArrayPages) return 0;
      const r = mp.hostDonateHyp(ops.smmuArrayPfn, ops.smmuArrayPages);
      if (!r) donated.push(() => this.warnOnRet('smmu_init: __pkvm_hyp_donate_host(array)', mp.hypDonateHost(ops.smmuArrayPfn, ops.smmuArrayPages)));
      return r;
    });
    if (ret) return ret;

    // Per SMMU (smmu_init_device): MMIO pages, then the host-allocated cmdq and stream table; the registers,
    // reset, queues and smmu_init_pgt run in the EL2 driver (apps/iommu) in one InitIommu call. g3.2 and g3.4
    // are reported once each, with the outcome of that call.
    this.subStepReached?.('g3.2:smmu_init_device', 0);
    ret = this.injected('g3.2:smmu_init_device') || this.donateSmmus(ops, donated);
    let failedAt = 'g3.2:smmu_init_device';
    let detail = '';
    if (!ret) {
      const o = await port.initIommu(slices.iommu.base, slices.iommu.pages * PAGE_SIZE, ops.smmus);
      ret = o.ret;
      detail = o.detail ?? '';
      if (ret && /pgt|page ?size|pgsize|4 ?ki?b/i.test(detail)) failedAt = 'g3.4:smmu_init_pgt';
    }
    if (!ret) {
      this.initSteps.push({ subStep: 'g3.2:smmu_init_device', ret: 0, injected: false, detail: `${this.platform.smmus.length} SMMU(s)` });
      ret = this.step('g3.4:smmu_init_pgt', () => 0);
      failedAt = 'g3.4:smmu_init_pgt';
      if (ret) {
        rollback();
        return ret;
      }
    } else {
      if (failedAt === 'g3.4:smmu_init_pgt') this.initSteps.push({ subStep: 'g3.2:smmu_init_device', ret: 0, injected: false, detail: '' });
      const wasInjected = this.lastInjected === failedAt;
      this.initSteps.push({ subStep: failedAt, ret, injected: wasInjected, detail: wasInjected ? 'injected' : detail });
      rollback();
      return ret;
    }

    // kvm_iommu_snapshot_host_stage2 under host_mmu.lock, then the flag.
    if (this.fault?.subStep === 'g4:iommu_snapshot') return this.step('g4:iommu_snapshot', () => 0);
    this.subStepReached?.('g4:iommu_snapshot', 0);
    const leaves = mp.snapshotLeaves();
    const snap = await port.snapshotHostStage2(leaves);
    // v3 15/29 and v4 10/28 as posted set kvm_idmap_initialized = !!ret, i.e. true only when the walk FAILED;
    // the intent (and the Android/dev branches) is "initialised iff the walk succeeded": the twin follows the intent.
    this.idmapInitialized = snap.ret === 0;
    // recorded as step() would, without reaching the sub-step a second time (an armed g4 fault returned above)
    this.initSteps.push({ subStep: 'g4:iommu_snapshot', ret: snap.ret, injected: false, detail: `${leaves.length} leaves${snap.detail ? `; ${snap.detail}` : ''}` });
    return snap.ret;
  }

  // ---------------------------------------------------------------- de-privilege

  private protFinalize(cpu: number): number {
    if (!Number.isSafeInteger(cpu) || cpu < 0 || cpu >= this.platform.cpus.length) return -ERRNO.EINVAL; // twin: no such CPU
    this.subStepReached?.('prot_finalize', cpu);
    // The host sets kvm_protected_mode_initialized right before running this on each CPU.
    this.protectedModeInitialized = true;
    // HCR_EL2.VM already set on this CPU.
    if (this.finalizedCpus.has(cpu)) return -ERRNO.EPERM;
    this.finalizedCpus.add(cpu);
    if (!this.hostAccessPushed) {
      // The first CPU's __pkvm_prot_finalize installs the host stage-2 (HCR_EL2.VM, VTTBR/VTCR): the host CPU's
      // accesses are checked from here on. The twin's host accesses carry no CPU, so the first CPU switches the
      // check on for all; the whole map goes to the machine before this call returns.
      this.hostAccessPushed = true;
      this.pendingHostAccess = hostAccessRanges(this.mp!, this.platform);
    }
    return 0;
  }

  // ---------------------------------------------------------------- VMs

  private loadedVm(cpu: number): HypVmState | undefined {
    const l = this.loaded.get(cpu);
    return l ? this.vms.get(l.handle) : undefined;
  }

  private initVm(hostKvm: number, prot: number, nrVcpus: number): number {
    if (!hostKvm || (prot !== 0 && prot !== 1) || !Number.isSafeInteger(nrVcpus) || nrVcpus < 1 || nrVcpus > MAX_VCPUS) return -ERRNO.EINVAL;
    const handle = this.mp!.createVm({ protected: prot === 1 });
    this.vms.set(handle, { handle, protected: prot === 1, nrVcpus, vcpus: [] });
    return handle;
  }

  /** __pkvm_init_vcpu: init_pkvm_hyp_vcpu pins the shared host vCPU (hyp_pin_shared_mem). */
  private initVcpu(handle: number, hostVcpuPfn: number): number | number[] {
    const vm = this.vms.get(handle);
    if (!vm) return -ERRNO.ENOENT;
    if (vm.vcpus.length >= vm.nrVcpus) return -ERRNO.EINVAL;
    if (!Number.isSafeInteger(hostVcpuPfn) || hostVcpuPfn <= 0 || hostVcpuPfn >= 2 ** 36) return -ERRNO.EINVAL;
    const ret = this.mp!.hypPinSharedMem(hostVcpuPfn * PAGE_SIZE, (hostVcpuPfn + 1) * PAGE_SIZE);
    if (ret) return ret;
    const idx = vm.vcpus.length;
    vm.vcpus.push({ idx, hostVcpuPfn, loadedOn: -1 });
    return [0, idx];
  }

  /** __pkvm_vcpu_load returns void upstream: a bad handle or index loads nothing. */
  private vcpuLoad(cpu: number, handle: number, idx: number): number {
    const vcpu = this.vms.get(handle)?.vcpus[idx];
    if (!vcpu || vcpu.loadedOn >= 0 || this.loaded.has(cpu)) return 0;
    vcpu.loadedOn = cpu;
    this.loaded.set(cpu, { handle, idx });
    return 0;
  }

  /** __pkvm_vcpu_put: the vCPU loaded on this CPU is no longer loaded anywhere, so it can be loaded again. */
  private vcpuPut(cpu: number): number {
    const l = this.loaded.get(cpu);
    if (!l) return 0;
    const vcpu = this.vms.get(l.handle)?.vcpus[l.idx];
    if (vcpu) vcpu.loadedOn = -1;
    this.loaded.delete(cpu);
    return 0;
  }

  private teardownVm(handle: number): number {
    const vm = this.vms.get(handle);
    if (!vm) return -ERRNO.ENOENT;
    if (vm.vcpus.some((v) => v.loadedOn >= 0)) return -ERRNO.EBUSY;
    for (const v of vm.vcpus) this.mp!.hypUnpinSharedMem(v.hostVcpuPfn * PAGE_SIZE, (v.hostVcpuPfn + 1) * PAGE_SIZE);
    this.vms.delete(handle);
    return 0;
  }

  // ---------------------------------------------------------------- IOMMU hook, WARNs

  /** kvm_iommu_host_stage2_idmap: nothing until the idmap is initialised; else one call per range. */
  private onIdmap(start: number, end: number, kvmProt: number): void {
    if (this.idmapInitialized) this.pendingIdmap.push([start, end, kvmProt]);
  }

  private async flushIdmap(port: El2IommuPort): Promise<void> {
    const calls = this.pendingIdmap;
    this.pendingIdmap = [];
    for (const [s, e, p] of calls) {
      this.idmapCalls++;
      await port.hostStage2Idmap(s, e, p);
    }
  }

  /** The hostAccess hook (every host stage-2 change, MMIO donation included): pushed once the map is live. */
  private onHostAccess(start: number, end: number, prot: number): void {
    if (this.hostAccessPushed) this.pendingHostAccess.push([start, end, prot]);
  }

  /** One SetHostAccess per range, in order, before the hypercall returns (the outcomes go in its event). */
  private async flushHostAccess(port: El2IommuPort): Promise<void> {
    const calls = this.pendingHostAccess;
    this.pendingHostAccess = [];
    for (const [s, e, p] of calls) {
      this.hostAccessCalls++;
      await port.setHostAccess(s, e, p);
    }
  }

  /**
   * A host stage-2 fault the machine reported (handle_host_mem_abort): recorded with EL2's answer. A page the
   * host does not own is not fixed up (-EPERM); see hostMemAbort.
   */
  hostStage2Fault(f: HostFaultInput): HostFaultRecord {
    const r: HostFaultRecord = { seq: ++this.hostFaultCount, ...hostMemAbort(this.mp, f) };
    this.hostFaults.push(r);
    if (this.hostFaults.length > HOST_FAULTS_KEPT) this.hostFaults.shift();
    return r;
  }

  private keepOwnerChange(c: OwnerChangeRecord): void {
    this.ownerChanges.push(c);
    if (this.ownerChanges.length > OWNER_CHANGES_KEPT) this.ownerChanges.shift();
  }

  private warn(site: string, detail: string): void {
    this.splats.push({ kind: 'WARN', site, detail, call: this.currentCall });
  }

  private warnOnRet(site: string, ret: number): void {
    if (ret) this.warn(site, `returned ${ret}`);
  }

  /** __pkvm_hyp_donate_host_mmio: WARNs only, always 0 (a page not mapped at EL2 is a WARN, nothing changes). */
  private hypDonateHostMmio(pfn: number): number {
    if (!Number.isSafeInteger(pfn) || pfn < 0 || pfn >= 2 ** 36) return -ERRNO.EINVAL;
    try {
      return this.mp!.hypDonateHostMmio(pfn);
    } catch (e) {
      if (!(e instanceof OwnershipBugError)) throw e;
      this.warn(e.site, e.message);
      return 0;
    }
  }

  /** Record a BUG: the service stops after committing it. */
  panic(p: HypPanic): void {
    this.panicked = { kind: 'BUG', site: p.site, detail: p.detail, call: p.call };
    this.splats.push(this.panicked);
  }

  // ---------------------------------------------------------------- views

  memMap(start: number, end: number): MemRangeView[] {
    const mp = this.mp;
    const spans = [...this.platform.ram.map((r) => ({ ...r, mem: true })), ...this.platform.mmio.map((r) => ({ ...r, mem: false }))]
      .sort((x, y) => x.base - y.base);
    const out: MemRangeView[] = [];
    const emit = (a: number, b: number, v: Omit<MemRangeView, 'start' | 'end'>): void => {
      const last = out[out.length - 1];
      if (last && last.end === a && sameView(last, v)) last.end = b;
      else out.push({ start: a, end: b, ...v });
    };
    for (const sp of spans) {
      const s0 = Math.max(sp.base, start);
      const e0 = Math.min(sp.base + sp.size, end || Number.MAX_SAFE_INTEGER);
      const a0 = s0 - (s0 % PAGE_SIZE);
      if (a0 >= e0) continue;
      const b0 = Math.ceil(e0 / PAGE_SIZE) * PAGE_SIZE;
      if (!mp) emit(a0, b0, this.pageView(null, a0, sp.mem)); // before the host stage-2: one run per span
      else this.memMapSpan(mp, a0, b0, sp.mem, emit);
    }
    return out;
  }

  /**
   * The runs of [a0, b0) (inside one memblock or MMIO region) by walking the host stage-2 entries: what the
   * stage-2 decides (owner, host access, donation) is read once per entry, so an unmapped 512 GiB MMIO region
   * is a handful of entries. Memory pages read their vmemmap state (hyp_page) as runs (one pass over the
   * arrays); MMIO has no
   * vmemmap state, and a page EL2 mapped by __pkvm_host_donate_hyp_mmio is always a page-level annotation, so
   * only level-3 entries are asked hypVaMapped.
   */
  private memMapSpan(
    mp: MemProtect, a0: number, b0: number, isMemory: boolean,
    emit: (a: number, b: number, v: Omit<MemRangeView, 'start' | 'end'>) => void,
  ): void {
    const limit = Math.min(b0, mp.hostS2.iaLimit);
    // Consecutive entries the stage-2 says the same of are one pending run; its vmemmap state is read once.
    let pending: { a: number; b: number; owner: number; hostAccess: number; guestVm: number; hypMapped: boolean } | null = null;
    const flush = (): void => {
      const p = pending;
      if (!p) return;
      pending = null;
      const base = { owner: componentName(p.owner), isMemory, hostAccess: p.hostAccess, guestVm: p.guestVm };
      if (!isMemory) {
        const hostState = pageStateName(p.owner === PKVM_ID_HOST ? 0 : PKVM_NOPAGE);
        emit(p.a, p.b, { ...base, hostState, hypState: pageStateName(p.hypMapped ? 0 : PKVM_NOPAGE), refcount: 0, shareGuestCount: 0 });
        return;
      }
      for (const r of mp.memoryStateRuns(p.a, p.b)) {
        emit(r.start, r.end, {
          ...base, hostState: pageStateName(r.hostState), hypState: pageStateName(r.hypState), refcount: r.refcount, shareGuestCount: r.shareGuestCount,
        });
      }
    };
    mp.hostS2.forEachEntry((e) => {
      const a = Math.max(e.addr, a0);
      const b = Math.min(e.addr + blockSize(e.level), limit);
      if (a >= b) return;
      const owner = mp.hostS2OwnerAt(a);
      const hostAccess = mp.hostAccessAt(a);
      const guestVm = mp.hostS2DonationAt(a)?.vmHandle ?? 0;
      const hypMapped = !isMemory && e.level === 3 && mp.hypVaMapped(a);
      const p = pending;
      if (p && p.b === a && p.owner === owner && p.hostAccess === hostAccess && p.guestVm === guestVm && p.hypMapped === hypMapped) p.b = b;
      else {
        flush();
        pending = { a, b, owner, hostAccess, guestVm, hypMapped };
      }
    }, a0, limit);
    flush();
    if (limit < b0) mp.hostS2.getLeaf(limit); // beyond the host stage-2: ERANGE, as a page-by-page read would
  }

  private pageView(mp: MemProtect | null, pa: number, isMemory: boolean): Omit<MemRangeView, 'start' | 'end'> {
    if (!mp) {
      return { owner: 'HOST', hostState: isMemory ? 'OWNED' : 'NOPAGE', hypState: 'NOPAGE', refcount: 0, shareGuestCount: 0, isMemory, hostAccess: 7, guestVm: 0 };
    }
    const owner = mp.hostS2OwnerAt(pa);
    return {
      owner: componentName(owner),
      hostState: pageStateName(isMemory ? mp.hostStateAt(pa) : owner === PKVM_ID_HOST ? 0 : PKVM_NOPAGE),
      hypState: pageStateName(isMemory ? mp.hypStateAt(pa) : mp.hypVaMapped(pa) ? 0 : PKVM_NOPAGE),
      refcount: mp.refcountAt(pa),
      shareGuestCount: mp.hostShareGuestCountAt(pa),
      isMemory,
      hostAccess: mp.hostAccessAt(pa),
      guestVm: mp.hostS2DonationAt(pa)?.vmHandle ?? 0,
    };
  }

  /** sha256 over everything the fold builds (no clock, no randomness). */
  stateHash(): string {
    const h = createHash('sha256');
    h.update(JSON.stringify({
      ops: this.ops, pool: this.iommuPoolPages, fault: this.fault, init: this.initResult, steps: this.initSteps,
      slices: this.slices, carveOut: this.carveOut, idmap: this.idmapInitialized, cpus: [...this.finalizedCpus].sort(), key: this.protectedModeInitialized,
      vms: [...this.vms.values()], loaded: [...this.loaded.entries()].sort(), splats: this.splats, idmapCalls: this.idmapCalls,
      panicked: this.panicked, hostAccessPushed: this.hostAccessPushed, hostAccessCalls: this.hostAccessCalls,
      hostFaultCount: this.hostFaultCount, hostFaults: this.hostFaults,
    }));
    h.update(this.mp ? this.mp.stateHash() : 'no-host-stage2');
    return h.digest('hex');
  }
}

function sameView(a: Omit<MemRangeView, 'start' | 'end'>, b: Omit<MemRangeView, 'start' | 'end'>): boolean {
  return a.owner === b.owner && a.hostState === b.hostState && a.hypState === b.hypState && a.refcount === b.refcount &&
    a.shareGuestCount === b.shareGuestCount && a.isMemory === b.isMemory && a.hostAccess === b.hostAccess && a.guestVm === b.guestVm;
}

