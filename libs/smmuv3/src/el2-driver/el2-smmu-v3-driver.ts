import { KernelError } from '@pkvm/errno';
import { cfgiAll, encodeCommand, SmmuCommand } from '../command';
import { dword } from '../dword';
import { queueFull, queueIdxWrap, queueInc, queueIndex } from '../device/queue-pointer';
import { type SmmuMemory, zeroRange } from '../device/smmu-memory';
import { decodeL1Descriptor, encodeL1Descriptor, L1_DESC_SIZE, STRTAB_L1_SPAN, STRTAB_SPLIT } from '../l1-stream-table-descriptor';
import {
  ADDR_SIZE_BITS,
  CR0,
  CR1,
  CR2,
  cr1Value,
  GBPA,
  GERROR,
  IDR0,
  IDR3_RIL,
  IDR5,
  idr1SidSize,
  QUEUE,
  SmmuReg,
  STRTAB_BASE_CFG,
} from '../smmu-registers';
import { encodeSte, SteConfig, STE_SHCFG_INCOMING, STE_SIZE } from '../stream-table-entry';
import type { El2SmmuConfig, IdmapDomainConfig, IdmapPgtableRequirements, L2TableAllocator } from './el2-smmu-types';
import { tlbiS2RangeCommands } from './tlbi-s2-range';

/** pKVM's identity domain is tagged with VMID 0 on every SMMU. */
export const IDMAP_VMID = 0;
/** L2 stream table: 256 STEs x 64 B = 16 KiB. */
export const L2_TABLE_SIZE = (1 << STRTAB_SPLIT) * STE_SIZE;
/** Poll budget standing in for the 100 ms EL2 timeout (the model completes register updates at once). */
const POLL_LIMIT = 1000;

const SZ_4K = 0x1000;

interface SmmuState {
  readonly cfg: El2SmmuConfig;
  readonly sidBits: number;
  readonly ril: boolean;
  readonly idr0: number;
  readonly idr5: number;
  /** Our copy of CMDQ_PROD. */
  prod: number;
  /** Hyp VA == PA in the twin: L2 table address per L1 index. */
  readonly l2Tables: Map<number, number>;
  initialised: boolean;
}

/**
 * The EL2 SMMUv3 driver in v3 mode (PKVM.md §2.2, §4.5, §4.6): EL2 owns the command queue and stream table,
 * resets each SMMU to translate with every STE invalid, and gives a device the identity stage-2 on
 * `__pkvm_iommu_enable_dev`. Every hyp command is synchronous: add, CMD_SYNC, poll CONS until empty.
 */
export class El2SmmuV3Driver {
  private readonly smmus: SmmuState[];

  constructor(
    private readonly mem: SmmuMemory,
    configs: readonly El2SmmuConfig[],
    private readonly allocL2: L2TableAllocator = () => undefined,
  ) {
    this.smmus = configs.map((cfg) => {
      const idr0 = cfg.mmio.read32(SmmuReg.IDR0);
      return {
        cfg,
        idr0,
        idr5: cfg.mmio.read32(SmmuReg.IDR5),
        sidBits: idr1SidSize(cfg.mmio.read32(SmmuReg.IDR1)),
        ril: (cfg.mmio.read32(SmmuReg.IDR3) & IDR3_RIL) !== 0,
        prod: 0,
        l2Tables: new Map(),
        initialised: false,
      };
    });
  }

  get count(): number {
    return this.smmus.length;
  }

  /**
   * The driver's `init`: each SMMU in turn (smmu_init_device); on a failure, the SMMUs already done are
   * de-initialised in reverse order and the error is thrown.
   */
  init(): void {
    const done: number[] = [];
    for (let i = 0; i < this.smmus.length; i++) {
      try {
        this.initDevice(i);
        done.push(i);
      } catch (e) {
        for (const j of done.reverse()) this.deinitDevice(j);
        this.deinitDevice(i);
        throw e;
      }
    }
  }

  /** smmu_deinit_device: the caller gives the MMIO pages back; the twin only forgets the device. */
  private deinitDevice(i: number): void {
    this.smmus[i].initialised = false;
  }

  /** smmu_init_device (registers, cmdq, strtab, reset). */
  private initDevice(i: number): void {
    const s = this.smmus[i];
    const { mmio } = s.cfg;
    // The host must have set GBPA.ABORT before handing over [inferred from an Android-derived copy].
    if (!(mmio.read32(SmmuReg.GBPA) & GBPA.ABORT)) throw KernelError.of('EINVAL', `smmu${i}: GBPA is not ABORT`);
    // The twin's host driver enables the event queue (README, "Model choices"): keep it on so faults stay recorded.
    const evtq = mmio.read32(SmmuReg.CR0) & CR0.EVTQEN;
    this.writeCr0(i, evtq);
    mmio.write32(SmmuReg.CR1, cr1Value(CR1.SH_ISH, CR1.CACHE_WB, CR1.SH_ISH, CR1.CACHE_WB));
    mmio.write32(SmmuReg.CR2, CR2.PTM);
    const active = (mmio.read32(SmmuReg.GERROR) ^ mmio.read32(SmmuReg.GERRORN)) >>> 0;
    if (active & GERROR.SFM_ERR) throw KernelError.of('EIO', `smmu${i}: service failure mode`);
    mmio.write32(SmmuReg.GERRORN, mmio.read32(SmmuReg.GERROR));
    this.initCmdq(i);
    this.initStrtab(i);
    this.reset(i, evtq);
    s.initialised = true;
  }

  /** Writes CR0 and polls CR0ACK (arm_smmu_write_reg_sync). */
  private writeCr0(i: number, value: number): void {
    const { mmio } = this.smmus[i].cfg;
    mmio.write32(SmmuReg.CR0, value);
    for (let n = 0; n < POLL_LIMIT; n++) if (mmio.read32(SmmuReg.CR0ACK) === value) return;
    throw KernelError.of('ETIMEDOUT', `smmu${i}: CR0ACK did not follow CR0 = 0x${value.toString(16)}`);
  }

  /** Zero the donated queue, program CMDQ_BASE (RA), PROD = CONS = 0. */
  private initCmdq(i: number): void {
    const s = this.smmus[i];
    const { base, log2Entries } = s.cfg.cmdq;
    zeroRange(this.mem, base, (1 << log2Entries) * 16);
    // CMDQ_BASE: ADDR [51:5], LOG2SIZE [4:0], RA bit 62 (bit 30 of the high word). Written by EL2 [inferred].
    s.cfg.mmio.write64(SmmuReg.CMDQ_BASE, ((base % 0x1_0000_0000) | log2Entries) >>> 0, (Math.floor(base / 0x1_0000_0000) | (1 << 30)) >>> 0);
    s.cfg.mmio.write32(SmmuReg.CMDQ_PROD, 0);
    s.cfg.mmio.write32(SmmuReg.CMDQ_CONS, 0);
    s.prod = 0;
  }

  /** Zero the donated table (the L1 table for two levels), program STRTAB_BASE (RA) and STRTAB_BASE_CFG. */
  private initStrtab(i: number): void {
    const s = this.smmus[i];
    const { base, twoLevel, log2Size } = s.cfg.strtab;
    const bytes = twoLevel ? 2 ** (log2Size - STRTAB_SPLIT) * L1_DESC_SIZE : 2 ** log2Size * STE_SIZE;
    zeroRange(this.mem, base, bytes);
    s.cfg.mmio.write64(SmmuReg.STRTAB_BASE, base % 0x1_0000_0000, (Math.floor(base / 0x1_0000_0000) | (1 << 30)) >>> 0);
    const cfg = twoLevel
      ? (STRTAB_BASE_CFG.FMT_2LVL << STRTAB_BASE_CFG.FMT_SHIFT) | (STRTAB_SPLIT << STRTAB_BASE_CFG.SPLIT_SHIFT) | log2Size
      : (STRTAB_BASE_CFG.FMT_LINEAR << STRTAB_BASE_CFG.FMT_SHIFT) | log2Size;
    s.cfg.mmio.write32(SmmuReg.STRTAB_BASE_CFG, cfg);
    s.l2Tables.clear();
  }

  /**
   * Reset: CR0 = CMDQEN; CFGI_ALL, TLBI_NSNH_ALL, CMD_SYNC; CR0 = SMMUEN|CMDQEN|ATSCHK (plus EVTQEN if the host set it).
   * On a command failure the posted code writes CR0 = 0 and returns that write's result (0, leaving the SMMU
   * disabled but "initialised"); the twin does what was intended and reports the command's error.
   */
  private reset(i: number, evtq: number): void {
    this.writeCr0(i, CR0.CMDQEN | evtq);
    try {
      this.issue(i, [cfgiAll(), { op: 'TLBI_NSNH_ALL' }]);
    } catch (e) {
      this.writeCr0(i, 0);
      throw e;
    }
    this.writeCr0(i, CR0.SMMUEN | CR0.CMDQEN | CR0.ATSCHK | evtq);
  }

  /**
   * Adds `cmds` then a CMD_SYNC and polls CONS until the queue is empty. CONS.ERR or GERROR.CMDQ_ERR -> EIO;
   * no progress within the poll budget -> ETIMEDOUT.
   */
  private issue(i: number, cmds: readonly SmmuCommand[]): void {
    const s = this.smmus[i];
    const { mmio, cmdq } = s.cfg;
    const log2 = cmdq.log2Entries;
    for (const cmd of [...cmds, { op: 'CMD_SYNC', cs: 0 } as SmmuCommand]) {
      let cons = mmio.read32(SmmuReg.CMDQ_CONS);
      for (let n = 0; queueFull(s.prod, cons, log2); n++) {
        if (n >= POLL_LIMIT) throw KernelError.of('ETIMEDOUT', `smmu${i}: command queue full`);
        cons = mmio.read32(SmmuReg.CMDQ_CONS);
      }
      const [d0, d1] = encodeCommand(cmd);
      const addr = cmdq.base + queueIndex(s.prod, log2) * 16;
      this.mem.write64(addr, d0.lo, d0.hi);
      this.mem.write64(addr + 8, d1.lo, d1.hi);
      s.prod = queueInc(s.prod, log2);
      mmio.write32(SmmuReg.CMDQ_PROD, s.prod);
    }
    for (let n = 0; ; n++) {
      const cons = mmio.read32(SmmuReg.CMDQ_CONS);
      const err = (cons & QUEUE.CONS_ERR_MASK) >>> QUEUE.CONS_ERR_SHIFT;
      const gerror = (mmio.read32(SmmuReg.GERROR) ^ mmio.read32(SmmuReg.GERRORN)) & GERROR.CMDQ_ERR;
      if (gerror) throw KernelError.of('EIO', `smmu${i}: command queue error ${err}`);
      if (queueIdxWrap(cons, log2) === queueIdxWrap(s.prod, log2)) return;
      if (n >= POLL_LIMIT) throw KernelError.of('ETIMEDOUT', `smmu${i}: CMD_SYNC did not complete`);
    }
  }

  /** smmu_init_pgt: the io-pgtable limits every SMMU accepts; EINVAL when one lacks the 4 KiB page. */
  idmapRequirements(): IdmapPgtableRequirements {
    let ias = 48;
    let oas = 48;
    let pgsizeBitmap = -1 >>> 0;
    let coherentWalk = true;
    for (const s of this.smmus) {
      const o = ADDR_SIZE_BITS[s.idr5 & 7] ?? 48;
      // arm_smmu_device_hw_probe: AArch64 tables give IAS 40 at least, and IAS >= OAS.
      const i = (s.idr0 >>> IDR0.TTF_SHIFT) & 2 ? Math.max(40, o) : o;
      ias = Math.min(ias, i);
      oas = Math.min(oas, o);
      let sizes = 0;
      if (s.idr5 & IDR5.GRAN4K) sizes |= 0x1000 | 0x20_0000 | 0x4000_0000;
      if (s.idr5 & IDR5.GRAN16K) sizes |= 0x4000 | 0x200_0000;
      if (s.idr5 & IDR5.GRAN64K) sizes |= 0x1_0000 | 0x2000_0000;
      pgsizeBitmap = (pgsizeBitmap & sizes) >>> 0;
      coherentWalk &&= s.cfg.coherent;
    }
    if (!(pgsizeBitmap & SZ_4K)) throw KernelError.of('EINVAL', 'an SMMU lacks the 4 KiB page size');
    return { ias, oas, pgsizeBitmap, coherentWalk };
  }

  private smmu(iommu: number): SmmuState {
    const s = this.smmus[iommu];
    if (s === undefined || !s.initialised) throw KernelError.of('ENODEV', `no SMMU ${iommu}`);
    return s;
  }

  /** Address of the STE for `sid`, allocating the L2 table when `alloc`; EINVAL when out of range or no L2. */
  private steAddress(iommu: number, s: SmmuState, sid: number, alloc: boolean): number {
    const { base, twoLevel, log2Size } = s.cfg.strtab;
    if (!Number.isSafeInteger(sid) || sid < 0 || sid >= 2 ** Math.min(log2Size, s.sidBits)) {
      throw KernelError.of('EINVAL', `smmu${iommu}: StreamID ${sid} out of range`);
    }
    if (!twoLevel) return base + sid * STE_SIZE;
    const l1 = Math.floor(sid / 2 ** STRTAB_SPLIT);
    let l2 = s.l2Tables.get(l1);
    if (l2 === undefined) {
      if (!alloc) throw KernelError.of('EINVAL', `smmu${iommu}: no L2 stream table for StreamID ${sid}`);
      l2 = this.allocL2();
      if (l2 === undefined) throw KernelError.of('EINVAL', `smmu${iommu}: cannot allocate an L2 stream table`);
      zeroRange(this.mem, l2, L2_TABLE_SIZE);
      // The L1 descriptor was invalid, so no CFGI is needed before the SMMU can see it (arm_smmu_init_l2_strtab).
      const d = encodeL1Descriptor({ span: STRTAB_L1_SPAN, l2Ptr: l2 });
      this.mem.write64(base + l1 * L1_DESC_SIZE, d.lo, d.hi);
      s.l2Tables.set(l1, l2);
    }
    return l2 + (sid % 2 ** STRTAB_SPLIT) * STE_SIZE;
  }

  /**
   * __pkvm_iommu_enable_dev (v3): dwords 1-3 (SHCFG INCOMING; VTCR fields, VMID 0, S2AA64, S2R; S2TTB),
   * CFGI_STE + SYNC, then dword 0 = V | Config S2_TRANS, CFGI_STE + SYNC. ENODEV for an unknown SMMU,
   * EINVAL for a SID out of range or when the L2 table cannot be allocated.
   */
  enableDev(iommu: number, sid: number, domain: IdmapDomainConfig): void {
    const s = this.smmu(iommu);
    const addr = this.steAddress(iommu, s, sid, true);
    const v = domain.vtcr;
    const ste = encodeSte({
      valid: true,
      config: SteConfig.S2_TRANS,
      shcfg: STE_SHCFG_INCOMING,
      s2Vmid: IDMAP_VMID,
      s2T0sz: v.t0sz,
      s2Sl0: v.sl0,
      s2Ir0: v.irgn0,
      s2Or0: v.orgn0,
      s2Sh0: v.sh0,
      s2Tg: v.tg0,
      s2Ps: v.ps,
      s2Aa64: true,
      s2R: true,
      s2Ttb: domain.pgd,
    });
    for (let d = 1; d <= 3; d++) this.mem.write64(addr + 8 * d, ste[d].lo, ste[d].hi);
    this.issue(iommu, [{ op: 'CFGI_STE', sid, leaf: true }]);
    this.mem.write64(addr, ste[0].lo, ste[0].hi);
    this.issue(iommu, [{ op: 'CFGI_STE', sid, leaf: true }]);
  }

  /** __pkvm_iommu_disable_dev (v3): dword0 = 0, CFGI_STE + SYNC, dwords 1-3 = 0, CFGI_STE + SYNC. */
  disableDev(iommu: number, sid: number): void {
    const s = this.smmu(iommu);
    const addr = this.steAddress(iommu, s, sid, false);
    this.mem.write64(addr, 0, 0);
    this.issue(iommu, [{ op: 'CFGI_STE', sid, leaf: true }]);
    for (let d = 1; d <= 3; d++) this.mem.write64(addr + 8 * d, 0, 0);
    this.issue(iommu, [{ op: 'CFGI_STE', sid, leaf: true }]);
  }

  /**
   * Identity-map change (io-pgtable flush callbacks, §4.6): on every SMMU, TLBI_S2_IPA VMID 0 over the range
   * (ranges with IDR3.RIL, else one per granule; Leaf for pages, not for walk flushes), then CMD_SYNC.
   */
  invalidateIdmapRange(iova: number, size: number, granule: number, leaf: boolean): void {
    this.smmus.forEach((s, i) => {
      if (!s.initialised) return;
      this.issue(i, tlbiS2RangeCommands(IDMAP_VMID, iova, size, granule, leaf, s.ril));
    });
  }

  /** tlb_add_page for one 4 KiB leaf: TLBI_S2_IPA(VMID 0, iova, Leaf) + CMD_SYNC on every SMMU. */
  invalidateIdmapPage(iova: number): void {
    this.invalidateIdmapRange(iova, SZ_4K, SZ_4K, true);
  }

  /** The STE dwords 0..3 of `sid` as the SMMU would read them (dumps and tests). */
  readSte(iommu: number, sid: number): [number, number][] {
    const s = this.smmu(iommu);
    const addr = this.steAddress(iommu, s, sid, false);
    return [0, 1, 2, 3].map((d) => [this.mem.read64Lo(addr + 8 * d), this.mem.read64Hi(addr + 8 * d)]);
  }

  /** The L1 descriptor of `sid`'s L2 range, two-level tables only (dumps and tests). */
  readL1(iommu: number, sid: number): { span: number; l2Ptr: number } {
    const s = this.smmu(iommu);
    const a = s.cfg.strtab.base + Math.floor(sid / 2 ** STRTAB_SPLIT) * L1_DESC_SIZE;
    return decodeL1Descriptor(dword(this.mem.read64Lo(a), this.mem.read64Hi(a)));
  }
}

