import { KernelError } from '@pkvm/errno';
import { PhysicalMemory } from '@pkvm/phys-mem';
import type { Platform } from '@pkvm/platform';
import { SmmuV3Device } from '@pkvm/smmuv3';
import type { DriverContext } from '../drivers/kvm-iommu-driver';
import { applyKernelEvent, INITIAL_KERNEL_STATE, KernelEvent, KernelState } from '../kernel-state';
import type { El2Port, HvcResult, PublishedSmmu, SmmuMmioPort } from '../ports';

/** The platform's SMMUs as device models behind the host's MMIO accesses (what apps/iommu serves). */
export class FakeSmmuMmio implements SmmuMmioPort {
  readonly devices: SmmuV3Device[];
  readonly writes: { pa: number; lo: number; hi: number }[] = [];

  constructor(readonly platform: Platform) {
    const mem = new PhysicalMemory({ ram: platform.ram, mmio: platform.mmio });
    this.devices = platform.smmus.map((s) => new SmmuV3Device(mem, { idr: s.idr, mmioSize: s.size }));
  }

  private at(pa: number): { d: SmmuV3Device; off: number } {
    const i = this.platform.smmus.findIndex((s) => pa >= s.base && pa < s.base + s.size);
    if (i < 0) throw KernelError.of('EINVAL', `PA 0x${pa.toString(16)} is not an SMMU register`);
    return { d: this.devices[i], off: pa - this.platform.smmus[i].base };
  }

  async read32(pa: number): Promise<number> {
    const { d, off } = this.at(pa);
    return d.read32(off) >>> 0;
  }

  async write32(pa: number, value: number): Promise<void> {
    const { d, off } = this.at(pa);
    this.writes.push({ pa, lo: value >>> 0, hi: 0 });
    d.write32(off, value >>> 0);
  }

  async write64(pa: number, lo: number, hi: number): Promise<void> {
    const { d, off } = this.at(pa);
    this.writes.push({ pa, lo, hi });
    d.write64(off, lo, hi);
  }

  reg(smmu: number, offset: number): number {
    return this.devices[smmu].read32(offset) >>> 0;
  }
}

/** EL2 as a recorder: what the host wrote, and scripted HVC answers. */
export class FakeEl2 implements El2Port {
  iommuPoolPages?: number;
  iommuOps?: string;
  published?: readonly PublishedSmmu[];
  array?: { pfn: number; pages: number };
  staticKey = false;
  readonly calls: { name: string; args: readonly number[]; cpu: number }[] = [];
  /** Answer per (name, cpu); default success. */
  answer: (name: string, cpu: number) => HvcResult = () => ({ x0: 0, x1: 0, x2: 0, x3: 0 });
  refuseInstall?: KernelError;

  async setIommuPoolPages(pages: number): Promise<void> {
    this.iommuPoolPages = pages;
  }
  async installIommuOps(driver: 'smmu-v3' | 'test'): Promise<void> {
    if (this.refuseInstall) throw this.refuseInstall;
    this.iommuOps = driver;
  }
  async publishSmmus(smmus: readonly PublishedSmmu[], array: { pfn: number; pages: number }): Promise<void> {
    this.published = smmus;
    this.array = array;
  }
  async setProtectedModeInitialized(): Promise<void> {
    this.staticKey = true;
  }
  /** The one-shot __pkvm_init fault the host armed (ArmInitFault), in call order with the HVCs. */
  armed?: { subStep: string; errno: number; beforeHvc: number };
  async armInitFault(subStep: string, errno: number): Promise<void> {
    this.armed = { subStep, errno, beforeHvc: this.calls.length };
  }
  async hvc(name: string, args: readonly number[], cpu: number): Promise<HvcResult> {
    this.calls.push({ name, args, cpu });
    return this.answer(name, cpu);
  }
}

/** A host kernel over fakes: runs a step, applies its event, keeps the log (as the service does). */
export class KernelHarness {
  state: KernelState = INITIAL_KERNEL_STATE;
  readonly events: KernelEvent[] = [];
  readonly mmio: FakeSmmuMmio;
  readonly el2 = new FakeEl2();

  constructor(readonly platform: Platform) {
    this.mmio = new FakeSmmuMmio(platform);
  }

  get ctx(): DriverContext {
    return { platform: this.platform, mmio: this.mmio, el2: this.el2, state: this.state };
  }

  /** The step's record (typed loosely: specs read the fields of the step they ran). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async run(step: (ctx: DriverContext) => Promise<KernelEvent>): Promise<any> {
    const e = await step(this.ctx);
    this.events.push(e);
    this.state = applyKernelEvent(this.state, e);
    return e.record;
  }
}
