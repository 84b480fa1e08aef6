import { ERRNO, KernelError } from '@pkvm/errno';
import { PKVM_HOST_MEM_PROT } from '@pkvm/pgtable';
import { PhysicalMemory } from '@pkvm/phys-mem';
import type { Platform } from '@pkvm/platform';
import { idr1SidSize, SmmuV3Device, STE_SIZE, STRTAB_SPLIT } from '@pkvm/smmuv3';
import { CommandRecord, commandRecord } from './command-record';
import { El2Iommu } from './el2-iommu';
import { HostAccessMap, HostArea, HostStage2FaultError } from './host-access';
import { ADDR_LIMIT, checkAddr, checkInt, checkPageAddr, hex, MAX_TRANSFER } from './machine-args';
import type { DmaDir, DmaOutcome, El2Result, IdmapInfo, InitIommuResult, SnapshotLeaf } from './machine-types';
import type { SmmuTables } from './smmu-tables';

/**
 * The machine apps/iommu plays: every frame of physical memory, the SMMUs (device models mapped in MMIO) and,
 * once kvm_iommu_init ran, the EL2 IOMMU state (pool, identity domain, EL2 SMMUv3 driver).
 *
 * Every operation is a pure function of the machine and its arguments (no clock, no randomness), so the
 * event log of accepted calls replays to byte-identical state. An operation either refuses (throws a
 * KernelError) before it changes anything, or is accepted; an accepted kernel function that fails after it
 * changed state reports its errno in `ret` instead of throwing, so the call is still recorded.
 */
export class Machine {
  readonly mem: PhysicalMemory;
  readonly smmus: readonly SmmuV3Device[];
  /** WARN sites hit (in order): part of the model state. */
  readonly warnings: string[] = [];
  el2?: El2Iommu;
  /** The host CPU's stage-2 permissions (SetHostAccess); the mem and mmio paths check them once pushed. */
  readonly hostAccess: HostAccessMap;
  private captured: CommandRecord[] = [];

  constructor(readonly platform: Platform) {
    this.mem = new PhysicalMemory({ ram: platform.ram, mmio: platform.mmio });
    this.smmus = platform.smmus.map(
      (s, i) => new SmmuV3Device(this.mem, { idr: s.idr, mmioSize: s.size, onCommand: (c) => this.captured.push(commandRecord(i, c)) }),
    );
    this.hostAccess = new HostAccessMap(platform.ram, platform.smmus);
  }

  /** Runs `f` and returns the commands the SMMUs consumed meanwhile. */
  private capture<T>(f: () => T): { value: T; commands: CommandRecord[] } {
    this.captured = [];
    try {
      return { value: f(), commands: this.captured };
    } finally {
      this.captured = [];
    }
  }

  private warn(w: string): void {
    this.warnings.push(w);
  }

  private requireEl2(what: string): El2Iommu {
    if (!this.el2) throw KernelError.of('ENODEV', `${what}: kvm_iommu_init has not run`);
    return this.el2;
  }

  // ---- el2 ------------------------------------------------------------------------------------------

  /** kvm_iommu_init(iommu_base, nr_pages): pool, EL2 driver init for every SMMU, smmu_init_pgt. */
  initIommu(poolBase: number, poolSize: number, tables: SmmuTables[]): InitIommuResult {
    if (this.el2) throw KernelError.of('EBUSY', 'kvm_iommu_init already ran');
    const args = { poolBase: checkPageAddr('pool_base', poolBase), poolSize: checkInt('pool_size', poolSize, 0x1000, ADDR_LIMIT), tables };
    if (poolSize % 0x1000 !== 0) throw KernelError.of('EINVAL', `pool_size ${hex(poolSize)} is not page aligned`);
    const req = El2Iommu.precheck(this.mem, this.platform, this.smmus, args);
    const { value, commands } = this.capture(() => El2Iommu.create(this.mem, this.platform, this.smmus, args, req, (w) => this.warn(w)));
    this.el2 = value;
    return { idmap: this.idmapInfo()!, commands, smmus: value.tables, poolFreePages: value.pool.freeCount };
  }

  /** kvm_iommu_snapshot_host_stage2: the idmap is initialised iff the walk succeeded. */
  snapshotHostStage2(leaves: SnapshotLeaf[]): El2Result {
    const el2 = this.requireEl2('snapshot');
    if (el2.domain.initialized) throw KernelError.of('EBUSY', 'the IOMMU idmap is already initialised');
    let prevEnd = 0;
    leaves.forEach((l, i) => {
      checkPageAddr(`leaves[${i}].start`, l.start);
      checkPageAddr(`leaves[${i}].end`, l.end);
      if (l.end <= l.start || l.start < prevEnd) throw KernelError.of('EINVAL', `leaves[${i}] [${hex(l.start)}, ${hex(l.end)}) is empty or out of order`);
      checkInt(`leaves[${i}].kvm_prot`, l.kvmProt, 0, PKVM_HOST_MEM_PROT);
      prevEnd = l.end;
    });
    const { value: ret, commands } = this.capture(() => el2.domain.snapshot(leaves));
    return { ret, commands, initialized: el2.domain.initialized, poolFreePages: el2.pool.freeCount };
  }

  /** kvm_iommu_host_stage2_idmap(start, end, prot): ignored until the snapshot completed (case 9). */
  hostStage2Idmap(start: number, end: number, kvmProt: number): El2Result {
    checkPageAddr('start', start);
    checkPageAddr('end', end);
    if (end < start) throw KernelError.of('EINVAL', `end ${hex(end)} below start ${hex(start)}`);
    checkInt('kvm_prot', kvmProt, 0, PKVM_HOST_MEM_PROT);
    const el2 = this.el2;
    if (!el2 || !el2.domain.initialized) return { ret: 0, commands: [], ignored: true };
    const { value: ret, commands } = this.capture(() => el2.domain.hostStage2Changed(start, end, kvmProt));
    if (ret === -ERRNO.EINVAL) this.warn(`host_stage2_idmap: [${hex(start)}, ${hex(end)}) left partly mapped`);
    return { ret, commands, poolFreePages: el2.pool.freeCount };
  }

  /**
   * The host CPU's stage-2 access to [start, end) becomes `prot` (the hypervisor's hostAccess hook, one call
   * per range). The first call switches the host access check on. Not an EL2 IOMMU function: it needs no
   * kvm_iommu_init.
   */
  setHostAccess(start: number, end: number, prot: number): { pages: number; changed: boolean; enforcing: boolean } {
    checkPageAddr('start', start);
    checkPageAddr('end', end);
    if (end <= start) throw KernelError.of('EINVAL', `[${hex(start)}, ${hex(end)}) is empty`);
    checkInt('prot', prot, 0, PKVM_HOST_MEM_PROT);
    return { ...this.hostAccess.set(start, end, prot), enforcing: true };
  }

  /** EFAULT (HostStage2FaultError) when the host stage-2 refuses the access; nothing has changed yet. */
  private checkHostAccess(pa: number, length: number, write: boolean, area: HostArea): void {
    const f = this.hostAccess.check(pa, length, write, area);
    if (f) throw new HostStage2FaultError(f);
  }

  /** Refusals of enable_dev/disable_dev that come before any write: ENODEV unknown SMMU, EINVAL SID. */
  private checkDev(smmu: number, sid: number, enabling: boolean): El2Iommu {
    const el2 = this.requireEl2(enabling ? 'enable_dev' : 'disable_dev');
    checkInt('smmu', smmu, 0, 0xffff_ffff);
    if (smmu >= this.smmus.length) throw KernelError.of('ENODEV', `no SMMU ${smmu}`);
    checkInt('sid', sid, 0, 0xffff_ffff);
    const t = el2.tables[smmu];
    const sidBits = idr1SidSize(this.platform.smmus[smmu].idr.idr1);
    if (sid >= 2 ** Math.min(t.strtabLog2Size, sidBits)) throw KernelError.of('EINVAL', `smmu${smmu}: StreamID ${sid} out of range`);
    if (t.strtabTwoLevel && el2.driver.readL1(smmu, sid).span === 0) {
      if (!enabling) throw KernelError.of('EINVAL', `smmu${smmu}: no L2 stream table for StreamID ${sid}`);
      if (!el2.canAllocL2()) throw KernelError.of('EINVAL', `smmu${smmu}: cannot allocate an L2 stream table`);
    }
    return el2;
  }

  /** The command queue's errno after the STE writes started, as `ret`. */
  private devOp(f: () => void): El2Result {
    const { value: ret, commands } = this.capture(() => {
      try {
        f();
        return 0;
      } catch (e) {
        if (e instanceof KernelError) return e.errno;
        throw e;
      }
    });
    return { ret, commands };
  }

  /** __pkvm_iommu_enable_dev (v3, §4.5): the identity stage-2 under `sid`'s STE. */
  enableDev(smmu: number, sid: number): El2Result {
    const el2 = this.checkDev(smmu, sid, true);
    const g = el2.pgtable.geometry;
    return this.devOp(() => el2.driver.enableDev(smmu, sid, { vtcr: g.vtcr, pgd: el2.pgtable.pgdPa }));
  }

  /** __pkvm_iommu_disable_dev (v3): the STE back to invalid. */
  disableDev(smmu: number, sid: number): El2Result {
    const el2 = this.checkDev(smmu, sid, false);
    return this.devOp(() => el2.driver.disableDev(smmu, sid));
  }

  // ---- mmio -----------------------------------------------------------------------------------------

  /** The SMMU whose register frame holds `pa`, and the offset in it; EINVAL elsewhere. */
  smmuAt(pa: number): { index: number; offset: number } {
    checkAddr('pa', pa);
    const index = this.platform.smmus.findIndex((s) => pa >= s.base && pa < s.base + s.size);
    if (index < 0) throw KernelError.of('EINVAL', `PA ${hex(pa)} is not inside an SMMU's registers`);
    return { index, offset: pa - this.platform.smmus[index].base };
  }

  private static width(w: number): 4 | 8 {
    if (w !== 4 && w !== 8) throw KernelError.of('EINVAL', `register access width ${w} (4 or 8)`);
    return w;
  }

  mmioRead(pa: number, width: number): { lo: number; hi: number; smmu: number; offset: number } {
    const { index, offset } = this.smmuAt(pa);
    const w = Machine.width(width);
    this.checkHostAccess(pa, w, false, 'mmio');
    const d = this.smmus[index].mmioRead(offset, w);
    return { lo: d.lo >>> 0, hi: d.hi >>> 0, smmu: index, offset };
  }

  mmioWrite(pa: number, width: number, lo: number, hi: number): { commands: CommandRecord[] } {
    const { index, offset } = this.smmuAt(pa);
    const w = Machine.width(width);
    checkInt('lo', lo, 0, 0xffff_ffff);
    checkInt('hi', hi, 0, w === 4 ? 0 : 0xffff_ffff);
    if (offset % w !== 0) throw KernelError.of('EINVAL', `unaligned ${w * 8}-bit register write at ${hex(pa)}`);
    this.checkHostAccess(pa, w, true, 'mmio');
    const { commands } = this.capture(() => this.smmus[index].mmioWrite(offset, w, { lo, hi }));
    return { commands };
  }

  // ---- mem ------------------------------------------------------------------------------------------

  private checkRam(pa: number, length: number): void {
    checkAddr('pa', pa);
    checkInt('length', length, 1, MAX_TRANSFER);
    if (!this.mem.map.containsRange(pa, length, 'ram')) throw KernelError.of('EINVAL', `[${hex(pa)}, +${hex(length)}) is not inside one RAM bank`);
  }

  readMem(pa: number, length: number): Uint8Array {
    this.checkRam(pa, length);
    this.checkHostAccess(pa, length, false, 'mem');
    return this.mem.readBytes(pa, length);
  }

  writeMem(pa: number, data: Uint8Array): number {
    this.checkRam(pa, data.length);
    this.checkHostAccess(pa, data.length, true, 'mem');
    this.mem.writeBytes(pa, data);
    return data.length;
  }

  // ---- dma ------------------------------------------------------------------------------------------

  /** Refusals of a DMA, before the SMMU sees it. */
  checkDma(smmu: number, sid: number, iova: number, length: number, dir: DmaDir, data?: Uint8Array): void {
    checkInt('smmu', smmu, 0, 0xffff_ffff);
    if (smmu >= this.smmus.length) throw KernelError.of('ENODEV', `no SMMU ${smmu}`);
    checkInt('sid', sid, 0, 0xffff_ffff);
    checkAddr('iova', iova);
    checkInt('length', length, 1, MAX_TRANSFER);
    if (dir === 'write' && data?.length !== length) throw KernelError.of('EINVAL', `a DMA write of ${length} bytes carries ${data?.length ?? 0}`);
  }

  /** A device's DMA through its SMMU, one transaction per 4 KiB page (fills the IOTLB, records faults). */
  dma(smmu: number, sid: number, iova: number, length: number, dir: DmaDir, data?: Uint8Array): DmaOutcome {
    this.checkDma(smmu, sid, iova, length, dir, data);
    const r = this.smmus[smmu].dma(sid, iova, length, dir, dir === 'write' ? data : undefined);
    return { ok: r.ok, data: r.bytes, completed: r.completed, fault: r.fault };
  }

  // ---- views ----------------------------------------------------------------------------------------

  idmapInfo(): IdmapInfo | undefined {
    const el2 = this.el2;
    if (!el2) return undefined;
    const g = el2.pgtable.geometry;
    return {
      ias: g.ias, oas: g.oas, startLevel: g.startLevel, pgdPages: g.pgdPages, pgd: el2.pgtable.pgdPa, vtcr: g.vtcrValue,
      pgsizeBitmap: el2.pgtable.pgsizeBitmap, coherentWalk: el2.requirements.coherentWalk,
    };
  }

  /** Physical address of `sid`'s STE (EINVAL out of range or without its L2 table). */
  steAddress(smmu: number, sid: number): number {
    const el2 = this.checkDev(smmu, sid, false);
    const t = el2.tables[smmu];
    if (!t.strtabTwoLevel) return t.strtabBase + sid * STE_SIZE;
    return el2.driver.readL1(smmu, sid).l2Ptr + (sid % 2 ** STRTAB_SPLIT) * STE_SIZE;
  }
}
