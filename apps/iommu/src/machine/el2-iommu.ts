import { KernelError } from '@pkvm/errno';
import { IdentityDomain, IoPgtableArmS2, ioPgtableS2Geometry } from '@pkvm/pgtable';
import { PagePool, PhysicalMemory } from '@pkvm/phys-mem';
import type { Platform } from '@pkvm/platform';
import {
  El2SmmuV3Driver, GBPA, GERROR, IdmapPgtableRequirements, L2_TABLE_SIZE, SmmuReg, SmmuV3Device,
} from '@pkvm/smmuv3';
import { carveTables, checkTables, SmmuTables } from './smmu-tables';

/** Order of a 16 KiB L2 stream table in the pool. */
const L2_ORDER = Math.log2(L2_TABLE_SIZE / 0x1000);

export interface El2InitArgs {
  poolBase: number;
  poolSize: number;
  /** The host's tables, one per SMMU; empty: carve them from the pool. */
  tables: SmmuTables[];
}

/**
 * What kvm_iommu_init leaves at EL2 (PKVM.md §2.2 g, §2.4): the IOMMU page pool over the carve-out slice, the
 * EL2 SMMUv3 driver (v3) with every SMMU reset, and the identity domain built by smmu_init_pgt.
 */
export class El2Iommu {
  private constructor(
    readonly pool: PagePool,
    readonly driver: El2SmmuV3Driver,
    readonly pgtable: IoPgtableArmS2,
    readonly domain: IdentityDomain,
    readonly tables: SmmuTables[],
    readonly requirements: IdmapPgtableRequirements,
  ) {}

  /**
   * Every refusal of kvm_iommu_init the twin can foresee, checked before anything is written, so a refused
   * call changes nothing (the kernel would have reset earlier SMMUs first; their state is reset again by the
   * next init and is not observable by a device while GBPA aborts). Returns the io-pgtable requirements.
   */
  static precheck(mem: PhysicalMemory, platform: Platform, devices: readonly SmmuV3Device[], a: El2InitArgs): IdmapPgtableRequirements {
    const smmus = platform.smmus;
    // hyp_pool_init over the slice (less the tables the twin carves for the host): page aligned, in one RAM bank.
    const scratchMem = new PhysicalMemory(mem.map);
    if (!mem.map.containsRange(a.poolBase, a.poolSize, 'ram')) {
      throw KernelError.of('EINVAL', `IOMMU pool 0x${a.poolBase.toString(16)}+0x${a.poolSize.toString(16)} is not inside one RAM bank`);
    }
    const layout = El2Iommu.layout(platform, a);
    if (a.tables.length > 0) checkTables(mem, { base: a.poolBase, size: a.poolSize }, smmus, a.tables);
    const pool = new PagePool(scratchMem, { base: a.poolBase, size: layout.poolSize });
    devices.forEach((d, i) => {
      // smmu_init_device: the host must have set GBPA.ABORT [inferred]; SFM_ERR active -> EIO.
      if (!(d.read32(SmmuReg.GBPA) & GBPA.ABORT)) throw KernelError.of('EINVAL', `smmu${i}: GBPA is not ABORT`);
      if (d.activeGlobalErrors() & GERROR.SFM_ERR) throw KernelError.of('EIO', `smmu${i}: service failure mode`);
    });
    // smmu_init_pgt: 4 KiB must be in the AND of the page sizes (EINVAL); ias/oas = min(48, each SMMU's).
    const probe = new El2SmmuV3Driver(scratchMem, devices.map((d, i) => ({
      mmio: d, coherent: smmus[i].coherent, cmdq: { base: 0, log2Entries: 1 }, strtab: { base: 0, twoLevel: false, log2Size: 1 },
    })));
    const req = probe.idmapRequirements();
    const geometry = ioPgtableS2Geometry(req.ias, req.oas, req.coherentWalk);
    // Dry-run the PGD allocation on a scratch pool: ENOMEM here, never halfway through the real init.
    if (pool.donate(Math.log2(geometry.pgdPages)) === null) throw KernelError.of('ENOMEM', 'IOMMU pool has no room for the idmap PGD');
    return req;
  }

  /** The host's tables and the whole slice as the pool, or the twin's tables carved from the slice's top. */
  private static layout(platform: Platform, a: El2InitArgs): { tables: SmmuTables[]; poolSize: number } {
    if (a.tables.length > 0) return { tables: a.tables, poolSize: a.poolSize };
    if (!(a.poolSize >= 0x1000)) throw KernelError.of('EINVAL', 'empty IOMMU pool');
    return carveTables(a.poolBase, a.poolSize, platform);
  }

  /** kvm_iommu_init after a successful precheck: hyp_pool_init, ops->init (every SMMU), smmu_init_pgt. */
  static create(mem: PhysicalMemory, platform: Platform, devices: readonly SmmuV3Device[], a: El2InitArgs, req: IdmapPgtableRequirements, onWarn: (w: string) => void): El2Iommu {
    const { tables, poolSize } = El2Iommu.layout(platform, a);
    return El2Iommu.assemble(mem, platform, devices, { base: a.poolBase, size: poolSize }, tables, req, onWarn, true);
  }

  /**
   * The objects kvm_iommu_init creates, over `pool` and `tables`; `init` runs the driver's init (the live path),
   * without it the objects are only built, for a snapshot restore to overwrite their state.
   */
  static assemble(
    mem: PhysicalMemory, platform: Platform, devices: readonly SmmuV3Device[], poolRange: { base: number; size: number },
    tables: SmmuTables[], req: IdmapPgtableRequirements, onWarn: (w: string) => void, init: boolean,
  ): El2Iommu {
    const smmus = platform.smmus;
    const pool = new PagePool(mem, poolRange);
    const driver = new El2SmmuV3Driver(
      mem,
      devices.map((d, i) => ({
        mmio: d,
        coherent: smmus[i].coherent,
        cmdq: { base: tables[i].cmdqBase, log2Entries: tables[i].cmdqLog2Entries },
        strtab: { base: tables[i].strtabBase, twoLevel: tables[i].strtabTwoLevel, log2Size: tables[i].strtabLog2Size },
      })),
      // v3: an L2 stream table comes from the IOMMU pool on the first enable_dev in its range (§2.4).
      () => pool.donate(L2_ORDER) ?? undefined,
    );
    if (init) driver.init();
    // io-pgtable TLB callbacks (§4.6): TLBI_S2_IPA VMID 0 + CMD_SYNC on every SMMU. A failed command is a
    // WARN here (the kernel ignores the flush's error); the map/unmap itself goes on.
    const flush = (iova: number, size: number, granule: number, leaf: boolean) => {
      try {
        driver.invalidateIdmapRange(iova, size, granule, leaf);
      } catch (e) {
        onWarn(`TLBI ${leaf ? 'leaf' : 'walk'} 0x${iova.toString(16)}+0x${size.toString(16)}: ${(e as Error).message}`);
      }
    };
    const pgtable = new IoPgtableArmS2(mem, pool, {
      ias: req.ias,
      oas: req.oas,
      pgsizeBitmap: req.pgsizeBitmap,
      coherentWalk: req.coherentWalk,
      tlb: {
        tlbFlushWalk: (iova, size, granule) => flush(iova, size, granule, false),
        tlbAddPage: (iova, granule) => flush(iova, granule, granule, true),
      },
    });
    return new El2Iommu(pool, driver, pgtable, new IdentityDomain(pgtable), tables, req);
  }

  /** A free pool block for an L2 stream table exists (enable_dev would not fail its allocation). */
  canAllocL2(): boolean {
    for (let o = L2_ORDER; o <= this.pool.maxOrder; o++) if (this.pool.freeBlocks(o) > 0) return true;
    return false;
  }
}
