import type { OwnerChangeRecord, OwnershipRange, OwnershipView } from '@pkvm/isolation-oracle';
import { SMALL } from '../../iommu/support/iommu-fixture';

/** platforms/small.json's MMIO regions and the SMMU frame. */
export const SMALL_MMIO = { bus: 0x0900_0000, busEnd: 0x0a00_0000, smmuEnd: SMALL.smmu + 0x2_0000, pcie: 0x1000_0000, pcieEnd: 0x1100_0000 };

/**
 * The ownership view the hypervisor would hold for IommuFixture.snapshotSmall(): host MMIO but the SMMU frame,
 * RAM host-owned below the carve-out, the carve-out (with the IOMMU pool) owned by the hypervisor. The tests
 * play the hypervisor: each change they make to the iommu they mirror here (or, for a design gap, do not).
 */
export class OwnershipModel {
  readonly view: OwnershipView;

  constructor(carveOut = { start: SMALL.pool, end: SMALL.ramEnd }) {
    const r = (start: number, end: number, owner: string, hostState: string, kind: 'memory' | 'mmio'): OwnershipRange => ({ start, end, owner, hostState, kind });
    this.view = {
      ranges: [
        r(SMALL_MMIO.bus, SMALL.smmu, 'HOST', 'OWNED', 'mmio'),
        r(SMALL.smmu, SMALL_MMIO.smmuEnd, 'HYP', 'NOPAGE', 'mmio'),
        r(SMALL_MMIO.smmuEnd, SMALL_MMIO.busEnd, 'HOST', 'OWNED', 'mmio'),
        r(SMALL_MMIO.pcie, SMALL_MMIO.pcieEnd, 'HOST', 'OWNED', 'mmio'),
        r(SMALL.ram, carveOut.start, 'HOST', 'OWNED', 'memory'),
        r(carveOut.start, carveOut.end, 'HYP', 'NOPAGE', 'memory'),
        ...(carveOut.end < SMALL.ramEnd ? [r(carveOut.end, SMALL.ramEnd, 'HOST', 'OWNED', 'memory')] : []),
      ],
      changes: [
        { call: '__pkvm_host_donate_hyp_mmio', start: SMALL.smmu, end: SMALL_MMIO.smmuEnd, owner: 'HYP', iommuNotified: false, idmapInitialized: false },
        { call: 'fix_host_ownership', start: carveOut.start, end: carveOut.end, owner: 'HYP', iommuNotified: true, idmapInitialized: false },
      ],
      regions: { carveOut: [carveOut] },
    };
  }

  /** Sets [start, end) to owner/state, splitting the ranges it cuts. */
  set(start: number, end: number, owner: string, hostState: string): void {
    const out: OwnershipRange[] = [];
    for (const o of this.view.ranges) {
      if (o.end <= start || o.start >= end) {
        out.push(o);
        continue;
      }
      if (o.start < start) out.push({ ...o, end: start });
      out.push({ ...o, start: Math.max(o.start, start), end: Math.min(o.end, end), owner, hostState });
      if (o.end > end) out.push({ ...o, start: end });
    }
    this.view.ranges = out;
  }

  change(c: Omit<OwnerChangeRecord, 'idmapInitialized'> & { idmapInitialized?: boolean }): void {
    this.view.changes.push({ idmapInitialized: true, ...c });
  }

  snapshot(): OwnershipView {
    return JSON.parse(JSON.stringify(this.view)) as OwnershipView;
  }
}
