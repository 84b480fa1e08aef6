/**
 * One load client's private slice of the machine and its model of it: pages only it touches and a StreamID only
 * it enables, so the outcome of each of its calls is known before the call (whatever the other clients do).
 * Pure: no NATS. The driver (load-driver.ts) sends what `next()` picks and checks the reply against `expect`.
 */
import { seededRandom } from '@pkvm/isolation-oracle';

export const PAGE = 0x1000;

/** The host hypercall mix the load issues, and the device DMA. */
export type LoadMethod = 'share' | 'unshare' | 'donate' | 'reclaim' | 'enable_dev' | 'disable_dev' | 'dma_read' | 'dma_write';
export const LOAD_METHODS: readonly LoadMethod[] = ['share', 'unshare', 'donate', 'reclaim', 'enable_dev', 'disable_dev', 'dma_read', 'dma_write'];

/** The kernel names behind the hypercall methods (libs/hypercalls). */
export const HYPERCALL_OF: Partial<Record<LoadMethod, string>> = {
  share: '__pkvm_host_share_hyp',
  unshare: '__pkvm_host_unshare_hyp',
  donate: '__pkvm_host_donate_hyp',
  reclaim: '__pkvm_hyp_donate_host',
  enable_dev: '__pkvm_iommu_enable_dev',
  disable_dev: '__pkvm_iommu_disable_dev',
};

/** A page as the host stage-2 sees it: the host's, shared with EL2, or donated to EL2. */
export type PageState = 'OWNED' | 'SHARED' | 'HYP';

/** What a call must answer: 0, or the negative errno (hypercalls); for DMA whether the transfer completes. */
export interface Expectation {
  errno: number;
  dmaOk?: boolean;
  /** A DMA read of a page this client last wrote (and did not donate since): the bytes it wrote. */
  dmaData?: Uint8Array;
}

export interface PlannedCall {
  method: LoadMethod;
  /** Hypercall arguments by name, or the DMA request. */
  args: Record<string, number>;
  page?: number;
  data?: Uint8Array;
  expect: Expectation;
}

const EPERM = -1;
const DMA_LENGTH = 64;

/** Relative weights of the methods: mostly ownership changes and DMA, some device toggles. */
const WEIGHTS: [LoadMethod, number][] = [
  ['share', 3], ['unshare', 3], ['donate', 3], ['reclaim', 3], ['enable_dev', 1], ['disable_dev', 1], ['dma_read', 2], ['dma_write', 2],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((s, [, w]) => s + w, 0);


export class ClientWorkload {
  readonly pages: PageState[];
  /** The last bytes this client wrote by DMA to each page (unknown after a donation: EL2 may reuse it). */
  private readonly written: (Uint8Array | undefined)[];
  enabled = false;
  private readonly random: () => number;

  /**
   * @param firstPfn the first of `pageCount` host-owned pages only this client touches
   * @param sid a StreamID of SMMU 0 only this client enables
   */
  constructor(readonly index: number, readonly firstPfn: number, readonly pageCount: number, readonly sid: number, seed: number) {
    this.pages = new Array<PageState>(pageCount).fill('OWNED');
    this.written = new Array(pageCount).fill(undefined);
    this.random = seededRandom(seed);
  }

  pfn(page: number): number {
    return this.firstPfn + page;
  }

  /** The next call: a random method on a random page of the slice (so some are refused: the expected errnos). */
  next(): PlannedCall {
    let r = this.random() * TOTAL_WEIGHT;
    let method: LoadMethod = WEIGHTS[0][0];
    for (const [m, w] of WEIGHTS) {
      if ((r -= w) < 0) {
        method = m;
        break;
      }
    }
    const page = Math.floor(this.random() * this.pageCount);
    const pfn = this.pfn(page);
    const st = this.pages[page];
    switch (method) {
      // mem_protect.c: each transition checks the page's current state and returns -EPERM otherwise.
      case 'share': // __pkvm_host_share_hyp: host OWNED -> SHARED_OWNED
        return { method, page, args: { pfn }, expect: { errno: st === 'OWNED' ? 0 : EPERM } };
      case 'unshare': // __pkvm_host_unshare_hyp: host SHARED_OWNED -> OWNED (no pins here, so no -EBUSY)
        return { method, page, args: { pfn }, expect: { errno: st === 'SHARED' ? 0 : EPERM } };
      case 'donate': // __pkvm_host_donate_hyp: host OWNED -> hyp OWNED
        return { method, page, args: { pfn, nr_pages: 1 }, expect: { errno: st === 'OWNED' ? 0 : EPERM } };
      case 'reclaim': // __pkvm_hyp_donate_host: hyp OWNED -> host OWNED
        return { method, page, args: { pfn, nr_pages: 1 }, expect: { errno: st === 'HYP' ? 0 : EPERM } };
      case 'enable_dev':
      case 'disable_dev': // rewriting the STE is accepted in either state
        return { method, args: { iommu: 0, sid: this.sid }, expect: { errno: 0 } };
      case 'dma_read':
      case 'dma_write': {
        // Through this client's STE: the identity stage-2 maps what the host owns (shared included), not what EL2 owns;
        // an invalid STE (disabled) aborts the transaction (C_BAD_STE).
        const dmaOk = this.enabled && st !== 'HYP';
        const args = { smmu: 0, sid: this.sid, iova: pfn * PAGE, length: DMA_LENGTH };
        if (method === 'dma_read') return { method, page, args, expect: { errno: 0, dmaOk, dmaData: dmaOk ? this.written[page] : undefined } };
        const data = new Uint8Array(DMA_LENGTH).map(() => Math.floor(this.random() * 256));
        return { method, page, args, data, expect: { errno: 0, dmaOk } };
      }
    }
  }

  /** Advances the model by an accepted call (errno 0 / DMA answered). */
  apply(call: PlannedCall, dmaOk?: boolean): void {
    const p = call.page;
    switch (call.method) {
      case 'share':
        this.pages[p!] = 'SHARED';
        break;
      case 'unshare':
      case 'reclaim':
        this.pages[p!] = 'OWNED';
        break;
      case 'donate':
        this.pages[p!] = 'HYP';
        this.written[p!] = undefined;
        break;
      case 'enable_dev':
        this.enabled = true;
        break;
      case 'disable_dev':
        this.enabled = false;
        break;
      case 'dma_write':
        if (dmaOk) this.written[p!] = call.data;
        break;
      case 'dma_read':
        break;
    }
  }
}

/** Where the slices start: 16 MiB into the small platform's RAM, far below the carve-out and the host's SMMU queues. */
export const SLICE_BASE_PFN = (0x4000_0000 + 0x100_0000) / PAGE;
/** StreamIDs of SMMU 0 the clients own: above the platform's devices (1 and 8), below the 8-bit SID limit. */
export const SLICE_BASE_SID = 16;

/** `count` workloads on consecutive slices from slice `first`, `pages` pages each. */
export function sliceWorkloads(first: number, count: number, pages: number, seed: number): ClientWorkload[] {
  return Array.from({ length: count }, (_, i) => {
    const s = first + i;
    return new ClientWorkload(s, SLICE_BASE_PFN + s * pages, pages, SLICE_BASE_SID + s, seed * 1000 + s);
  });
}
