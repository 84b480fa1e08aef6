import { createHash } from 'node:crypto';
import { KernelError } from '@pkvm/errno';
import { KVM_PGTABLE_PROT_R, KVM_PGTABLE_PROT_W, KVM_PGTABLE_PROT_X, PKVM_HOST_MEM_PROT, PKVM_HOST_MMIO_PROT } from '@pkvm/pgtable';
import { hex, PAGE } from './machine-args';

/** Which host CPU path made the access: RAM (pkvm.v1.iommu.mem) or SMMU registers (pkvm.v1.iommu.mmio). */
export type HostArea = 'mem' | 'mmio';

/** A host access the map refused: what the hypervisor hears as a stage-2 fault (handle_host_mem_abort). */
export interface HostAccessFault {
  /** The first refused byte (IPA = PA: the host stage-2 is an identity map). */
  addr: number;
  write: boolean;
  /** Bytes of the whole access. */
  length: number;
  area: HostArea;
  /** The map's permission for the page (enum kvm_pgtable_prot). */
  hostProt: number;
}

/** `r-x`-style text of a KVM prot (R bit 2, W bit 1, X bit 0); `none` for 0. */
export function protText(prot: number): string {
  if (!prot) return 'none';
  return `${prot & KVM_PGTABLE_PROT_R ? 'r' : '-'}${prot & KVM_PGTABLE_PROT_W ? 'w' : '-'}${prot & KVM_PGTABLE_PROT_X ? 'x' : '-'}`;
}

/**
 * EFAULT for a host access the host stage-2 does not allow. A KernelError (the refusal crosses the wire as
 * usual); the controllers also report `fault` to the hypervisor.
 */
export class HostStage2FaultError extends KernelError {
  constructor(readonly fault: HostAccessFault) {
    const need = fault.write ? 'W' : 'R';
    super(
      14, // EFAULT
      `host stage-2 fault: ${fault.write ? 'write' : 'read'} of ${fault.length} byte(s) at ${hex(fault.addr)} (${fault.area}) ` +
        `needs ${need}; the host's access to the page is ${protText(fault.hostProt)}`,
    );
  }
}

/** A run of the map: [start, end) with one permission. */
export type HostAccessRun = [start: number, end: number, prot: number];

interface Span {
  base: number;
  end: number;
  /** Index of the span's first page in the permission array. */
  offset: number;
  /** The host stage-2's fault-in default: RWX for memory, RW for MMIO. */
  dflt: number;
}

/**
 * The host CPU's stage-2 permissions, one byte per page (enum kvm_pgtable_prot), over the places the host
 * CPU paths reach: every RAM bank and every SMMU register frame. Other MMIO has no host CPU path in the twin,
 * so a range over it is accepted and not stored.
 *
 * Before the hypervisor's first push there is no host stage-2 (the kernel installs it at
 * __pkvm_prot_finalize): the host may access everything and the array does not exist. The first `set`
 * allocates it, filled with the fault-in defaults (PKVM_HOST_MEM_PROT for RAM, PKVM_HOST_MMIO_PROT for SMMU
 * frames), and switches the check on; the hypervisor's initial push then covers every page.
 */
export class HostAccessMap {
  private readonly spans: Span[];
  private readonly nrPages: number;
  private prot?: Uint8Array;

  constructor(ram: readonly { base: number; size: number }[], mmio: readonly { base: number; size: number }[]) {
    const regions = [
      ...ram.map((r) => ({ ...r, dflt: PKVM_HOST_MEM_PROT })),
      ...mmio.map((r) => ({ ...r, dflt: PKVM_HOST_MMIO_PROT })),
    ].sort((a, b) => a.base - b.base);
    let offset = 0;
    this.spans = regions.map((r) => {
      const base = Math.floor(r.base / PAGE) * PAGE;
      const end = Math.ceil((r.base + r.size) / PAGE) * PAGE;
      const s = { base, end, offset, dflt: r.dflt };
      offset += (end - base) / PAGE;
      return s;
    });
    this.nrPages = offset;
  }

  /** The check is on: the hypervisor pushed a map. */
  get enforcing(): boolean {
    return this.prot !== undefined;
  }

  /** Pages the map covers. */
  get pages(): number {
    return this.nrPages;
  }

  private spanAt(pa: number): Span | undefined {
    for (const s of this.spans) if (pa >= s.base && pa < s.end) return s;
    return undefined;
  }

  /** The host's permission at `pa`: RWX before the first push, 0 outside the map after it. */
  protAt(pa: number): number {
    if (!this.prot) return PKVM_HOST_MEM_PROT;
    const s = this.spanAt(pa);
    return s ? this.prot[s.offset + Math.floor((pa - s.base) / PAGE)] : 0;
  }

  private allocate(): Uint8Array {
    const a = new Uint8Array(this.nrPages);
    for (const s of this.spans) a.fill(s.dflt, s.offset, s.offset + (s.end - s.base) / PAGE);
    return a;
  }

  /**
   * [start, end) page aligned (checked by the caller) gets `prot`. Returns the pages stored and whether
   * anything changed (a page's permission, or the check switched on).
   */
  set(start: number, end: number, prot: number): { pages: number; changed: boolean } {
    let changed = false;
    if (!this.prot) {
      this.prot = this.allocate();
      changed = true;
    }
    const a = this.prot;
    let pages = 0;
    for (const s of this.spans) {
      const lo = Math.max(start, s.base);
      const hi = Math.min(end, s.end);
      if (lo >= hi) continue;
      const i0 = s.offset + (lo - s.base) / PAGE;
      const i1 = s.offset + (hi - s.base) / PAGE;
      pages += i1 - i0;
      if (!changed) {
        for (let i = i0; i < i1; i++) {
          if (a[i] !== prot) {
            changed = true;
            break;
          }
        }
      }
      a.fill(prot, i0, i1);
    }
    return { pages, changed };
  }

  /**
   * The first page of [pa, pa + length) whose permission lacks R (read) or W (write), as a fault; null when
   * the access is allowed (always before the first push). Addresses outside the map are not refused here:
   * the caller's range checks own them.
   */
  check(pa: number, length: number, write: boolean, area: HostArea): HostAccessFault | null {
    const a = this.prot;
    if (!a) return null;
    const need = write ? KVM_PGTABLE_PROT_W : KVM_PGTABLE_PROT_R;
    const last = pa + length - 1;
    for (let page = Math.floor(pa / PAGE) * PAGE; page <= last; page += PAGE) {
      const s = this.spanAt(page);
      if (!s) continue;
      const p = a[s.offset + (page - s.base) / PAGE];
      if ((p & need) !== need) return { addr: Math.max(pa, page), write, length, area, hostProt: p };
    }
    return null;
  }

  /** The map as merged runs (empty before the first push): snapshots and views. */
  runs(): HostAccessRun[] {
    const a = this.prot;
    const out: HostAccessRun[] = [];
    if (!a) return out;
    for (const s of this.spans) {
      const n = (s.end - s.base) / PAGE;
      let i = 0;
      while (i < n) {
        const p = a[s.offset + i];
        let j = i + 1;
        while (j < n && a[s.offset + j] === p) j++;
        const start = s.base + i * PAGE;
        const last = out[out.length - 1];
        if (last && last[1] === start && last[2] === p) last[1] = s.base + j * PAGE;
        else out.push([start, s.base + j * PAGE, p]);
        i = j;
      }
    }
    return out;
  }

  /** Rebuilds the map from `runs` (a snapshot); no runs = no push yet. */
  restore(runs: readonly HostAccessRun[]): void {
    this.prot = undefined;
    if (!runs.length) return;
    this.prot = this.allocate();
    for (const [s, e, p] of runs) this.set(s, e, p);
  }

  /** sha256 of the permission bytes, or null before the first push (part of the model state hash). */
  digest(): string | null {
    return this.prot ? createHash('sha256').update(this.prot).digest('hex') : null;
  }
}
