/** The firmware tables of one machine, as loaded from platforms/*.json. Addresses are numbers (< 2^52). */
export interface Platform {
  readonly name: string;
  readonly description?: string;
  readonly cpus: readonly Cpu[];
  /** Memory banks (memblock), sorted by base. */
  readonly ram: readonly MemoryBank[];
  /** Device MMIO regions, sorted by base; SMMU register frames lie inside one of them. */
  readonly mmio: readonly MmioRegion[];
  readonly smmus: readonly SmmuDescriptor[];
  readonly devices: readonly DeviceDescriptor[];
}

export interface Cpu {
  /** MPIDR_EL1 affinity value. */
  readonly mpidr: number;
}

export interface MemoryBank {
  readonly base: number;
  readonly size: number;
}

export interface MmioRegion {
  readonly name: string;
  readonly base: number;
  readonly size: number;
}

/** SMMUv3 ID registers as the hardware reports them (PKVM.md §5.7). */
export interface SmmuIdRegisters {
  readonly idr0: number;
  readonly idr1: number;
  readonly idr3: number;
  readonly idr5: number;
}

export interface SmmuDescriptor {
  /** Name other entries refer to (e.g. "smmu0"); its index in `smmus` is the EL2 driver's iommu id. */
  readonly id: string;
  readonly base: number;
  readonly size: number;
  /** Firmware "dma-coherent": table walks and queues are cache-coherent. */
  readonly coherent: boolean;
  readonly idr: SmmuIdRegisters;
}

export type DeviceBus = 'pci' | 'platform';

export interface DeviceDescriptor {
  readonly name: string;
  readonly bus: DeviceBus;
  /** PCI bus:device.function, when bus is pci. */
  readonly bdf?: string;
  /** The `id` of the SMMU it sits behind. */
  readonly smmu: string;
  readonly streamIds: readonly number[];
}
