import type { pkvm } from '@pkvm/proto';
import type { SmmuMmioPort } from '../kernel';
import type { StepCalls } from './step-calls';

/** The host CPU's SMMU register accesses: pkvm.v1.iommu.mmio.{Read,Write}. */
export class IommuMmioClient implements SmmuMmioPort {
  constructor(private readonly calls: StepCalls) {}

  async read32(pa: number): Promise<number> {
    const r = await this.calls.call<pkvm.v1.ReadResponse>('IommuMmioService.Read', { pa, width: 4 });
    return r.lo >>> 0;
  }

  async write32(pa: number, value: number): Promise<void> {
    await this.calls.call('IommuMmioService.Write', { pa, width: 4, lo: value >>> 0, hi: 0 });
  }

  async write64(pa: number, lo: number, hi: number): Promise<void> {
    await this.calls.call('IommuMmioService.Write', { pa, width: 8, lo: lo >>> 0, hi: hi >>> 0 });
  }
}
