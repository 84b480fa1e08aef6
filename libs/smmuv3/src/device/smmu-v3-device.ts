import { KernelError } from '@pkvm/errno';
import { DecodedCommand, decodeCommand, SyncCs, tlbiRangeBytes } from '../command';
import { Dword, dword, dwordFromNumber, getAddress } from '../dword';
import { encodeEvent, EventClass, EventRecord, eventRecord, EventType, eventTypeName } from '../event-record';
import {
  CMDQ_ERR,
  CR0,
  CR2,
  GBPA,
  GERROR,
  IDR0,
  IDR3_RIL,
  IDR5,
  idr1CmdqShift,
  idr1EvtqShift,
  idr1SidSize,
  idr5OasBits,
  QUEUE,
  SMMU_MMIO_MIN_SIZE,
  SmmuReg,
} from '../smmu-registers';
import { isReservedSteConfig, SteConfig } from '../stream-table-entry';
import { CachedConfig, ConfigCache } from './config-cache';
import { Iotlb } from './iotlb';
import { queueEmpty, queueFull, queueIndex, queueInc } from './queue-pointer';
import type { SmmuMemory } from './smmu-memory';
import { stage2WalkConfig, Stage2Features } from './stage2-walk-config';
import { walkStage2 } from './stage2-walk';
import { decodeStreamTableConfig, isMemoryFault, lookupSte } from './stream-table-lookup';

const PAGE = 0x1000;

/** A configuration lookup that failed with an event (and, for F_STE_FETCH, the address fetched). */
interface ConfigError {
  readonly eventType: number;
  readonly fetchAddr?: number;
}

/** The ID registers the device reports; a platform's SmmuDescriptor.idr satisfies it. */
export interface SmmuIdValues {
  readonly idr0: number;
  readonly idr1: number;
  readonly idr3: number;
  readonly idr5: number;
}

export interface SmmuV3DeviceOptions {
  readonly idr: SmmuIdValues;
  /** MMIO frame size (at least pages 0 and 1). */
  readonly mmioSize?: number;
  readonly iidr?: number;
  /** GBPA after reset: IMPLEMENTATION DEFINED; the twin defaults to 0 (bypass), as QEMU does apart from SHCFG. */
  readonly gbpaReset?: number;
  /** Called for each command the SMMU consumes from its queue, in order (tests, tracing). */
  readonly onCommand?: (cmd: DecodedCommand) => void;
}

export type DmaDirection = 'read' | 'write';

/** Why a transaction did not complete: an event type name, or an abort without an event. */
export type DmaFaultReason =
  | 'GBPA_ABORT' // SMMUEN = 0 and GBPA.ABORT = 1
  | 'STE_ABORT' // STE.Config = 0b000: aborted, no event
  | 'UNSUPPORTED_CONFIG' // stage-1 configs: not modelled by the twin
  | 'EXTERNAL_ABORT' // the output address hit no memory
  | string; // an event type name: C_BAD_STREAMID, F_TRANSLATION, ...

export interface DmaFault {
  readonly reason: DmaFaultReason;
  /** Input address of the transaction that failed. */
  readonly address: number;
  /** The fault's event record, when the fault has one. */
  readonly event?: EventRecord;
  /** Whether that record reached the event queue (needs STE.S2R for stage-2 faults, CR0.EVTQEN, room). */
  readonly recorded: boolean;
}

export interface DmaResult {
  readonly ok: boolean;
  /** Bytes read (read DMA that completed). */
  readonly bytes?: Uint8Array;
  readonly fault?: DmaFault;
  /** Bytes transferred before the fault (the DMA is one transaction per 4 KiB page). */
  readonly completed: number;
}

export type TranslateResult = { readonly ok: true; readonly pa: number } | { readonly ok: false; readonly fault: DmaFault };

export interface SmmuV3Stats {
  commandsConsumed: number;
  eventsWritten: number;
  eventsLost: number;
  iotlbHits: number;
  iotlbMisses: number;
  walks: number;
}

/** Registers software can write; every other offset in the frame is RAZ/WI. */
const WRITABLE = new Set<number>([
  SmmuReg.CR0,
  SmmuReg.CR1,
  SmmuReg.CR2,
  SmmuReg.GBPA,
  SmmuReg.IRQ_CTRL,
  SmmuReg.GERRORN,
  SmmuReg.GERROR_IRQ_CFG0,
  SmmuReg.GERROR_IRQ_CFG0 + 4,
  SmmuReg.GERROR_IRQ_CFG1,
  SmmuReg.GERROR_IRQ_CFG2,
  SmmuReg.STRTAB_BASE,
  SmmuReg.STRTAB_BASE + 4,
  SmmuReg.STRTAB_BASE_CFG,
  SmmuReg.CMDQ_BASE,
  SmmuReg.CMDQ_BASE + 4,
  SmmuReg.CMDQ_PROD,
  SmmuReg.CMDQ_CONS,
  SmmuReg.EVTQ_BASE,
  SmmuReg.EVTQ_BASE + 4,
  SmmuReg.EVTQ_IRQ_CFG0,
  SmmuReg.EVTQ_IRQ_CFG0 + 4,
  SmmuReg.EVTQ_IRQ_CFG1,
  SmmuReg.EVTQ_IRQ_CFG2,
  SmmuReg.PRIQ_BASE,
  SmmuReg.PRIQ_BASE + 4,
  SmmuReg.PRIQ_IRQ_CFG0,
  SmmuReg.PRIQ_IRQ_CFG0 + 4,
  SmmuReg.PRIQ_IRQ_CFG1,
  SmmuReg.PRIQ_IRQ_CFG2,
  SmmuReg.EVTQ_PROD,
  SmmuReg.EVTQ_CONS,
  SmmuReg.PRIQ_PROD,
  SmmuReg.PRIQ_CONS,
]);

/**
 * An SMMUv3 as a device model over simulated physical memory: the register file of §5.7, linear and
 * two-level stream tables, the command queue (consumed when PROD is written while CMDQEN is set), the event
 * queue, a config cache and an IOTLB that only commands invalidate, and DMA that walks the real stage-2
 * descriptors. Register updates (CR0 -> CR0ACK, GBPA.UPDATE, IRQ_CTRL -> ACK) complete at once.
 *
 * Invalidation commands (CFGI_*, TLBI_*) take effect when a following CMD_SYNC is consumed: the SMMUv3 only
 * guarantees completion at the SYNC, and the twin uses that latitude so a driver that forgets the SYNC sees
 * the stale entry keep serving.
 */
export class SmmuV3Device {
  readonly mmioSize: number;
  readonly stats: SmmuV3Stats = { commandsConsumed: 0, eventsWritten: 0, eventsLost: 0, iotlbHits: 0, iotlbMisses: 0, walks: 0 };
  readonly iotlb = new Iotlb();
  readonly configCache = new ConfigCache();

  private readonly regs = new Map<number, number>();
  private readonly idr: SmmuIdValues;
  private readonly features: Stage2Features;
  private readonly sidBits: number;
  /** IDR0.STALL_MODEL [25:24] = 0b10: stalls are forced. */
  private readonly stallForced: boolean;
  private readonly onCommand?: (cmd: DecodedCommand) => void;
  /** Invalidations consumed but not yet completed by a CMD_SYNC. */
  private pending: (() => void)[] = [];
  private consuming = false;

  constructor(
    private readonly mem: SmmuMemory,
    options: SmmuV3DeviceOptions,
  ) {
    this.mmioSize = options.mmioSize ?? SMMU_MMIO_MIN_SIZE;
    if (this.mmioSize < SMMU_MMIO_MIN_SIZE) throw KernelError.of('EINVAL', `SMMU MMIO size 0x${this.mmioSize.toString(16)} below pages 0 and 1`);
    this.idr = options.idr;
    this.onCommand = options.onCommand;
    this.sidBits = idr1SidSize(options.idr.idr1);
    this.stallForced = ((options.idr.idr0 >>> IDR0.STALL_MODEL_SHIFT) & 0x3) === 0b10;
    const oasBits = idr5OasBits(options.idr.idr5) ?? 48;
    this.features = {
      oasBits,
      // IAS = max(OAS, 40) when stage 1 (AArch64) is implemented, else OAS.
      iasBits: options.idr.idr0 & IDR0.S1P ? Math.max(oasBits, 40) : oasBits,
      gran4k: (options.idr.idr5 & IDR5.GRAN4K) !== 0,
    };
    this.regs.set(SmmuReg.IDR0, options.idr.idr0 >>> 0);
    this.regs.set(SmmuReg.IDR1, options.idr.idr1 >>> 0);
    this.regs.set(SmmuReg.IDR3, options.idr.idr3 >>> 0);
    this.regs.set(SmmuReg.IDR5, options.idr.idr5 >>> 0);
    this.regs.set(SmmuReg.IIDR, (options.iidr ?? 0) >>> 0);
    this.regs.set(SmmuReg.GBPA, (options.gbpaReset ?? 0) >>> 0);
  }

  // ---- MMIO -------------------------------------------------------------------------------------------

  /** A 32- or 64-bit register read; a 64-bit access is two 32-bit accesses, low word first. */
  mmioRead(offset: number, width: 4 | 8): Dword {
    this.checkAccess(offset, width);
    return width === 4 ? dword(this.reg(offset)) : dword(this.reg(offset), this.reg(offset + 4));
  }

  /** A 32- or 64-bit register write (value as a number below 2^53 or as halves). */
  mmioWrite(offset: number, width: 4 | 8, value: Dword | number): void {
    this.checkAccess(offset, width);
    const v = typeof value === 'number' ? dwordFromNumber(value) : value;
    this.writeWord(offset, v.lo);
    if (width === 8) this.writeWord(offset + 4, v.hi);
  }

  read32(offset: number): number {
    return this.mmioRead(offset, 4).lo;
  }

  write32(offset: number, value: number): void {
    this.mmioWrite(offset, 4, dword(value));
  }

  read64(offset: number): Dword {
    return this.mmioRead(offset, 8);
  }

  write64(offset: number, lo: number, hi: number): void {
    this.mmioWrite(offset, 8, dword(lo, hi));
  }

  private checkAccess(offset: number, width: number): void {
    if (width !== 4 && width !== 8) throw KernelError.of('EINVAL', `SMMU register access of ${width} bytes`);
    if (!Number.isInteger(offset) || offset < 0 || offset + width > this.mmioSize) {
      throw KernelError.of('EINVAL', `SMMU register offset 0x${offset.toString(16)} outside the 0x${this.mmioSize.toString(16)} frame`);
    }
    if (offset % width !== 0) throw KernelError.of('EINVAL', `unaligned ${width * 8}-bit SMMU register access at 0x${offset.toString(16)}`);
  }

  private reg(offset: number): number {
    return this.regs.get(offset) ?? 0;
  }

  private get cr0(): number {
    return this.reg(SmmuReg.CR0ACK);
  }

  private writeWord(offset: number, value: number): void {
    const v = value >>> 0;
    if (!WRITABLE.has(offset)) return; // RAZ/WI or read-only
    switch (offset) {
      case SmmuReg.CR0: {
        // CR0 -> CR0ACK completes at once (arm_smmu_write_reg_sync polls CR0ACK).
        const cr0 = v & (CR0.SMMUEN | CR0.PRIQEN | CR0.EVTQEN | CR0.CMDQEN | CR0.ATSCHK);
        this.regs.set(SmmuReg.CR0, cr0);
        this.regs.set(SmmuReg.CR0ACK, cr0);
        this.consumeCommands();
        return;
      }
      case SmmuReg.GBPA:
        // Fields change only on a write with UPDATE (bit 31); the update completes at once, so UPDATE reads 0.
        if (v & GBPA.UPDATE) this.regs.set(SmmuReg.GBPA, (v & ~GBPA.UPDATE) >>> 0);
        return;
      case SmmuReg.IRQ_CTRL:
        this.regs.set(SmmuReg.IRQ_CTRL, v & 0x7);
        this.regs.set(SmmuReg.IRQ_CTRLACK, v & 0x7);
        return;
      case SmmuReg.GERRORN:
        this.regs.set(SmmuReg.GERRORN, v);
        // Acknowledging CMDQ_ERR lets the queue resume from CONS (arm_smmu_cmdq_skip_err).
        this.consumeCommands();
        return;
      case SmmuReg.STRTAB_BASE:
      case SmmuReg.STRTAB_BASE + 4:
      case SmmuReg.STRTAB_BASE_CFG:
        if (this.cr0 & CR0.SMMUEN) return; // UNPREDICTABLE while enabled; the twin ignores it
        break;
      case SmmuReg.CMDQ_BASE:
      case SmmuReg.CMDQ_BASE + 4:
      case SmmuReg.CMDQ_CONS:
        if (this.cr0 & CR0.CMDQEN) return;
        break;
      case SmmuReg.EVTQ_BASE:
      case SmmuReg.EVTQ_BASE + 4:
      case SmmuReg.EVTQ_PROD:
        if (this.cr0 & CR0.EVTQEN) return;
        break;
      case SmmuReg.CMDQ_PROD:
        this.regs.set(SmmuReg.CMDQ_PROD, v & 0xf_ffff);
        this.consumeCommands();
        return;
    }
    this.regs.set(offset, v);
  }

  // ---- GERROR -----------------------------------------------------------------------------------------

  /** Active global errors: GERROR ^ GERRORN. */
  activeGlobalErrors(): number {
    return (this.reg(SmmuReg.GERROR) ^ this.reg(SmmuReg.GERRORN)) >>> 0;
  }

  /** Raises a global error by making its GERROR bit differ from GERRORN (no-op while already active). */
  private raiseGlobalError(bit: number): void {
    if (this.activeGlobalErrors() & bit) return;
    this.regs.set(SmmuReg.GERROR, (this.reg(SmmuReg.GERROR) ^ bit) >>> 0);
  }

  // ---- Command queue ----------------------------------------------------------------------------------

  private cmdqGeometry(): { base: number; log2: number } {
    const base = dword(this.reg(SmmuReg.CMDQ_BASE), this.reg(SmmuReg.CMDQ_BASE + 4));
    // CMDQ_BASE.LOG2SIZE [4:0], capped by IDR1.CMDQS; ADDR [51:5].
    return { base: getAddress(base, 51, 5), log2: Math.min(base.lo & 0x1f, idr1CmdqShift(this.idr.idr1)) };
  }

  /** Consumes commands from CONS to PROD while CMDQEN is set and no CMDQ_ERR is active. */
  private consumeCommands(): void {
    if (this.consuming) return;
    if (!(this.cr0 & CR0.CMDQEN) || this.activeGlobalErrors() & GERROR.CMDQ_ERR) return;
    this.consuming = true;
    try {
      const { base, log2 } = this.cmdqGeometry();
      let cons = this.reg(SmmuReg.CMDQ_CONS);
      const prod = this.reg(SmmuReg.CMDQ_PROD);
      while (!queueEmpty(prod, cons, log2)) {
        const addr = base + queueIndex(cons, log2) * 16;
        let err: number;
        try {
          const cmd = decodeCommand(
            dword(this.mem.read64Lo(addr), this.mem.read64Hi(addr)),
            dword(this.mem.read64Lo(addr + 8), this.mem.read64Hi(addr + 8)),
          );
          this.onCommand?.(cmd);
          err = this.execute(cmd);
        } catch (e) {
          if (!isMemoryFault(e)) throw e;
          err = CMDQ_ERR.ABT; // the command fetch was aborted
        }
        if (err !== CMDQ_ERR.NONE) {
          // CONS stays on the failing command with CONS.ERR set; the queue stops until GERRORN acknowledges.
          cons = ((cons & ~QUEUE.CONS_ERR_MASK) | (err << QUEUE.CONS_ERR_SHIFT)) >>> 0;
          this.regs.set(SmmuReg.CMDQ_CONS, cons);
          this.raiseGlobalError(GERROR.CMDQ_ERR);
          return;
        }
        this.stats.commandsConsumed++;
        cons = queueInc(cons, log2);
        this.regs.set(SmmuReg.CMDQ_CONS, cons);
      }
    } finally {
      this.consuming = false;
    }
  }

  /** Executes one command; returns a CMDQ_CONS.ERR code (NONE when it was accepted). */
  private execute(cmd: DecodedCommand): number {
    const idr0 = this.idr.idr0;
    switch (cmd.op) {
      case 'UNKNOWN':
        return CMDQ_ERR.ILL;
      case 'PREFETCH_CONFIG':
        if (this.cr0 & CR0.SMMUEN) this.fetchConfig(cmd.sid); // a hint: failures are silent
        return CMDQ_ERR.NONE;
      case 'CFGI_STE': {
        const sid = cmd.sid;
        this.pending.push(() => this.configCache.invalidate(sid));
        return CMDQ_ERR.NONE;
      }
      case 'CFGI_STE_RANGE': {
        const { sid, range } = cmd;
        this.pending.push(() => this.configCache.invalidateRange(sid, range));
        return CMDQ_ERR.NONE;
      }
      case 'CFGI_CD':
      case 'CFGI_CD_ALL':
        return CMDQ_ERR.NONE; // no CD cache: stage 1 is not modelled
      case 'TLBI_NH_ALL':
      case 'TLBI_NH_ASID':
      case 'TLBI_NH_VA':
      case 'TLBI_NH_VAA':
        // Stage-1 (NS-EL1) entries only; the twin's IOTLB holds stage-2 entries, which these leave alone.
        return idr0 & IDR0.S1P ? CMDQ_ERR.NONE : CMDQ_ERR.ILL;
      case 'TLBI_EL2_ALL':
      case 'TLBI_EL2_ASID':
      case 'TLBI_EL2_VA':
      case 'TLBI_EL2_VAA':
        return idr0 & IDR0.HYP ? CMDQ_ERR.NONE : CMDQ_ERR.ILL;
      case 'TLBI_S12_VMALL': {
        if (!(idr0 & IDR0.S2P)) return CMDQ_ERR.ILL;
        const vmid = cmd.vmid;
        this.pending.push(() => this.iotlb.invalidateVmid(vmid));
        return CMDQ_ERR.NONE;
      }
      case 'TLBI_S2_IPA': {
        if (!(idr0 & IDR0.S2P)) return CMDQ_ERR.ILL;
        // NUM/SCALE/TG are RES0 without IDR3.RIL: then it is one address.
        const bytes = this.idr.idr3 & IDR3_RIL ? tlbiRangeBytes(cmd) : 0;
        const { vmid, addr } = cmd;
        this.pending.push(() => this.iotlb.invalidateRange(vmid, addr, bytes || 1));
        return CMDQ_ERR.NONE;
      }
      case 'TLBI_NSNH_ALL':
        this.pending.push(() => this.iotlb.invalidateAll());
        return CMDQ_ERR.NONE;
      case 'ATC_INV':
        return idr0 & IDR0.ATS ? CMDQ_ERR.NONE : CMDQ_ERR.ILL;
      case 'PRI_RESP':
        return idr0 & IDR0.PRI ? CMDQ_ERR.NONE : CMDQ_ERR.ILL;
      case 'RESUME':
        return CMDQ_ERR.NONE; // no stalls are modelled
      case 'CMD_SYNC': {
        // Completes every earlier command, then signals: CS = IRQ writes MSIData to MSIAddr.
        const done = this.pending;
        this.pending = [];
        for (const f of done) f();
        if (cmd.cs === SyncCs.IRQ && cmd.msiAddr) {
          try {
            this.mem.write32(cmd.msiAddr, cmd.msiData ?? 0);
          } catch (e) {
            if (!isMemoryFault(e)) throw e;
            this.raiseGlobalError(GERROR.MSI_CMDQ_ABT_ERR);
          }
        }
        return CMDQ_ERR.NONE;
      }
    }
  }

  /** Invalidations consumed but waiting for a CMD_SYNC. */
  get pendingInvalidations(): number {
    return this.pending.length;
  }

  // ---- Event queue ------------------------------------------------------------------------------------

  /**
   * Writes an event record at EVTQ_PROD while CR0.EVTQEN is set. A full queue loses the record and toggles
   * PROD.OVFLG so it differs from CONS.OVACKFLG (the overflow Linux reports in arm_smmu_evtq_thread).
   */
  recordEvent(e: EventRecord): boolean {
    if (!(this.cr0 & CR0.EVTQEN)) {
      this.stats.eventsLost++;
      return false;
    }
    const baseReg = dword(this.reg(SmmuReg.EVTQ_BASE), this.reg(SmmuReg.EVTQ_BASE + 4));
    const log2 = Math.min(baseReg.lo & 0x1f, idr1EvtqShift(this.idr.idr1));
    const base = getAddress(baseReg, 51, 5);
    let prod = this.reg(SmmuReg.EVTQ_PROD);
    const cons = this.reg(SmmuReg.EVTQ_CONS);
    if (queueFull(prod, cons, log2)) {
      if (((prod ^ cons) & QUEUE.OVERFLOW_FLAG) === 0) prod = (prod ^ QUEUE.OVERFLOW_FLAG) >>> 0;
      this.regs.set(SmmuReg.EVTQ_PROD, prod);
      this.stats.eventsLost++;
      return false;
    }
    const addr = base + queueIndex(prod, log2) * 32;
    const d = encodeEvent(e);
    try {
      for (let i = 0; i < 4; i++) this.mem.write64(addr + 8 * i, d[i].lo, d[i].hi);
    } catch (err) {
      if (!isMemoryFault(err)) throw err;
      this.raiseGlobalError(GERROR.EVTQ_ABT_ERR);
      this.stats.eventsLost++;
      return false;
    }
    this.regs.set(SmmuReg.EVTQ_PROD, queueInc(prod, log2));
    this.stats.eventsWritten++;
    return true;
  }

  // ---- Configuration ----------------------------------------------------------------------------------

  /** The STE for `sid` from the config cache, or fetched (and cached when legal); or the event it raises. */
  private fetchConfig(sid: number): CachedConfig | ConfigError {
    const cached = this.configCache.get(sid);
    if (cached !== undefined) return cached;
    const st = decodeStreamTableConfig(
      this.reg(SmmuReg.STRTAB_BASE),
      this.reg(SmmuReg.STRTAB_BASE + 4),
      this.reg(SmmuReg.STRTAB_BASE_CFG),
    );
    const found = lookupSte(this.mem, st, this.sidBits, sid);
    if (!found.ok) return { eventType: found.eventType, fetchAddr: found.address };
    const ste = found.ste;
    // STE.V = 0 is C_BAD_STE and is not cached.
    if (!ste.valid) return { eventType: EventType.C_BAD_STE };
    let config: CachedConfig = { ste };
    if (ste.config === SteConfig.S2_TRANS || ste.config === SteConfig.NESTED) {
      const s2 = this.idr.idr0 & IDR0.S2P ? stage2WalkConfig(ste, this.features) : undefined;
      // SteIllegal(): a bad stage-2 config, or STALL_MODEL = 0b10 (stall forced) with S2S = 0.
      if (s2 === undefined || (this.stallForced && !ste.s2S)) return { eventType: EventType.C_BAD_STE };
      config = { ste, s2 };
    }
    this.configCache.set(sid, config);
    return config;
  }

  // ---- Translation and DMA ----------------------------------------------------------------------------

  /**
   * Translates one transaction's address like the SMMU: GBPA when SMMUEN is off, the STE, then the IOTLB or
   * a stage-2 walk. With `probe`, nothing is cached and no event is written (an oracle's look).
   */
  translate(sid: number, iova: number, dir: DmaDirection, probe = false): TranslateResult {
    if (!(this.cr0 & CR0.SMMUEN)) {
      // SMMUEN = 0: GBPA decides, and no event is recorded.
      if (this.reg(SmmuReg.GBPA) & GBPA.ABORT) return this.fail('GBPA_ABORT', iova);
      return { ok: true, pa: iova };
    }
    const fetched = probe ? this.probeConfig(sid) : this.fetchConfig(sid);
    if ('eventType' in fetched) {
      // C_BAD_STREAMID, F_STE_FETCH and C_BAD_STE records carry the StreamID (and FetchAddr), not the address.
      const event = eventRecord({ type: fetched.eventType, sid, fetchAddr: fetched.fetchAddr ?? 0 });
      // C_BAD_STREAMID is recorded only when CR2.RECINVSID is set (§7.3.3).
      const record = fetched.eventType !== EventType.C_BAD_STREAMID || (this.reg(SmmuReg.CR2) & CR2.RECINVSID) !== 0;
      return this.fail(eventTypeName(fetched.eventType), iova, event, record && !probe);
    }
    const { ste, s2 } = fetched;
    if (ste.config === SteConfig.ABORT || isReservedSteConfig(ste.config)) {
      return this.fail('STE_ABORT', iova); // Config 0b000 (and reserved 0b0xx): abort, no event recorded
    }
    const write = dir === 'write';
    switch (ste.config) {
      case SteConfig.BYPASS:
        // Stage 1 bypass: an address beyond the implemented PA range is a stage-1 F_ADDR_SIZE (§7.3.14).
        if (iova >= 2 ** this.features.oasBits) return this.inputSizeFault(sid, iova, write, probe);
        return { ok: true, pa: iova };
      case SteConfig.S2_TRANS:
        // Stage 1 bypass into stage 2: the IPA must fit IAS, else a stage-1 F_ADDR_SIZE.
        if (iova >= 2 ** this.features.iasBits) return this.inputSizeFault(sid, iova, write, probe);
        break;
      default:
        return this.fail('UNSUPPORTED_CONFIG', iova); // stage 1 and nesting are not modelled yet
    }
    const cfg = s2!;
    let entry = this.iotlb.lookup(cfg.vmid, iova);
    if (entry !== undefined && !probe) this.stats.iotlbHits++;
    if (entry === undefined) {
      if (!probe) {
        this.stats.iotlbMisses++;
        this.stats.walks++;
      }
      const walk = walkStage2(this.mem, cfg, iova);
      if (!walk.ok) return this.stage2Fault(walk.eventType, sid, iova, write, cfg.record && !probe, walk.fetchAddr);
      entry = walk.entry;
      // Fill only with a translation that succeeds (the permission check follows, on this entry).
      if (!probe && (write ? entry.write : entry.read)) this.iotlb.insert(entry);
    }
    // S2AP: bit 6 read, bit 7 write.
    if (write ? !entry.write : !entry.read) return this.stage2Fault(EventType.F_PERMISSION, sid, iova, write, cfg.record && !probe);
    return { ok: true, pa: entry.paBase + (iova - entry.ipaBase) };
  }

  /** Like fetchConfig without caching (for probes). */
  private probeConfig(sid: number): CachedConfig | ConfigError {
    const cached = this.configCache.get(sid);
    if (cached !== undefined) return cached;
    const result = this.fetchConfig(sid);
    if (!('eventType' in result)) this.configCache.invalidate(sid);
    return result;
  }

  private stage2Fault(type: number, sid: number, iova: number, write: boolean, record: boolean, fetchAddr = 0): TranslateResult {
    const event = eventRecord({
      type,
      sid,
      rnw: !write,
      s2: true,
      eventClass: EventClass.IN, // translating the input IPA (stage 1 bypassed)
      inputAddr: iova,
      ipa: iova - (iova % PAGE),
      fetchAddr,
    });
    return this.fail(eventTypeName(type), iova, event, record);
  }

  /** A stage-1-bypass address size fault: S2 = 0, CLASS = IN (no S2R applies). */
  private inputSizeFault(sid: number, iova: number, write: boolean, probe: boolean): TranslateResult {
    const event = eventRecord({ type: EventType.F_ADDR_SIZE, sid, rnw: !write, eventClass: EventClass.IN, inputAddr: iova });
    return this.fail('F_ADDR_SIZE', iova, event, !probe);
  }

  private fail(reason: DmaFaultReason, address: number, event?: EventRecord, record = false): TranslateResult {
    const recorded = event !== undefined && record ? this.recordEvent(event) : false;
    return { ok: false, fault: event === undefined ? { reason, address, recorded } : { reason, address, event, recorded } };
  }

  /**
   * A device's DMA through the SMMU, one transaction per 4 KiB page of [iova, iova + length). Writes land in
   * memory page by page; the first fault stops the DMA, and earlier pages stay done.
   */
  dma(sid: number, iova: number, length: number, dir: DmaDirection, bytes?: Uint8Array): DmaResult {
    if (!Number.isSafeInteger(length) || length <= 0) throw KernelError.of('EINVAL', `DMA length ${length}`);
    if (!Number.isSafeInteger(iova) || iova < 0) throw KernelError.of('EINVAL', `DMA address ${iova}`);
    if (dir === 'write' && (bytes === undefined || bytes.length !== length)) {
      throw KernelError.of('EINVAL', `DMA write of ${length} bytes needs ${length} bytes of data`);
    }
    const out = dir === 'read' ? new Uint8Array(length) : undefined;
    let done = 0;
    while (done < length) {
      const addr = iova + done;
      const n = Math.min(PAGE - (addr % PAGE), length - done);
      const t = this.translate(sid, addr, dir);
      if (!t.ok) return { ok: false, fault: t.fault, completed: done };
      try {
        if (out) out.set(this.mem.readBytes(t.pa, n), done);
        else this.mem.writeBytes(t.pa, bytes!.subarray(done, done + n));
      } catch (e) {
        if (!isMemoryFault(e)) throw e;
        return { ok: false, fault: { reason: 'EXTERNAL_ABORT', address: addr, recorded: false }, completed: done };
      }
      done += n;
    }
    return out ? { ok: true, bytes: out, completed: length } : { ok: true, completed: length };
  }
}

