import fc from 'fast-check';
import { PhysicalMemory } from '@pkvm/phys-mem';
import { loadShippedPlatform } from '@pkvm/platform';
import { GBPA, SmmuReg } from '../smmu-registers';
import { SmmuV3Device } from '../device/smmu-v3-device';
import { S2_PAGE_RW, Stage2Fixture } from '../device/stage2-fixture';
import { El2SmmuV3Driver } from './el2-smmu-v3-driver';

/**
 * On the small platform (non-coherent, no RIL): when every identity-map unmap is followed by the driver's
 * invalidation, DMA through the SMMU reaches exactly the pages that are mapped, whatever the order of
 * map / unmap / DMA.
 */
describe('EL2 driver + SMMU model on the small platform (property)', () => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('map' as const), page: fc.integer({ min: 0, max: 15 }) }),
    fc.record({ kind: fc.constant('unmap' as const), page: fc.integer({ min: 0, max: 15 }) }),
    fc.record({ kind: fc.constant('dma' as const), page: fc.integer({ min: 0, max: 15 }) }),
  );

  it('DMA succeeds iff the page is mapped', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const p = loadShippedPlatform('small');
        const ram = p.ram[0].base;
        const mem = new PhysicalMemory({ ram: p.ram, mmio: p.mmio });
        const smmu = new SmmuV3Device(mem, { idr: p.smmus[0].idr, mmioSize: p.smmus[0].size });
        smmu.write32(SmmuReg.GBPA, GBPA.ABORT | GBPA.UPDATE);
        const driver = new El2SmmuV3Driver(mem, [
          { mmio: smmu, coherent: false, cmdq: { base: ram + 0x10_0000, log2Entries: 6 }, strtab: { base: ram + 0x11_0000, twoLevel: false, log2Size: 8 } },
        ]);
        driver.init();
        const pgd = ram + 0x20_0000;
        let next = pgd + 0x1000;
        const s2 = new Stage2Fixture(mem, pgd, 0, 48, () => (next += 0x1000) - 0x1000);
        // Non-coherent walk: SH0 = OS, IRGN0 = ORGN0 = NC (PKVM.md §5.2).
        driver.enableDev(0, 1, { vtcr: { t0sz: 16, sl0: 2, irgn0: 0, orgn0: 0, sh0: 2, tg0: 0, ps: 5 }, pgd });
        const mapped = new Set<number>();
        const base = ram + 0x100_0000;
        for (const { kind, page } of ops) {
          const a = base + page * 0x1000;
          if (kind === 'map') {
            s2.mapPage(a, a, S2_PAGE_RW);
            mapped.add(page);
          } else if (kind === 'unmap') {
            s2.clearPage(a);
            driver.invalidateIdmapPage(a);
            mapped.delete(page);
          } else {
            expect(smmu.dma(1, a + 8, 4, 'read').ok).toBe(mapped.has(page));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
