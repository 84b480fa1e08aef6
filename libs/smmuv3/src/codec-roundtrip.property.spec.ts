import fc from 'fast-check';
import { decodeCommand, encodeCommand, SmmuCommand } from './command';
import { dwordFromBigInt, dwordToBigInt } from './dword';
import { decodeEvent, encodeEvent, eventRecord, EventType } from './event-record';
import { decodeL1Descriptor, encodeL1Descriptor } from './l1-stream-table-descriptor';
import { decodeSte, encodeSte } from './stream-table-entry';

const u = (bits: number) => fc.integer({ min: 0, max: 2 ** bits - 1 });
const addr = (msb: number, lsb: number) => u(msb - lsb + 1).map((v) => v * 2 ** lsb);
const bool = fc.boolean();

describe('codec round trips (property)', () => {
  it('STE: decode(encode(fields)) returns the fields', () => {
    const ste = fc.record({
      valid: bool,
      config: u(3),
      s1Fmt: u(2),
      s1ContextPtr: addr(51, 6),
      s1CdMax: u(5),
      s1Dss: u(2),
      s1Cir: u(2),
      s1Cor: u(2),
      s1Csh: u(2),
      s1Stalld: bool,
      eats: u(2),
      strw: u(2),
      shcfg: u(2),
      s2Vmid: u(16),
      s2T0sz: u(6),
      s2Sl0: u(2),
      s2Ir0: u(2),
      s2Or0: u(2),
      s2Sh0: u(2),
      s2Tg: u(2),
      s2Ps: u(3),
      s2Aa64: bool,
      s2Endi: bool,
      s2Affd: bool,
      s2Ptw: bool,
      s2Hd: bool,
      s2Ha: bool,
      s2S: bool,
      s2R: bool,
      s2Ttb: addr(51, 4),
    });
    fc.assert(
      fc.property(ste, (f) => {
        const d = encodeSte(f);
        expect(decodeSte(d)).toEqual({ ...f, tail: d.slice(4) });
        // Dword 2 holds VTCR[18:0] at [50:32] exactly as the fields say.
        const vtcr = Number((dwordToBigInt(d[2]) >> 32n) & 0x7_ffffn);
        expect(vtcr).toBe(f.s2T0sz | (f.s2Sl0 << 6) | (f.s2Ir0 << 8) | (f.s2Or0 << 10) | (f.s2Sh0 << 12) | (f.s2Tg << 14) | (f.s2Ps << 16));
      }),
      { numRuns: 200 },
    );
  });

  it('L1 descriptor round trip', () => {
    fc.assert(
      fc.property(u(5), addr(51, 6), (span, l2Ptr) => {
        expect(decodeL1Descriptor(encodeL1Descriptor({ span, l2Ptr }))).toEqual({ span, l2Ptr });
      }),
    );
  });

  it('commands: decode(encode(cmd)) returns the command', () => {
    const range = { num: u(5), scale: u(5), leaf: bool, ttl: u(2), tg: u(2) };
    const cmd: fc.Arbitrary<SmmuCommand> = fc.oneof(
      fc.record({ op: fc.constant('PREFETCH_CONFIG' as const), sid: u(32), ssec: bool, size: u(5), addr: addr(63, 12).filter((a) => a < 2 ** 53) }),
      fc.record({ op: fc.constant('CFGI_STE' as const), sid: u(32), leaf: bool, ssec: bool }),
      fc.record({ op: fc.constant('CFGI_STE_RANGE' as const), sid: u(32), range: u(5), ssec: bool }),
      fc.record({ op: fc.constant('TLBI_NH_ALL' as const), vmid: u(16) }),
      fc.record({ op: fc.constant('TLBI_S12_VMALL' as const), vmid: u(16) }),
      fc.record({ op: fc.constant('TLBI_S2_IPA' as const), vmid: u(16), addr: addr(51, 12), ...range }),
      fc.record({ op: fc.constant('TLBI_NH_VA' as const), vmid: u(16), asid: u(16), addr: addr(52, 12), ...range }),
      fc.record({ op: fc.constant('TLBI_NSNH_ALL' as const) }),
      fc.record({ op: fc.constant('CMD_SYNC' as const), cs: u(2), msh: u(2), msiAttr: u(4), msiData: u(32), msiAddr: addr(51, 2) }),
    );
    fc.assert(
      fc.property(cmd, (c) => {
        const [d0, d1] = encodeCommand(c);
        expect(decodeCommand(d0, d1)).toEqual(c);
        expect(Number(dwordToBigInt(d0) & 0xffn)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('event records: decode(encode(e)) returns e; raw dwords survive a bigint round trip', () => {
    const ev = fc.record({
      type: fc.constantFrom(EventType.F_TRANSLATION, EventType.F_PERMISSION, EventType.F_ACCESS, EventType.F_ADDR_SIZE),
      sid: u(32),
      ssv: bool,
      ssid: u(20),
      stag: u(16),
      stall: bool,
      pnu: bool,
      ind: bool,
      rnw: bool,
      s2: bool,
      eventClass: u(2),
      inputAddr: u(52),
      ipa: addr(51, 12),
    });
    fc.assert(
      fc.property(ev, (f) => {
        const e = eventRecord(f);
        const d = encodeEvent(e);
        expect(decodeEvent(d.map((x) => dwordFromBigInt(dwordToBigInt(x))))).toEqual(e);
      }),
      { numRuns: 200 },
    );
  });
});
