import { Dword, getAddress, getBit, getBits, setAddress, setBit, setBits, ZERO_DWORD } from './dword';

/** Command size: 16 bytes, 2 dwords (CMDQ_ENT_DWORDS). */
export const CMD_SIZE = 16;

/** Command opcodes, dword0 [7:0] (CMDQ_OP_*; PKVM.md §5.5). */
export const CmdOp = {
  PREFETCH_CONFIG: 0x01,
  CFGI_STE: 0x03,
  CFGI_STE_RANGE: 0x04,
  CFGI_CD: 0x05,
  CFGI_CD_ALL: 0x06,
  TLBI_NH_ALL: 0x10,
  TLBI_NH_ASID: 0x11,
  TLBI_NH_VA: 0x12,
  TLBI_NH_VAA: 0x13,
  TLBI_EL2_ALL: 0x20,
  TLBI_EL2_ASID: 0x21,
  TLBI_EL2_VA: 0x22,
  TLBI_EL2_VAA: 0x23,
  TLBI_S12_VMALL: 0x28,
  TLBI_S2_IPA: 0x2a,
  TLBI_NSNH_ALL: 0x30,
  ATC_INV: 0x40,
  PRI_RESP: 0x41,
  RESUME: 0x44,
  CMD_SYNC: 0x46,
} as const;

export type CmdOpName = keyof typeof CmdOp;

/** CFGI_STE_RANGE with Range = 31 invalidates every STE (CFGI_ALL). */
export const CFGI_ALL_RANGE = 31;

/** CMD_SYNC.CS [13:12] (CMDQ_SYNC_0_CS_*). */
export const SyncCs = { NONE: 0, IRQ: 1, SEV: 2 } as const;

/** TLBI TG [11:10]: 0 = no range, 1 = 4 KiB, 2 = 16 KiB, 3 = 64 KiB. */
export const TLBI_TG_GRANULE: readonly number[] = [0, 0x1000, 0x4000, 0x1_0000];

/** Range fields of TLBI_*_VA / TLBI_S2_IPA (CMDQ_TLBI_0_NUM/SCALE, CMDQ_TLBI_1_LEAF/TTL/TG). */
export interface TlbiRange {
  /** NUM [16:12]. */
  readonly num: number;
  /** SCALE [24:20]. */
  readonly scale: number;
  /** Leaf [d1 0]: only leaf entries (walk caches kept). */
  readonly leaf: boolean;
  /** TTL [9:8]: level hint. */
  readonly ttl: number;
  /** TG [11:10]: 0 = single address. */
  readonly tg: number;
}

export type SmmuCommand =
  | { readonly op: 'PREFETCH_CONFIG'; readonly sid: number; readonly ssec?: boolean; readonly size?: number; readonly addr?: number }
  | { readonly op: 'CFGI_STE'; readonly sid: number; readonly leaf: boolean; readonly ssec?: boolean }
  | { readonly op: 'CFGI_STE_RANGE'; readonly sid: number; readonly range: number; readonly ssec?: boolean }
  | { readonly op: 'CFGI_CD'; readonly sid: number; readonly ssid: number; readonly leaf: boolean }
  | { readonly op: 'CFGI_CD_ALL'; readonly sid: number }
  | { readonly op: 'TLBI_NH_ALL'; readonly vmid: number }
  | { readonly op: 'TLBI_NH_ASID'; readonly vmid: number; readonly asid: number }
  | ({ readonly op: 'TLBI_NH_VA'; readonly vmid: number; readonly asid: number; readonly addr: number } & TlbiRange)
  | ({ readonly op: 'TLBI_NH_VAA'; readonly vmid: number; readonly addr: number } & TlbiRange)
  | { readonly op: 'TLBI_EL2_ALL' }
  | { readonly op: 'TLBI_EL2_ASID'; readonly asid: number }
  | ({ readonly op: 'TLBI_EL2_VA'; readonly asid: number; readonly addr: number } & TlbiRange)
  | ({ readonly op: 'TLBI_EL2_VAA'; readonly addr: number } & TlbiRange)
  | { readonly op: 'TLBI_S12_VMALL'; readonly vmid: number }
  | ({ readonly op: 'TLBI_S2_IPA'; readonly vmid: number; readonly addr: number } & TlbiRange)
  | { readonly op: 'TLBI_NSNH_ALL' }
  | { readonly op: 'ATC_INV'; readonly sid: number; readonly ssid: number; readonly ssv: boolean; readonly global: boolean; readonly size: number; readonly addr: number }
  | { readonly op: 'PRI_RESP'; readonly sid: number; readonly ssid: number; readonly ssv: boolean; readonly grpid: number; readonly resp: number }
  | { readonly op: 'RESUME'; readonly sid: number; readonly resp: number; readonly stag: number }
  | {
      readonly op: 'CMD_SYNC';
      readonly cs: number;
      readonly msh?: number;
      readonly msiAttr?: number;
      readonly msiData?: number;
      readonly msiAddr?: number;
    };

/** A decoded command whose opcode the twin does not know: the SMMU stops its queue with CERROR_ILL. */
export interface UnknownCommand {
  readonly op: 'UNKNOWN';
  readonly opcode: number;
}

export type DecodedCommand = SmmuCommand | UnknownCommand;

const NAME_BY_OPCODE = new Map<number, CmdOpName>((Object.entries(CmdOp) as [CmdOpName, number][]).map(([n, c]) => [c, n]));

/** The command name of an opcode, or undefined. */
export function cmdOpName(opcode: number): CmdOpName | undefined {
  return NAME_BY_OPCODE.get(opcode);
}

/** CFGI_ALL: CFGI_STE_RANGE with Range = 31 (arm_smmu_cmdq_build_cmd, CMDQ_OP_CFGI_ALL). */
export function cfgiAll(): SmmuCommand {
  return { op: 'CFGI_STE_RANGE', sid: 0, range: CFGI_ALL_RANGE };
}

/** TLBI_S2_IPA of one address (TG = 0, no range). */
export function tlbiS2Ipa(vmid: number, addr: number, leaf = true): SmmuCommand {
  return { op: 'TLBI_S2_IPA', vmid, addr, leaf, num: 0, scale: 0, ttl: 0, tg: 0 };
}

/** Bytes covered by a range TLBI: (NUM + 1) * 2^SCALE * granule; one granule-less address when TG = 0. */
export function tlbiRangeBytes(r: TlbiRange): number {
  return r.tg === 0 ? 0 : (r.num + 1) * 2 ** r.scale * TLBI_TG_GRANULE[r.tg];
}

function withTlbiRange(d0: Dword, d1: Dword, r: TlbiRange): [Dword, Dword] {
  d0 = setBits(d0, 16, 12, r.num);
  d0 = setBits(d0, 24, 20, r.scale);
  d1 = setBit(d1, 0, r.leaf);
  d1 = setBits(d1, 9, 8, r.ttl);
  d1 = setBits(d1, 11, 10, r.tg);
  return [d0, d1];
}

function readTlbiRange(d0: Dword, d1: Dword): TlbiRange {
  return {
    num: getBits(d0, 16, 12),
    scale: getBits(d0, 24, 20),
    leaf: getBit(d1, 0),
    ttl: getBits(d1, 9, 8),
    tg: getBits(d1, 11, 10),
  };
}

/** Encodes a command into its two dwords (arm_smmu_cmdq_build_cmd). */
export function encodeCommand(cmd: SmmuCommand): [Dword, Dword] {
  let d0 = setBits(ZERO_DWORD, 7, 0, CmdOp[cmd.op]);
  let d1 = ZERO_DWORD;
  switch (cmd.op) {
    case 'PREFETCH_CONFIG':
      d0 = setBit(setBits(d0, 63, 32, cmd.sid), 10, cmd.ssec ?? false);
      d1 = setAddress(setBits(d1, 4, 0, cmd.size ?? 0), 63, 12, cmd.addr ?? 0);
      break;
    case 'CFGI_STE':
      d0 = setBit(setBits(d0, 63, 32, cmd.sid), 10, cmd.ssec ?? false);
      d1 = setBit(d1, 0, cmd.leaf);
      break;
    case 'CFGI_STE_RANGE':
      d0 = setBit(setBits(d0, 63, 32, cmd.sid), 10, cmd.ssec ?? false);
      d1 = setBits(d1, 4, 0, cmd.range);
      break;
    case 'CFGI_CD':
      d0 = setBits(setBits(d0, 31, 12, cmd.ssid), 63, 32, cmd.sid);
      d1 = setBit(d1, 0, cmd.leaf);
      break;
    case 'CFGI_CD_ALL':
      d0 = setBits(d0, 63, 32, cmd.sid);
      break;
    case 'TLBI_NH_ALL':
    case 'TLBI_S12_VMALL':
      d0 = setBits(d0, 47, 32, cmd.vmid);
      break;
    case 'TLBI_NH_ASID':
      d0 = setBits(setBits(d0, 47, 32, cmd.vmid), 63, 48, cmd.asid);
      break;
    case 'TLBI_NH_VA':
      [d0, d1] = withTlbiRange(setBits(setBits(d0, 47, 32, cmd.vmid), 63, 48, cmd.asid), setAddress(d1, 63, 12, cmd.addr), cmd);
      break;
    case 'TLBI_NH_VAA':
      [d0, d1] = withTlbiRange(setBits(d0, 47, 32, cmd.vmid), setAddress(d1, 63, 12, cmd.addr), cmd);
      break;
    case 'TLBI_EL2_ASID':
      d0 = setBits(d0, 63, 48, cmd.asid);
      break;
    case 'TLBI_EL2_VA':
      [d0, d1] = withTlbiRange(setBits(d0, 63, 48, cmd.asid), setAddress(d1, 63, 12, cmd.addr), cmd);
      break;
    case 'TLBI_EL2_VAA':
      [d0, d1] = withTlbiRange(d0, setAddress(d1, 63, 12, cmd.addr), cmd);
      break;
    case 'TLBI_S2_IPA':
      // CMDQ_TLBI_1_IPA_MASK is [51:12].
      [d0, d1] = withTlbiRange(setBits(d0, 47, 32, cmd.vmid), setAddress(d1, 51, 12, cmd.addr), cmd);
      break;
    case 'TLBI_EL2_ALL':
    case 'TLBI_NSNH_ALL':
      break;
    case 'ATC_INV':
      d0 = setBit(d0, 11, cmd.ssv);
      d0 = setBits(d0, 31, 12, cmd.ssid);
      d0 = setBits(d0, 63, 32, cmd.sid);
      d0 = setBit(d0, 9, cmd.global);
      d1 = setAddress(setBits(d1, 5, 0, cmd.size), 63, 12, cmd.addr);
      break;
    case 'PRI_RESP':
      d0 = setBit(d0, 11, cmd.ssv);
      d0 = setBits(d0, 31, 12, cmd.ssid);
      d0 = setBits(d0, 63, 32, cmd.sid);
      d1 = setBits(setBits(d1, 8, 0, cmd.grpid), 13, 12, cmd.resp);
      break;
    case 'RESUME':
      d0 = setBits(setBits(d0, 13, 12, cmd.resp), 63, 32, cmd.sid);
      d1 = setBits(d1, 15, 0, cmd.stag);
      break;
    case 'CMD_SYNC':
      d0 = setBits(d0, 13, 12, cmd.cs);
      d0 = setBits(d0, 23, 22, cmd.msh ?? 0);
      d0 = setBits(d0, 27, 24, cmd.msiAttr ?? 0);
      d0 = setBits(d0, 63, 32, cmd.msiData ?? 0);
      d1 = setAddress(d1, 51, 2, cmd.msiAddr ?? 0);
      break;
  }
  return [d0, d1];
}

/** Decodes a command's two dwords; an unknown opcode decodes to `{ op: 'UNKNOWN' }`. */
export function decodeCommand(d0: Dword, d1: Dword): DecodedCommand {
  const opcode = getBits(d0, 7, 0);
  const op = cmdOpName(opcode);
  const sid = getBits(d0, 63, 32);
  const vmid = getBits(d0, 47, 32);
  const asid = getBits(d0, 63, 48);
  switch (op) {
    case 'PREFETCH_CONFIG':
      return { op, sid, ssec: getBit(d0, 10), size: getBits(d1, 4, 0), addr: getAddress(d1, 63, 12) };
    case 'CFGI_STE':
      return { op, sid, ssec: getBit(d0, 10), leaf: getBit(d1, 0) };
    case 'CFGI_STE_RANGE':
      return { op, sid, ssec: getBit(d0, 10), range: getBits(d1, 4, 0) };
    case 'CFGI_CD':
      return { op, sid, ssid: getBits(d0, 31, 12), leaf: getBit(d1, 0) };
    case 'CFGI_CD_ALL':
      return { op, sid };
    case 'TLBI_NH_ALL':
    case 'TLBI_S12_VMALL':
      return { op, vmid };
    case 'TLBI_NH_ASID':
      return { op, vmid, asid };
    case 'TLBI_NH_VA':
      return { op, vmid, asid, addr: getAddress(d1, 63, 12), ...readTlbiRange(d0, d1) };
    case 'TLBI_NH_VAA':
      return { op, vmid, addr: getAddress(d1, 63, 12), ...readTlbiRange(d0, d1) };
    case 'TLBI_EL2_ALL':
    case 'TLBI_NSNH_ALL':
      return { op };
    case 'TLBI_EL2_ASID':
      return { op, asid };
    case 'TLBI_EL2_VA':
      return { op, asid, addr: getAddress(d1, 63, 12), ...readTlbiRange(d0, d1) };
    case 'TLBI_EL2_VAA':
      return { op, addr: getAddress(d1, 63, 12), ...readTlbiRange(d0, d1) };
    case 'TLBI_S2_IPA':
      return { op, vmid, addr: getAddress(d1, 51, 12), ...readTlbiRange(d0, d1) };
    case 'ATC_INV':
      return {
        op,
        sid,
        ssid: getBits(d0, 31, 12),
        ssv: getBit(d0, 11),
        global: getBit(d0, 9),
        size: getBits(d1, 5, 0),
        addr: getAddress(d1, 63, 12),
      };
    case 'PRI_RESP':
      return { op, sid, ssid: getBits(d0, 31, 12), ssv: getBit(d0, 11), grpid: getBits(d1, 8, 0), resp: getBits(d1, 13, 12) };
    case 'RESUME':
      return { op, sid, resp: getBits(d0, 13, 12), stag: getBits(d1, 15, 0) };
    case 'CMD_SYNC':
      return {
        op,
        cs: getBits(d0, 13, 12),
        msh: getBits(d0, 23, 22),
        msiAttr: getBits(d0, 27, 24),
        msiData: getBits(d0, 63, 32),
        msiAddr: getAddress(d1, 51, 2),
      };
    default:
      return { op: 'UNKNOWN', opcode };
  }
}
