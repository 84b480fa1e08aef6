import { isErrno } from '@pkvm/errno';
import { PhysicalMemory } from '@pkvm/phys-mem';
import { cfgiAll, CmdOp, tlbiS2Ipa } from '../command';
import { dword, dwordToBigInt } from '../dword';
import { EventClass, EventType } from '../event-record';
import { CMDQ_ERR, CR0, GBPA, GERROR, QUEUE, SmmuReg } from '../smmu-registers';
import { SteConfig } from '../stream-table-entry';
import { DeviceTestBench } from './device-test-bench';
import { drainEventQueue } from './event-queue-reader';
import { S2_DESC, S2_PAGE_RW, Stage2Fixture } from './stage2-fixture';
import { SmmuV3Device, SmmuIdValues } from './smmu-v3-device';

const RAM = 0x4000_0000;
/** qemu-virt-like IDRs: S1P|S2P|TTF AArch64|COHACC|ASID16|VMID16, SIDSIZE 16, EVTQS 8, CMDQS 8, RIL, OAS 48 + 4K/16K/64K. */
const IDR: SmmuIdValues = { idr0: 0x0144_101b, idr1: 0x0108_0010, idr3: 0x400, idr5: 0x75 };
const LAYOUT = { strtab: RAM + 0x10_0000, cmdq: RAM + 0x20_0000, cmdqLog2: 4, evtq: RAM + 0x21_0000, evtqLog2: 3 };
const ROOT = RAM + 0x30_0000;
const SID = 8;

function setup(idr: SmmuIdValues = IDR) {
  const mem = new PhysicalMemory({ ram: [{ base: RAM, size: 0x0400_0000 }], mmio: [{ base: 0x0900_0000, size: 0x0100_0000 }] });
  const commands: string[] = [];
  const smmu = new SmmuV3Device(mem, { idr, onCommand: (c) => commands.push(c.op) });
  const bench = new DeviceTestBench(smmu, mem, LAYOUT);
  let nextTable = ROOT + 0x1000;
  const s2 = new Stage2Fixture(mem, ROOT, 0, 48, () => {
    const t = nextTable;
    nextTable += 0x1000;
    return t;
  });
  return { mem, smmu, bench, s2, commands };
}

/** A linear-table SMMU with SID 8 translating through the hand-built tables at ROOT. */
function s2Setup(idr: SmmuIdValues = IDR) {
  const t = setup(idr);
  t.bench.useLinearTable(8);
  t.bench.writeLinearSte(SID, DeviceTestBench.s2Ste(ROOT));
  t.bench.enable();
  return t;
}

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('SmmuV3Device registers', () => {
  it('reports the ID registers and ignores writes to them', () => {
    const { smmu } = setup();
    smmu.write32(SmmuReg.IDR0, 0);
    expect(smmu.read32(SmmuReg.IDR0)).toBe(0x0144_101b);
    expect(smmu.read32(SmmuReg.IDR1)).toBe(0x0108_0010);
    expect(smmu.read32(SmmuReg.IDR3)).toBe(0x400);
    expect(smmu.read32(SmmuReg.IDR5)).toBe(0x75);
  });

  it('acknowledges CR0 in CR0ACK and IRQ_CTRL in IRQ_CTRLACK', () => {
    const { smmu } = setup();
    smmu.write32(SmmuReg.CR0, CR0.CMDQEN | CR0.EVTQEN);
    expect(smmu.read32(SmmuReg.CR0ACK)).toBe(0xc);
    smmu.write32(SmmuReg.CR0ACK, 0);
    expect(smmu.read32(SmmuReg.CR0ACK)).toBe(0xc);
    smmu.write32(SmmuReg.IRQ_CTRL, 0x5);
    expect(smmu.read32(SmmuReg.IRQ_CTRLACK)).toBe(0x5);
  });

  it('changes GBPA only on a write with UPDATE, which then reads back clear', () => {
    const { smmu } = setup();
    expect(smmu.read32(SmmuReg.GBPA)).toBe(0);
    smmu.write32(SmmuReg.GBPA, GBPA.ABORT);
    expect(smmu.read32(SmmuReg.GBPA)).toBe(0);
    smmu.write32(SmmuReg.GBPA, GBPA.ABORT | GBPA.UPDATE);
    expect(smmu.read32(SmmuReg.GBPA)).toBe(GBPA.ABORT);
  });

  it('keeps 64-bit registers whole, RA bit 62 included, and the event queue pointers on page 1', () => {
    const { smmu } = setup();
    smmu.write64(SmmuReg.STRTAB_BASE, 0x4010_0000, 0x4000_0000); // RA = bit 62 = bit 30 of the high word
    expect(dwordToBigInt(smmu.read64(SmmuReg.STRTAB_BASE))).toBe(0x4000_0000_4010_0000n);
    smmu.write32(0x10000 + 0xa8, 5);
    expect(smmu.read32(SmmuReg.EVTQ_PROD)).toBe(5);
    expect(smmu.read32(0xa8)).toBe(0); // not on page 0
  });

  it('ignores STRTAB_BASE writes while SMMUEN and CMDQ_BASE writes while CMDQEN', () => {
    const { smmu } = setup();
    smmu.write64(SmmuReg.STRTAB_BASE, 0x4010_0000, 0);
    smmu.write64(SmmuReg.CMDQ_BASE, 0x4020_0004, 0);
    smmu.write32(SmmuReg.CR0, CR0.SMMUEN | CR0.CMDQEN);
    smmu.write64(SmmuReg.STRTAB_BASE, 0x4090_0000, 0);
    smmu.write64(SmmuReg.CMDQ_BASE, 0x4090_0004, 0);
    expect(smmu.read64(SmmuReg.STRTAB_BASE).lo).toBe(0x4010_0000);
    expect(smmu.read64(SmmuReg.CMDQ_BASE).lo).toBe(0x4020_0004);
  });

  it('refuses unaligned and out-of-frame accesses with EINVAL', () => {
    const { smmu } = setup();
    expect(() => smmu.mmioRead(0x22, 4)).toThrow(/unaligned/);
    expect(() => smmu.mmioRead(0x84, 8)).toThrow(/unaligned/);
    try {
      smmu.mmioWrite(0x2_0000, 4, 0);
      throw new Error('accepted');
    } catch (e) {
      expect(isErrno(e, 'EINVAL')).toBe(true);
    }
  });
});

describe('SmmuV3Device global bypass', () => {
  it('with SMMUEN off, GBPA.ABORT aborts DMA silently and bypass passes it through untranslated', () => {
    const { smmu, bench, mem } = setup();
    mem.writeBytes(RAM + 0x5000, bytes(1, 2, 3));
    expect(smmu.dma(SID, RAM + 0x5000, 3, 'read')).toMatchObject({ ok: true, bytes: bytes(1, 2, 3) });
    bench.setGbpa(GBPA.ABORT);
    const r = smmu.dma(SID, RAM + 0x5000, 3, 'read');
    expect(r.ok).toBe(false);
    expect(r.fault).toEqual({ reason: 'GBPA_ABORT', address: RAM + 0x5000, recorded: false });
  });
});

describe('SmmuV3Device stream tables', () => {
  it('linear: SID beyond LOG2SIZE is C_BAD_STREAMID, in the event queue', () => {
    const { smmu, bench, mem } = setup();
    bench.useLinearTable(4); // 16 STEs
    bench.enable();
    const r = smmu.dma(16, 0x1000, 4, 'read');
    expect(r.fault?.reason).toBe('C_BAD_STREAMID');
    const { events } = drainEventQueue(smmu, mem);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: EventType.C_BAD_STREAMID, sid: 16 });
  });

  it('records C_BAD_STREAMID only when CR2.RECINVSID is set', () => {
    const { smmu, bench, mem } = setup();
    bench.useLinearTable(4);
    bench.enable();
    smmu.write32(SmmuReg.CR2, 0x4); // PTM only, as pKVM's EL2 driver writes it
    expect(smmu.dma(16, 0x1000, 4, 'read').fault).toMatchObject({ reason: 'C_BAD_STREAMID', recorded: false });
    expect(drainEventQueue(smmu, mem).events).toEqual([]);
  });

  it('an STE fetch that reaches no memory is F_STE_FETCH with the FetchAddr', () => {
    const { smmu, bench, mem } = setup();
    bench.enable();
    smmu.write32(SmmuReg.CR0, 0); // STRTAB_BASE is only writable while SMMUEN = 0
    smmu.write64(SmmuReg.STRTAB_BASE, 0x2000_0000, 0); // no RAM or MMIO there
    smmu.write32(SmmuReg.STRTAB_BASE_CFG, 8);
    smmu.write32(SmmuReg.CR0, CR0.SMMUEN | CR0.EVTQEN | CR0.CMDQEN);
    expect(smmu.dma(3, RAM, 1, 'read').fault?.reason).toBe('F_STE_FETCH');
    expect(drainEventQueue(smmu, mem).events[0]).toMatchObject({ type: EventType.F_STE_FETCH, sid: 3, fetchAddr: 0x2000_00c0 });
  });

  it('linear: a bypass STE passes DMA through, V = 0 is C_BAD_STE, abort and reserved configs abort without an event', () => {
    const { smmu, bench, mem } = setup();
    bench.useLinearTable(8);
    bench.writeLinearSte(1, { valid: true, config: SteConfig.BYPASS });
    bench.writeLinearSte(2, { valid: false, config: SteConfig.BYPASS });
    bench.writeLinearSte(3, { valid: true, config: SteConfig.ABORT });
    bench.writeLinearSte(4, { valid: true, config: 0b010 }); // reserved
    bench.enable();
    mem.writeBytes(RAM + 0x7000, bytes(9, 8));
    expect(smmu.dma(1, RAM + 0x7000, 2, 'read').bytes).toEqual(bytes(9, 8));
    expect(smmu.dma(2, RAM + 0x7000, 2, 'read').fault?.reason).toBe('C_BAD_STE');
    expect(smmu.dma(3, RAM + 0x7000, 2, 'read').fault).toEqual({ reason: 'STE_ABORT', address: RAM + 0x7000, recorded: false });
    expect(smmu.dma(4, RAM + 0x7000, 2, 'read').fault?.reason).toBe('STE_ABORT'); // 0b0xx behaves as 0b000
    expect(drainEventQueue(smmu, mem).events.map((e) => [e.type, e.sid])).toEqual([[EventType.C_BAD_STE, 2]]);
  });

  it('two-level: L1 index sid >> 8, L2 index sid & 0xff; SPAN 0 and an index beyond SPAN are C_BAD_STREAMID', () => {
    const { smmu, bench, mem } = setup();
    bench.useTwoLevelTable(16);
    const l2 = RAM + 0x40_0000;
    bench.setL1(0x81, 9, l2); // SIDs 0x8100..0x81ff
    bench.writeSteAt(l2 + 0x05 * 64, { valid: true, config: SteConfig.BYPASS });
    bench.setL1(0x82, 2, RAM + 0x41_0000); // SPAN 2: 2 STEs
    bench.writeSteAt(RAM + 0x41_0000 + 64, { valid: true, config: SteConfig.BYPASS });
    bench.enable();
    mem.writeBytes(RAM + 0x9000, bytes(7));
    expect(smmu.dma(0x8105, RAM + 0x9000, 1, 'read').bytes).toEqual(bytes(7));
    expect(smmu.dma(0x8201, RAM + 0x9000, 1, 'read').ok).toBe(true);
    expect(smmu.dma(0x8202, RAM + 0x9000, 1, 'read').fault?.reason).toBe('C_BAD_STREAMID'); // beyond SPAN 2
    expect(smmu.dma(0x8305, RAM + 0x9000, 1, 'read').fault?.reason).toBe('C_BAD_STREAMID'); // SPAN 0
    expect(smmu.dma(0x8106, RAM + 0x9000, 1, 'read').fault?.reason).toBe('C_BAD_STE'); // in span, V = 0
    bench.setL1(0x83, 10, RAM + 0x42_0000); // SPAN 10 > SPLIT + 1
    expect(smmu.dma(0x8300, RAM + 0x9000, 1, 'read').fault?.reason).toBe('C_BAD_STREAMID');
    expect(drainEventQueue(smmu, mem).events.map((e) => [e.type, e.sid])).toEqual([
      [EventType.C_BAD_STREAMID, 0x8202],
      [EventType.C_BAD_STREAMID, 0x8305],
      [EventType.C_BAD_STE, 0x8106],
      [EventType.C_BAD_STREAMID, 0x8300],
    ]);
  });

  it('an STE rewritten in memory keeps serving from the config cache until CFGI_STE + CMD_SYNC', () => {
    const { smmu, bench } = setup();
    bench.useLinearTable(8);
    bench.writeLinearSte(5, { valid: true, config: SteConfig.BYPASS });
    bench.enable();
    expect(smmu.dma(5, RAM, 4, 'read').ok).toBe(true);
    bench.writeLinearSte(5, { valid: true, config: SteConfig.ABORT });
    expect(smmu.dma(5, RAM, 4, 'read').ok).toBe(true); // stale config
    bench.submit({ op: 'CFGI_STE', sid: 5, leaf: true });
    expect(smmu.dma(5, RAM, 4, 'read').ok).toBe(true); // not complete before the SYNC
    bench.submit({ op: 'CMD_SYNC', cs: 0 });
    expect(smmu.dma(5, RAM, 4, 'read').fault?.reason).toBe('STE_ABORT');
  });
});

describe('SmmuV3Device command queue', () => {
  it('consumes known commands up to PROD and reports them in order', () => {
    const { bench, smmu, commands } = setup();
    bench.enable();
    bench.submit(
      { op: 'PREFETCH_CONFIG', sid: 1 },
      { op: 'CFGI_STE', sid: 1, leaf: true },
      cfgiAll(),
      tlbiS2Ipa(0, 0x1000),
      { op: 'TLBI_S2_IPA', vmid: 0, addr: 0x10_0000, num: 3, scale: 1, tg: 1, ttl: 0, leaf: true },
      { op: 'TLBI_S12_VMALL', vmid: 0 },
      { op: 'TLBI_NH_ALL', vmid: 0 },
      { op: 'TLBI_NSNH_ALL' },
      { op: 'CMD_SYNC', cs: 0 },
    );
    expect(commands).toEqual([
      'PREFETCH_CONFIG',
      'CFGI_STE',
      'CFGI_STE_RANGE',
      'TLBI_S2_IPA',
      'TLBI_S2_IPA',
      'TLBI_S12_VMALL',
      'TLBI_NH_ALL',
      'TLBI_NSNH_ALL',
      'CMD_SYNC',
    ]);
    expect(smmu.read32(SmmuReg.CMDQ_CONS)).toBe(9);
    expect(smmu.activeGlobalErrors()).toBe(0);
    expect(smmu.pendingInvalidations).toBe(0);
  });

  it('an unknown opcode stops the queue with CONS.ERR = ILL and GERROR.CMDQ_ERR; acknowledging resumes it', () => {
    const { bench, smmu, commands } = setup();
    bench.enable();
    bench.submitRaw([
      [dword(CmdOp.CMD_SYNC), dword(0)],
      [dword(0x7f), dword(0)], // no such opcode
      [dword(CmdOp.TLBI_NSNH_ALL), dword(0)],
    ]);
    const cons = smmu.read32(SmmuReg.CMDQ_CONS);
    expect(cons & 0xff).toBe(1); // stopped on the bad command
    expect((cons & QUEUE.CONS_ERR_MASK) >>> QUEUE.CONS_ERR_SHIFT).toBe(CMDQ_ERR.ILL);
    expect(smmu.activeGlobalErrors() & GERROR.CMDQ_ERR).toBe(GERROR.CMDQ_ERR);
    expect(commands).toEqual(['CMD_SYNC', 'UNKNOWN']);
    // The driver replaces the bad command with a CMD_SYNC and acknowledges (arm_smmu_cmdq_skip_err).
    bench.mem.write64(LAYOUT.cmdq + 16, CmdOp.CMD_SYNC, 0);
    smmu.write32(SmmuReg.GERRORN, smmu.read32(SmmuReg.GERROR));
    expect(smmu.activeGlobalErrors()).toBe(0);
    expect(smmu.read32(SmmuReg.CMDQ_CONS) & 0xff).toBe(3);
    expect(commands).toEqual(['CMD_SYNC', 'UNKNOWN', 'CMD_SYNC', 'TLBI_NSNH_ALL']);
  });

  it('commands wait while CMDQEN is clear and run when it is set', () => {
    const { bench, smmu, commands } = setup();
    bench.enable();
    smmu.write32(SmmuReg.CR0, CR0.SMMUEN);
    bench.submit({ op: 'CMD_SYNC', cs: 0 });
    expect(commands).toEqual([]);
    smmu.write32(SmmuReg.CR0, CR0.SMMUEN | CR0.CMDQEN);
    expect(commands).toEqual(['CMD_SYNC']);
  });

  it('TLBI_EL2_ALL is illegal without IDR0.HYP', () => {
    const { bench, smmu } = setup();
    bench.enable();
    bench.submit({ op: 'TLBI_EL2_ALL' });
    expect((smmu.read32(SmmuReg.CMDQ_CONS) & QUEUE.CONS_ERR_MASK) >>> QUEUE.CONS_ERR_SHIFT).toBe(CMDQ_ERR.ILL);
  });

  it('CMD_SYNC with CS = IRQ writes MSIData to MSIAddr', () => {
    const { bench, mem } = setup();
    bench.enable();
    bench.submit({ op: 'CMD_SYNC', cs: 1, msiAddr: RAM + 0x8000, msiData: 0xcafe_f00d });
    expect(mem.read32(RAM + 0x8000)).toBe(0xcafe_f00d);
  });
});

describe('SmmuV3Device DMA through stage 2', () => {
  const IOVA = 0x1234_5000;
  const PA1 = RAM + 0x100_0000;
  const PA2 = RAM + 0x100_1000;

  it('a DMA write then read of the same physical page returns the bytes, which really are in memory', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapPage(IOVA, PA1);
    const data = bytes(0xde, 0xad, 0xbe, 0xef);
    expect(smmu.dma(SID, IOVA + 0x10, 4, 'write', data)).toEqual({ ok: true, completed: 4 });
    expect(mem.readBytes(PA1 + 0x10, 4)).toEqual(data);
    expect(smmu.dma(SID, IOVA + 0x10, 4, 'read')).toEqual({ ok: true, bytes: data, completed: 4 });
  });

  it('translates a 2 MiB level-2 block and crosses pages in one DMA', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapBlock(2, 0x4000_0000, RAM + 0x20_0000);
    const data = new Uint8Array(0x2000).map((_, i) => i & 0xff);
    expect(smmu.dma(SID, 0x4000_0800 + 0x1000, 0x2000, 'write', data).ok).toBe(true);
    expect(mem.readBytes(RAM + 0x20_1800, 0x2000)).toEqual(data);
    expect(smmu.iotlb.entries()).toEqual([
      { vmid: 0, level: 2, ipaBase: 0x4000_0000, paBase: RAM + 0x20_0000, size: 0x20_0000, read: true, write: true },
    ]);
  });

  it('writes F_TRANSLATION and F_PERMISSION to the event queue with S2, RnW, CLASS and addresses', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapPage(IOVA, PA1, S2_PAGE_RW & ~S2_DESC.S2AP_W); // read-only
    const t = smmu.dma(SID, IOVA + 0x2000 + 0x44, 8, 'read'); // unmapped page
    expect(t).toMatchObject({ ok: false, completed: 0, fault: { reason: 'F_TRANSLATION', recorded: true } });
    const p = smmu.dma(SID, IOVA + 0x10, 2, 'write', bytes(1, 2));
    expect(p).toMatchObject({ ok: false, fault: { reason: 'F_PERMISSION', recorded: true } });
    expect(mem.readBytes(PA1 + 0x10, 2)).toEqual(bytes(0, 0)); // nothing landed
    const { events } = drainEventQueue(smmu, mem);
    expect(events).toEqual([
      expect.objectContaining({
        type: 0x10, // F_TRANSLATION
        sid: SID,
        rnw: true,
        s2: true,
        eventClass: EventClass.IN,
        inputAddr: IOVA + 0x2044,
        ipa: IOVA + 0x2000,
      }),
      expect.objectContaining({
        type: 0x13, // F_PERMISSION
        sid: SID,
        rnw: false,
        s2: true,
        eventClass: EventClass.IN,
        inputAddr: IOVA + 0x10,
        ipa: IOVA,
      }),
    ]);
  });

  it('AF = 0 is F_ACCESS, or no fault with S2AFFD; an output beyond S2PS is F_ADDR_SIZE', () => {
    const { smmu, s2, bench, mem } = s2Setup();
    s2.mapPage(IOVA, PA1, S2_PAGE_RW & ~S2_DESC.AF);
    s2.mapPage(IOVA + 0x1000, 0x1_0000_0000); // 4 GiB: beyond a 32-bit PS
    expect(smmu.dma(SID, IOVA, 1, 'read').fault?.reason).toBe('F_ACCESS');
    bench.writeLinearSte(SID, DeviceTestBench.s2Ste(ROOT, { s2Affd: true, s2Ps: 0 }));
    bench.submit({ op: 'CFGI_STE', sid: SID, leaf: true }, { op: 'CMD_SYNC', cs: 0 });
    expect(smmu.dma(SID, IOVA, 1, 'read').ok).toBe(true);
    expect(smmu.dma(SID, IOVA + 0x1000, 1, 'read').fault?.reason).toBe('F_ADDR_SIZE');
    expect(drainEventQueue(smmu, mem).events.map((e) => e.type)).toEqual([EventType.F_ACCESS, EventType.F_ADDR_SIZE]);
  });

  it('a descriptor fetch that reaches no memory is F_WALK_EABT with the FetchAddr', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapPage(IOVA, PA1);
    // Point the level-1 entry for IOVA at a table in no memory: L1 table is the first table the fixture made.
    const l1 = ROOT + 0x1000;
    mem.write64(l1 + 0 * 8, 0x2000_0003, 0);
    const r = smmu.dma(SID, IOVA, 1, 'read');
    expect(r.fault?.reason).toBe('F_WALK_EABT');
    // IOVA 0x1234_5000: level-2 index = bits [29:21] = 0x91 -> 0x2000_0000 + 0x91 * 8
    expect(drainEventQueue(smmu, mem).events[0]).toMatchObject({ type: 0x0b, s2: true, inputAddr: IOVA, fetchAddr: 0x2000_0488 });
  });

  it('an input address beyond IAS (stage 1 bypassed) is a stage-1 F_ADDR_SIZE; bypass beyond OAS too', () => {
    const { smmu, bench, mem } = s2Setup();
    bench.writeLinearSte(1, { valid: true, config: SteConfig.BYPASS });
    expect(smmu.dma(SID, 2 ** 48, 1, 'read').fault?.reason).toBe('F_ADDR_SIZE');
    expect(smmu.dma(1, 2 ** 48 + 0x1000, 1, 'write', bytes(1)).fault?.reason).toBe('F_ADDR_SIZE');
    expect(drainEventQueue(smmu, mem).events).toEqual([
      expect.objectContaining({ type: EventType.F_ADDR_SIZE, sid: SID, s2: false, eventClass: EventClass.IN, rnw: true, inputAddr: 2 ** 48 }),
      expect.objectContaining({ type: EventType.F_ADDR_SIZE, sid: 1, s2: false, rnw: false, inputAddr: 2 ** 48 + 0x1000 }),
    ]);
  });

  it('S2R = 0 terminates stage-2 faults without recording them', () => {
    const { smmu, bench, mem } = setup();
    bench.useLinearTable(8);
    bench.writeLinearSte(SID, DeviceTestBench.s2Ste(ROOT, { s2R: false }));
    bench.enable();
    expect(smmu.dma(SID, IOVA, 1, 'read').fault).toMatchObject({ reason: 'F_TRANSLATION', recorded: false });
    expect(drainEventQueue(smmu, mem).events).toEqual([]);
  });

  it('a stage-2 STE with S2S = 0 is C_BAD_STE when IDR0.STALL_MODEL forces stalls', () => {
    const { smmu, bench } = setup({ ...IDR, idr0: (IDR.idr0 & ~(3 << 24)) | (2 << 24) });
    bench.useLinearTable(8);
    bench.writeLinearSte(SID, DeviceTestBench.s2Ste(ROOT));
    bench.writeLinearSte(SID + 1, DeviceTestBench.s2Ste(ROOT, { s2S: true }));
    bench.enable();
    expect(smmu.dma(SID, 0x1000, 1, 'read').fault?.reason).toBe('C_BAD_STE');
    expect(smmu.dma(SID + 1, 0x1000, 1, 'read').fault?.reason).toBe('F_TRANSLATION');
  });

  it('an STE whose S2SL0 does not fit S2T0SZ is C_BAD_STE', () => {
    const { smmu, bench } = setup();
    bench.useLinearTable(8);
    bench.writeLinearSte(SID, DeviceTestBench.s2Ste(ROOT, { s2T0sz: 32, s2Sl0: 2 })); // 32-bit IPA from L0
    bench.enable();
    expect(smmu.dma(SID, 0x1000, 1, 'read').fault?.reason).toBe('C_BAD_STE');
  });

  it('a stale IOTLB entry keeps serving until TLBI_S2_IPA is completed by CMD_SYNC', () => {
    const { smmu, s2, bench, mem } = s2Setup();
    mem.writeBytes(PA1, bytes(0x11));
    mem.writeBytes(PA2, bytes(0x22));
    s2.mapPage(IOVA, PA1);
    expect(smmu.dma(SID, IOVA, 1, 'read').bytes).toEqual(bytes(0x11));
    s2.mapPage(IOVA, PA2); // remap in memory, no invalidation yet
    expect(smmu.dma(SID, IOVA, 1, 'read').bytes).toEqual(bytes(0x11));
    bench.submit(tlbiS2Ipa(0, IOVA));
    expect(smmu.dma(SID, IOVA, 1, 'read').bytes).toEqual(bytes(0x11)); // TLBI not complete without a SYNC
    bench.submit({ op: 'CMD_SYNC', cs: 2 });
    expect(smmu.dma(SID, IOVA, 1, 'read').bytes).toEqual(bytes(0x22));
    // An unmap is also invisible until its TLBI: the stale entry still reaches PA2.
    s2.clearPage(IOVA);
    expect(smmu.dma(SID, IOVA, 1, 'read').ok).toBe(true);
    bench.submit(tlbiS2Ipa(0, IOVA), { op: 'CMD_SYNC', cs: 0 });
    expect(smmu.dma(SID, IOVA, 1, 'read').fault?.reason).toBe('F_TRANSLATION');
  });

  it('a TLBI for another VMID or page leaves the entry', () => {
    const { smmu, s2, bench } = s2Setup();
    s2.mapPage(IOVA, PA1);
    smmu.dma(SID, IOVA, 1, 'read');
    bench.submit(tlbiS2Ipa(1, IOVA), tlbiS2Ipa(0, IOVA + 0x1000), { op: 'TLBI_NH_ALL', vmid: 0 }, { op: 'CMD_SYNC', cs: 0 });
    expect(smmu.iotlb.size).toBe(1);
    bench.submit({ op: 'TLBI_S12_VMALL', vmid: 0 }, { op: 'CMD_SYNC', cs: 0 });
    expect(smmu.iotlb.size).toBe(0);
  });

  it.each([
    ['with IDR3.RIL the range covers (NUM + 1) * 2^SCALE pages', 0x400, 0],
    ['without IDR3.RIL the range fields are ignored: one address', 0, 3],
  ])('range TLBI_S2_IPA %s', (_label, idr3, left) => {
    const { smmu, s2, bench } = s2Setup({ ...IDR, idr3 });
    for (let i = 0; i < 4; i++) {
      s2.mapPage(IOVA + i * 0x1000, PA1 + i * 0x1000);
      smmu.dma(SID, IOVA + i * 0x1000, 1, 'read');
    }
    expect(smmu.iotlb.size).toBe(4);
    // NUM 1, SCALE 1, TG 4 KiB: (1 + 1) * 2 = 4 pages
    bench.submit({ op: 'TLBI_S2_IPA', vmid: 0, addr: IOVA, num: 1, scale: 1, tg: 1, ttl: 3, leaf: true }, { op: 'CMD_SYNC', cs: 0 });
    expect(smmu.iotlb.size).toBe(left);
  });

  it('TLBI_NSNH_ALL + CMD_SYNC empties the IOTLB', () => {
    const { smmu, s2, bench } = s2Setup();
    s2.mapPage(IOVA, PA1);
    smmu.dma(SID, IOVA, 1, 'read');
    bench.submit({ op: 'TLBI_NSNH_ALL' });
    expect(smmu.iotlb.size).toBe(1);
    bench.submit({ op: 'CMD_SYNC', cs: 0 });
    expect(smmu.iotlb.size).toBe(0);
  });

  it('a probe translates without filling the IOTLB or writing events', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapPage(IOVA, PA1);
    expect(smmu.translate(SID, IOVA + 4, 'read', true)).toEqual({ ok: true, pa: PA1 + 4 });
    expect(smmu.translate(SID, IOVA + 0x1000, 'read', true)).toMatchObject({ ok: false, fault: { reason: 'F_TRANSLATION', recorded: false } });
    expect(smmu.iotlb.size).toBe(0);
    expect(drainEventQueue(smmu, mem).events).toEqual([]);
  });

  it('stops a multi-page DMA at the first faulting page, keeping the pages before it', () => {
    const { smmu, s2, mem } = s2Setup();
    s2.mapPage(IOVA, PA1);
    const data = new Uint8Array(0x1800).fill(0x5a);
    const r = smmu.dma(SID, IOVA + 0x800, 0x1800, 'write', data);
    expect(r).toMatchObject({ ok: false, completed: 0x800, fault: { reason: 'F_TRANSLATION', address: IOVA + 0x1000 } });
    expect(mem.readBytes(PA1 + 0x800, 0x800).every((b) => b === 0x5a)).toBe(true);
  });
});

describe('SmmuV3Device event queue', () => {
  it('a full queue loses records and sets PROD.OVFLG until the driver acknowledges it', () => {
    const { smmu, bench, mem } = setup();
    bench.layout.evtqLog2 = 1; // 2 records
    bench.useLinearTable(2);
    bench.enable();
    for (let sid = 10; sid < 13; sid++) smmu.dma(sid, 0, 1, 'read'); // C_BAD_STREAMID x3
    expect((smmu.read32(SmmuReg.EVTQ_PROD) & QUEUE.OVERFLOW_FLAG) >>> 0).toBe(QUEUE.OVERFLOW_FLAG);
    const drained = drainEventQueue(smmu, mem);
    expect(drained.overflowed).toBe(true);
    expect(drained.events.map((e) => e.sid)).toEqual([10, 11]);
    expect(smmu.stats.eventsLost).toBe(1);
    smmu.dma(13, 0, 1, 'read');
    const next = drainEventQueue(smmu, mem);
    expect(next.overflowed).toBe(false);
    expect(next.events.map((e) => e.sid)).toEqual([13]);
  });

  it('records nothing while EVTQEN is clear', () => {
    const { smmu, bench, mem } = setup();
    bench.useLinearTable(2);
    bench.enable();
    smmu.write32(SmmuReg.CR0, CR0.SMMUEN | CR0.CMDQEN);
    expect(smmu.dma(9, 0, 1, 'read').fault).toMatchObject({ reason: 'C_BAD_STREAMID', recorded: false });
    expect(smmu.read32(SmmuReg.EVTQ_PROD)).toBe(0);
    expect(mem.read32(LAYOUT.evtq)).toBe(0);
  });
});
