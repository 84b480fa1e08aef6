import { encodeCommand, SmmuCommand } from '../command';
import type { Dword } from '../dword';
import { encodeL1Descriptor } from '../l1-stream-table-descriptor';
import { CR0, CR2, GBPA, SmmuReg, STRTAB_BASE_CFG } from '../smmu-registers';
import { encodeSte, SteConfig, STE_SHCFG_INCOMING, StreamTableEntry, STE_SIZE } from '../stream-table-entry';
import { queueInc, queueIndex } from './queue-pointer';
import type { SmmuMemory } from './smmu-memory';
import { SmmuV3Device } from './smmu-v3-device';

/**
 * Test fixture playing the host driver against a SmmuV3Device: programs queues and stream tables in memory,
 * submits commands. Addresses are the caller's; nothing here checks what the device does.
 */
export class DeviceTestBench {
  cmdqProd = 0;

  constructor(
    readonly smmu: SmmuV3Device,
    readonly mem: SmmuMemory,
    readonly layout: { strtab: number; cmdq: number; cmdqLog2: number; evtq: number; evtqLog2: number },
  ) {}

  /** Linear table of 2^log2 STEs (FMT 0). */
  useLinearTable(log2: number): void {
    this.smmu.write64(SmmuReg.STRTAB_BASE, this.layout.strtab, 0);
    this.smmu.write32(SmmuReg.STRTAB_BASE_CFG, (STRTAB_BASE_CFG.FMT_LINEAR << STRTAB_BASE_CFG.FMT_SHIFT) | log2);
  }

  /** Two-level table: LOG2SIZE, SPLIT 8 (FMT 1). */
  useTwoLevelTable(log2: number, split = 8): void {
    this.smmu.write64(SmmuReg.STRTAB_BASE, this.layout.strtab, 0);
    this.smmu.write32(
      SmmuReg.STRTAB_BASE_CFG,
      (STRTAB_BASE_CFG.FMT_2LVL << STRTAB_BASE_CFG.FMT_SHIFT) | (split << STRTAB_BASE_CFG.SPLIT_SHIFT) | log2,
    );
  }

  setL1(index: number, span: number, l2Ptr: number): void {
    const d = encodeL1Descriptor({ span, l2Ptr });
    this.mem.write64(this.layout.strtab + index * 8, d.lo, d.hi);
  }

  writeSteAt(addr: number, ste: Partial<StreamTableEntry>): void {
    encodeSte(ste).forEach((d: Dword, i: number) => this.mem.write64(addr + 8 * i, d.lo, d.hi));
  }

  /** Writes the STE of `sid` in a linear table. */
  writeLinearSte(sid: number, ste: Partial<StreamTableEntry>): void {
    this.writeSteAt(this.layout.strtab + sid * STE_SIZE, ste);
  }

  /** CR2 = RECINVSID|PTM as Linux's arm_smmu_device_reset, queues, then CR0 = SMMUEN|EVTQEN|CMDQEN. */
  enable(extraCr0 = 0): void {
    this.smmu.write32(SmmuReg.CR2, CR2.RECINVSID | CR2.PTM);
    this.smmu.write64(SmmuReg.CMDQ_BASE, this.layout.cmdq | this.layout.cmdqLog2, 0);
    this.smmu.write32(SmmuReg.CMDQ_PROD, 0);
    this.smmu.write32(SmmuReg.CMDQ_CONS, 0);
    this.smmu.write64(SmmuReg.EVTQ_BASE, this.layout.evtq | this.layout.evtqLog2, 0);
    this.smmu.write32(SmmuReg.EVTQ_PROD, 0);
    this.smmu.write32(SmmuReg.EVTQ_CONS, 0);
    this.smmu.write32(SmmuReg.CR0, CR0.SMMUEN | CR0.EVTQEN | CR0.CMDQEN | extraCr0);
  }

  setGbpa(value: number): void {
    this.smmu.write32(SmmuReg.GBPA, value | GBPA.UPDATE);
  }

  /** Writes raw command dwords at PROD and bumps PROD once per call. */
  submitRaw(cmds: [Dword, Dword][]): void {
    for (const [d0, d1] of cmds) {
      const addr = this.layout.cmdq + queueIndex(this.cmdqProd, this.layout.cmdqLog2) * 16;
      this.mem.write64(addr, d0.lo, d0.hi);
      this.mem.write64(addr + 8, d1.lo, d1.hi);
      this.cmdqProd = queueInc(this.cmdqProd, this.layout.cmdqLog2);
    }
    this.smmu.write32(SmmuReg.CMDQ_PROD, this.cmdqProd);
  }

  submit(...cmds: SmmuCommand[]): void {
    this.submitRaw(cmds.map(encodeCommand));
  }

  /** An S2-translating STE for a 48-bit IPA, L0 start, like pKVM's enable_dev. */
  static s2Ste(root: number, overrides: Partial<StreamTableEntry> = {}): Partial<StreamTableEntry> {
    return {
      valid: true,
      config: SteConfig.S2_TRANS,
      shcfg: STE_SHCFG_INCOMING,
      s2Vmid: 0,
      s2T0sz: 16,
      s2Sl0: 2,
      s2Ir0: 1,
      s2Or0: 1,
      s2Sh0: 3,
      s2Tg: 0,
      s2Ps: 5,
      s2Aa64: true,
      s2R: true,
      s2Ttb: root,
      ...overrides,
    };
  }
}

