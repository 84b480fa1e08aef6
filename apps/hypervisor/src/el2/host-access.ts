import { ERRNO } from '@pkvm/errno';
import { MemProtect, kvmInvalidPteOwner, kvmPteValid, PKVM_ID_HOST } from '@pkvm/ownership';
import { PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT } from '@pkvm/pgtable';
import type { Platform } from '@pkvm/platform';

/** [start, end) with the host CPU's stage-2 access as a KVM prot (0 = every access faults). */
export type HostAccessRange = [start: number, end: number, prot: number];

/**
 * The whole host stage-2 as the host CPU sees it, in merged runs over the platform's RAM banks and MMIO
 * regions (holes have nothing to access): a valid leaf gives its prot, an empty one the fault-in default
 * (PKVM_HOST_MEM_PROT for memory, PKVM_HOST_MMIO_PROT otherwise, host_stage2_idmap), an annotated one 0
 * (not the host's). This is the map pushed to the machine when the host stage-2 is installed.
 */
export function hostAccessRanges(mp: MemProtect, platform: Platform): HostAccessRange[] {
  const spans = [...platform.ram, ...platform.mmio].map((r) => [r.base, r.base + r.size]).sort((a, b) => a[0] - b[0]);
  const out: HostAccessRange[] = [];
  for (const leaf of mp.snapshotLeaves()) {
    const prot = leaf.state === 'mapped' ? leaf.kvmProt ?? 0 : leaf.state === 'annotated' ? 0 : leaf.isMemory ? PKVM_HOST_MEM_PROT : PKVM_HOST_MMIO_PROT;
    for (const [b, e] of spans) {
      const s = Math.max(b, leaf.start);
      const t = Math.min(e, leaf.end);
      if (s >= t) continue;
      const last = out[out.length - 1];
      if (last && last[1] === s && last[2] === prot) last[1] = t;
      else out.push([s, t, prot]);
    }
  }
  return out;
}

/** A host CPU access the machine refused, as reported (pkvm.v1.HostStage2FaultRequest). */
export interface HostFaultInput {
  addr: number;
  write: boolean;
  length: number;
  area: string;
  /** What the machine's map held for the page. */
  hostProt: number;
}

/** One fault as EL2 handled it (pkvm.v1.HostFaultRecord). */
export interface HostFaultRecord extends HostFaultInput {
  seq: number;
  ret: number;
  /** Host stage-2 owner id of the page (PKVM_ID_HOST when the PTE is valid or empty). */
  owner: number;
  detail: string;
}

/**
 * handle_host_mem_abort → host_stage2_idmap(addr) → host_stage2_adjust_range, on the host stage-2 as it is
 * now (mem_protect.c):
 * - annotated PTE (owned by hyp, a guest, FF-A; donated MMIO): -EPERM. The range is not the host's and is not
 *   fixed up. (6.14 follows with BUG_ON(ret && ret != -EAGAIN): the twin records the -EPERM instead of
 *   stopping EL2, so that one stray host access does not end the run; v4's kvm_iommu_host_dabt_handler,
 *   which would emulate an SMMU register access first, is not modelled: the twin's EL2 driver is v3.)
 * - valid PTE: -EAGAIN (benign: raced with a change that gave the page back to the host).
 * - empty PTE: 0, the default fault-in (the machine's map already grants the default, so only a race gets
 *   here; the twin does not build the block mapping, which no one can observe).
 * - beyond the host IPA space: -ERANGE (kvm_pgtable_get_leaf).
 */
export function hostMemAbort(mp: MemProtect | null, f: HostFaultInput): Omit<HostFaultRecord, 'seq'> {
  if (!mp) return { ...f, ret: -ERRNO.EPERM, owner: PKVM_ID_HOST, detail: 'no host stage-2 yet (before __pkvm_init)' };
  const page = Math.floor(f.addr / 4096) * 4096;
  if (!(page >= 0) || page >= mp.hostS2.iaLimit) {
    return { ...f, ret: -ERRNO.ERANGE, owner: PKVM_ID_HOST, detail: 'beyond the host IPA space' };
  }
  const e = mp.hostS2.getLeaf(page);
  if (kvmPteValid(e.lo)) return { ...f, ret: -ERRNO.EAGAIN, owner: PKVM_ID_HOST, detail: 'valid PTE: raced with a change' };
  if (e.lo === 0 && e.hi === 0) return { ...f, ret: 0, owner: PKVM_ID_HOST, detail: 'empty PTE: default fault-in' };
  return { ...f, ret: -ERRNO.EPERM, owner: kvmInvalidPteOwner(e.lo), detail: 'annotated PTE: not the host\'s; no fix-up' };
}
