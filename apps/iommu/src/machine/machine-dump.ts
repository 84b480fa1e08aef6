import { KernelError } from '@pkvm/errno';
import { dumpTablePage, formatPtdump, ptdumpRanges, PtdumpRange } from '@pkvm/pgtable';
import { decodeSte, dword, dwordHex, Dword, idr1SidSize, SmmuReg, StreamTableEntry, steVtcr } from '@pkvm/smmuv3';
import type { Machine } from './machine';
import { checkInt, checkPageAddr } from './machine-args';

/** Read-only views of the machine for tools (dump area, CLI). None of them changes state. */

export interface PtdumpView {
  ranges: (PtdumpRange & { attr: string })[];
  text: string;
  tableHex: string;
}

/** The identity domain's leaves over [start, end) (end 0: all), merged into runs; optionally one table page raw. */
export function ptdumpView(m: Machine, start: number, end: number, tablePa: number): PtdumpView {
  if (!m.el2) throw KernelError.of('ENODEV', 'ptdump: kvm_iommu_init has not run');
  checkInt('start', start, 0, 2 ** 48);
  checkInt('end', end, 0, 2 ** 48);
  const ranges = ptdumpRanges(m.el2.pgtable, start, end || undefined);
  let tableHex = '';
  if (tablePa) {
    checkPageAddr('table_pa', tablePa);
    if (!m.mem.map.isRam(tablePa)) throw KernelError.of('EINVAL', `table_pa 0x${tablePa.toString(16)} is not RAM`);
    tableHex = dumpTablePage(m.mem, tablePa);
  }
  return {
    ranges: ranges.map((r) => ({ ...r, attr: ((r.attrHi >>> 0) * 2 ** 32 + (r.attrLo >>> 0)).toString(16) })),
    text: formatPtdump(ranges),
    tableHex,
  };
}

export interface SteView {
  address: number;
  dwords: string[];
  ste: StreamTableEntry;
  vtcr: number;
}

/** The STE of `sid` as the SMMU would fetch it: dwords 0..3 and every decoded field. */
export function steView(m: Machine, smmu: number, sid: number): SteView {
  const address = m.steAddress(smmu, sid);
  const d: Dword[] = Array.from({ length: 8 }, (_, i) => dword(m.mem.read64Lo(address + 8 * i), m.mem.read64Hi(address + 8 * i)));
  const ste = decodeSte(d);
  return { address, dwords: d.slice(0, 4).map(dwordHex), ste, vtcr: steVtcr(ste) };
}

/** Per-SMMU summary for MachineInfo. */
export function smmuInfo(m: Machine) {
  return m.platform.smmus.map((s, i) => {
    const d = m.smmus[i];
    return {
      id: s.id, base: s.base, size: s.size, coherent: s.coherent, sidBits: idr1SidSize(s.idr.idr1),
      cr0: d.read32(SmmuReg.CR0), gbpa: d.read32(SmmuReg.GBPA),
      commandsConsumed: d.stats.commandsConsumed, eventsWritten: d.stats.eventsWritten,
      iotlbEntries: d.iotlb.size, iotlbHits: d.stats.iotlbHits, iotlbMisses: d.stats.iotlbMisses,
    };
  });
}
