import { dwordFromBigInt, dwordToBigInt } from './dword';
import { decodeEvent, encodeEvent, eventRecord, EventClass, EventType, eventTypeName } from './event-record';

describe('event records', () => {
  // F_TRANSLATION (0x10), SID 8 << 32; d1 RnW (bit 35 -> 0x8 << 32) | S2 (bit 39 -> 0x80 << 32) | CLASS IN 2 << 40 (0x200 << 32);
  // d2 input address 0x1234_5000; d3 IPA [51:12] in place.
  const vector = [0x0000_0008_0000_0010n, 0x0000_0288_0000_0000n, 0x1234_5000n, 0x1234_5000n];
  const record = eventRecord({
    type: EventType.F_TRANSLATION,
    sid: 8,
    rnw: true,
    s2: true,
    eventClass: EventClass.IN,
    inputAddr: 0x1234_5000,
    ipa: 0x1234_5000,
  });

  it('encodes a stage-2 read translation fault by hand', () => {
    expect(encodeEvent(record).map(dwordToBigInt)).toEqual(vector);
  });

  it('decodes the same vector', () => {
    expect(decodeEvent(vector.map(dwordFromBigInt))).toEqual(record);
  });

  it('encodes C_BAD_STREAMID with SSID/SSV and a wide input address', () => {
    // type 0x02 | SSV bit 11 (0x800) | SSID 5 << 12 (0x5000) | SID 0x1_0000 << 32; d1 STAG 0x77 | Stall bit 31;
    // d2 = 0xf_ffff_ffff_f000 (52 bits)
    const e = eventRecord({ type: EventType.C_BAD_STREAMID, sid: 0x1_0000, ssv: true, ssid: 5, stag: 0x77, stall: true, inputAddr: 0xf_ffff_ffff_f000 });
    expect(encodeEvent(e).map(dwordToBigInt)).toEqual([0x0001_0000_0000_5802n, 0x8000_0077n, 0xf_ffff_ffff_f000n, 0n]);
  });

  it('puts FetchAddr [55:3] in dword3 for F_WALK_EABT and F_STE_FETCH instead of the IPA', () => {
    // F_WALK_EABT (0x0b), SID 3; d1 RnW | S2 | CLASS IN = 0x288 << 32; d2 = 0x5000; d3 = FetchAddr 0x1_0000_0008 in place
    const e = eventRecord({ type: EventType.F_WALK_EABT, sid: 3, rnw: true, s2: true, eventClass: EventClass.IN, inputAddr: 0x5000, fetchAddr: 0x1_0000_0008 });
    const vector = [0x0000_0003_0000_000bn, 0x0000_0288_0000_0000n, 0x5000n, 0x1_0000_0008n];
    expect(encodeEvent(e).map(dwordToBigInt)).toEqual(vector);
    expect(decodeEvent(vector.map(dwordFromBigInt))).toEqual(e);
    // F_STE_FETCH (0x03): FetchAddr 0x4010_0240 -> dword3 = 0x4010_0240 (bits [2:0] dropped)
    expect(dwordToBigInt(encodeEvent(eventRecord({ type: EventType.F_STE_FETCH, sid: 9, fetchAddr: 0x4010_0247 }))[3])).toBe(0x4010_0240n);
  });

  it('names type codes', () => {
    expect(eventTypeName(0x13)).toBe('F_PERMISSION');
    expect(eventTypeName(0x12)).toBe('F_ACCESS');
    expect(eventTypeName(0x11)).toBe('F_ADDR_SIZE');
    expect(eventTypeName(0x04)).toBe('C_BAD_STE');
    expect(eventTypeName(0x7e)).toBe('0x7e');
  });
});
