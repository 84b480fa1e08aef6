import { Dword, getAddress, getBit, getBits, setAddress, setBit, setBits, ZERO_DWORD, dwordFromNumber, dwordToNumber } from './dword';

/** Event record size: 32 bytes, 4 dwords (EVTQ_ENT_DWORDS). */
export const EVENT_SIZE = 32;

/** Event type codes, dword0 [7:0] (EVT_ID_*; PKVM.md §5.6). */
export const EventType = {
  F_UUT: 0x01,
  C_BAD_STREAMID: 0x02,
  F_STE_FETCH: 0x03,
  C_BAD_STE: 0x04,
  F_BAD_ATS_TREQ: 0x05,
  F_STREAM_DISABLED: 0x06,
  F_TRANSL_FORBIDDEN: 0x07,
  C_BAD_SUBSTREAMID: 0x08,
  F_CD_FETCH: 0x09,
  C_BAD_CD: 0x0a,
  F_WALK_EABT: 0x0b,
  F_TRANSLATION: 0x10,
  F_ADDR_SIZE: 0x11,
  F_ACCESS: 0x12,
  F_PERMISSION: 0x13,
  F_TLB_CONFLICT: 0x20,
  F_CFG_CONFLICT: 0x21,
  E_PAGE_REQUEST: 0x24,
} as const;

export type EventTypeName = keyof typeof EventType;

/** Event CLASS [d1 41:40]: which access faulted (spec): CD fetch, translation-table fetch, input address. */
export const EventClass = { CD: 0, TT: 1, IN: 2 } as const;

/** A decoded event record (EVTQ_0_* .. EVTQ_3_*). */
export interface EventRecord {
  readonly type: number; // 0.7:0
  readonly ssv: boolean; // 0.11
  readonly ssid: number; // 0.31:12
  readonly sid: number; // 0.63:32
  readonly stag: number; // 1.15:0
  readonly stall: boolean; // 1.31
  readonly pnu: boolean; // 1.33
  readonly ind: boolean; // 1.34
  readonly rnw: boolean; // 1.35
  readonly s2: boolean; // 1.39
  readonly eventClass: number; // 1.41:40
  readonly inputAddr: number; // 2.63:0 (exact below 2^53)
  readonly ipa: number; // 3.51:12 (translation, address size, access and permission faults)
  readonly fetchAddr: number; // 3.55:3 (F_STE_FETCH, F_CD_FETCH, F_WALK_EABT: the PA fetched)
}

/** Events whose dword3 is FetchAddr [55:3] rather than IPA [51:12] (§7.3.4, §7.3.12). */
export function eventHasFetchAddr(type: number): boolean {
  return type === EventType.F_STE_FETCH || type === EventType.F_CD_FETCH || type === EventType.F_WALK_EABT;
}

const NAME_BY_CODE = new Map<number, EventTypeName>(
  (Object.entries(EventType) as [EventTypeName, number][]).map(([n, c]) => [c, n]),
);

/** The name of an event type code, or `0x..` when unknown. */
export function eventTypeName(code: number): string {
  return NAME_BY_CODE.get(code) ?? `0x${code.toString(16).padStart(2, '0')}`;
}

/** A record with every field zero/false except those given. */
export function eventRecord(fields: Partial<EventRecord> & Pick<EventRecord, 'type' | 'sid'>): EventRecord {
  return {
    ssv: false,
    ssid: 0,
    stag: 0,
    stall: false,
    pnu: false,
    ind: false,
    rnw: false,
    s2: false,
    eventClass: 0,
    inputAddr: 0,
    ipa: 0,
    fetchAddr: 0,
    ...fields,
  };
}

export function encodeEvent(e: EventRecord): [Dword, Dword, Dword, Dword] {
  let d0 = setBits(ZERO_DWORD, 7, 0, e.type);
  d0 = setBit(d0, 11, e.ssv);
  d0 = setBits(d0, 31, 12, e.ssid);
  d0 = setBits(d0, 63, 32, e.sid);
  let d1 = setBits(ZERO_DWORD, 15, 0, e.stag);
  d1 = setBit(d1, 31, e.stall);
  d1 = setBit(d1, 33, e.pnu);
  d1 = setBit(d1, 34, e.ind);
  d1 = setBit(d1, 35, e.rnw);
  d1 = setBit(d1, 39, e.s2);
  d1 = setBits(d1, 41, 40, e.eventClass);
  const d2 = dwordFromNumber(e.inputAddr);
  const d3 = eventHasFetchAddr(e.type) ? setAddress(ZERO_DWORD, 55, 3, e.fetchAddr) : setAddress(ZERO_DWORD, 51, 12, e.ipa);
  return [d0, d1, d2, d3];
}

export function decodeEvent(d: readonly Dword[]): EventRecord {
  const [d0, d1, d2, d3] = d;
  return {
    type: getBits(d0, 7, 0),
    ssv: getBit(d0, 11),
    ssid: getBits(d0, 31, 12),
    sid: getBits(d0, 63, 32),
    stag: getBits(d1, 15, 0),
    stall: getBit(d1, 31),
    pnu: getBit(d1, 33),
    ind: getBit(d1, 34),
    rnw: getBit(d1, 35),
    s2: getBit(d1, 39),
    eventClass: getBits(d1, 41, 40),
    inputAddr: dwordToNumber(d2),
    ipa: eventHasFetchAddr(getBits(d0, 7, 0)) ? 0 : getAddress(d3, 51, 12),
    fetchAddr: eventHasFetchAddr(getBits(d0, 7, 0)) ? getAddress(d3, 55, 3) : 0,
  };
}
