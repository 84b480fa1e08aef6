import { dwordFromBigInt, dwordToBigInt } from './dword';
import { cfgiAll, decodeCommand, encodeCommand, SmmuCommand, tlbiRangeBytes, tlbiS2Ipa } from './command';

/** Hand-built vectors [command, dword0, dword1] from the field table of PKVM.md §5.5. */
const VECTORS: [string, SmmuCommand, bigint, bigint][] = [
  // opcode 0x01, SID 7 in [63:32]; d1 Size 0, Addr 0
  ['PREFETCH_CONFIG sid 7', { op: 'PREFETCH_CONFIG', sid: 7, size: 0, addr: 0 }, 0x0000_0007_0000_0001n, 0n],
  // opcode 0x03, SID 0x1234 in [63:32]; d1 Leaf bit 0
  ['CFGI_STE sid 0x1234 leaf', { op: 'CFGI_STE', sid: 0x1234, leaf: true }, 0x0000_1234_0000_0003n, 1n],
  // opcode 0x04, SID 0; d1 Range [4:0] = 31
  ['CFGI_ALL (CFGI_STE_RANGE, Range 31)', cfgiAll(), 0x4n, 0x1fn],
  // opcode 0x2a, VMID 0; d1 IPA [51:12] = 0x8765_4000 | Leaf
  ['TLBI_S2_IPA single', tlbiS2Ipa(0, 0x8765_4000), 0x2an, 0x8765_4001n],
  // opcode 0x2a | NUM 3 << 12 (0x3000) | SCALE 2 << 20 (0x20_0000) | VMID 5 << 32;
  // d1 IPA 0x1_2340_0000 | TG 1 << 10 (0x400) | TTL 3 << 8 (0x300) | Leaf
  [
    'TLBI_S2_IPA range',
    { op: 'TLBI_S2_IPA', vmid: 5, addr: 0x1_2340_0000, num: 3, scale: 2, tg: 1, ttl: 3, leaf: true },
    0x0000_0005_0020_302an,
    0x0000_0001_2340_0701n,
  ],
  // opcode 0x28, VMID 0x12 in [47:32]
  ['TLBI_S12_VMALL vmid 0x12', { op: 'TLBI_S12_VMALL', vmid: 0x12 }, 0x0000_0012_0000_0028n, 0n],
  // opcode 0x10, VMID 0
  ['TLBI_NH_ALL vmid 0', { op: 'TLBI_NH_ALL', vmid: 0 }, 0x10n, 0n],
  // opcode 0x30, no fields
  ['TLBI_NSNH_ALL', { op: 'TLBI_NSNH_ALL' }, 0x30n, 0n],
  // opcode 0x46 | CS SEV 2 << 12 (0x2000)
  ['CMD_SYNC CS=SEV', { op: 'CMD_SYNC', cs: 2, msh: 0, msiAttr: 0, msiData: 0, msiAddr: 0 }, 0x2046n, 0n],
  // opcode 0x46 | CS IRQ 1 << 12 | MSH 3 << 22 (0xc0_0000) | MSIAttr 0xf << 24 (0xf00_0000) | MSIData 0xdeadbeef << 32;
  // d1 MSIAddr [51:2] in place = 0x4000_1000
  [
    'CMD_SYNC CS=IRQ with MSI',
    { op: 'CMD_SYNC', cs: 1, msh: 3, msiAttr: 0xf, msiData: 0xdead_beef, msiAddr: 0x4000_1000 },
    0xdead_beef_0fc0_1046n,
    0x4000_1000n,
  ],
  // opcode 0x12 | NUM 1 << 12 | VMID 0 | ASID 0xabcd << 48; d1 VA 0xffff_f000 | Leaf
  [
    'TLBI_NH_VA',
    { op: 'TLBI_NH_VA', vmid: 0, asid: 0xabcd, addr: 0xffff_f000, num: 1, scale: 0, tg: 0, ttl: 0, leaf: true },
    0xabcd_0000_0000_1012n,
    0xffff_f001n,
  ],
];

describe('commands', () => {
  it.each(VECTORS)('encodes %s', (_label, cmd, d0, d1) => {
    const [e0, e1] = encodeCommand(cmd);
    expect(dwordToBigInt(e0)).toBe(d0);
    expect(dwordToBigInt(e1)).toBe(d1);
  });

  it.each(VECTORS)('decodes %s', (_label, cmd, d0, d1) => {
    expect(decodeCommand(dwordFromBigInt(d0), dwordFromBigInt(d1))).toMatchObject(cmd);
  });

  it('decodes an unknown opcode as UNKNOWN with its code', () => {
    expect(decodeCommand(dwordFromBigInt(0x7fn), dwordFromBigInt(0n))).toEqual({ op: 'UNKNOWN', opcode: 0x7f });
    expect(decodeCommand(dwordFromBigInt(0x02n), dwordFromBigInt(0n))).toEqual({ op: 'UNKNOWN', opcode: 0x02 });
  });

  it('computes range TLBI size as (NUM + 1) * 2^SCALE * granule', () => {
    expect(tlbiRangeBytes({ num: 3, scale: 2, tg: 1, ttl: 0, leaf: true })).toBe(16 * 0x1000);
    expect(tlbiRangeBytes({ num: 31, scale: 31, tg: 3, ttl: 0, leaf: true })).toBe(32 * 2 ** 31 * 0x1_0000);
    expect(tlbiRangeBytes({ num: 0, scale: 0, tg: 0, ttl: 0, leaf: true })).toBe(0);
  });
});
