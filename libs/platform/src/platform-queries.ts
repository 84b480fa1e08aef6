import { idr1SidSize } from '@pkvm/smmuv3';
import type { DeviceDescriptor, Platform, SmmuDescriptor } from './platform';

/** Total bytes of RAM over all banks. */
export function platformRamSize(p: Platform): number {
  return p.ram.reduce((sum, b) => sum + b.size, 0);
}

/** The SMMU with this id, or undefined. */
export function findSmmu(p: Platform, id: string): SmmuDescriptor | undefined {
  return p.smmus.find((s) => s.id === id);
}

/** IDR1.SIDSIZE of an SMMU: the number of StreamID bits. */
export function smmuSidBits(smmu: SmmuDescriptor): number {
  return idr1SidSize(smmu.idr.idr1);
}

/** Devices behind the SMMU with this id, in file order. */
export function devicesBehind(p: Platform, smmuId: string): DeviceDescriptor[] {
  return p.devices.filter((d) => d.smmu === smmuId);
}
