import type { pkvm } from '@pkvm/proto';
import type { HypercallClient } from '@pkvm/transport';
import type { SmmuMmioPort } from '../kernel';
import type { OutgoingRequestIds } from './outgoing-request-ids';

/** The host CPU's SMMU register accesses: pkvm.v1.iommu.mmio.{Read,Write}. */
export class IommuMmioClient implements SmmuMmioPort {
  constructor(private readonly client: HypercallClient, private readonly ids: OutgoingRequestIds) {}

  async read32(pa: number): Promise<number> {
    const r = await this.client.call<pkvm.v1.ReadResponse>('IommuMmioService.Read', { pa, width: 4 }, this.ids.next());
    return r.lo >>> 0;
  }

  async write32(pa: number, value: number): Promise<void> {
    await this.client.call('IommuMmioService.Write', { pa, width: 4, lo: value >>> 0, hi: 0 }, this.ids.next());
  }

  async write64(pa: number, lo: number, hi: number): Promise<void> {
    await this.client.call('IommuMmioService.Write', { pa, width: 8, lo: lo >>> 0, hi: hi >>> 0 }, this.ids.next());
  }
}
