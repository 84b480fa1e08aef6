import { PAGE_SIZE } from '@pkvm/phys-mem';
import { PKVM_NOPAGE } from './page-state';

/** kvm_granule_size(KVM_PGTABLE_LAST_LEVEL - 1): the one block size guest transitions support. */
export const GUEST_BLOCK_SIZE = 0x20_0000;
const PAGES_PER_BLOCK = GUEST_BLOCK_SIZE / PAGE_SIZE;

/** One 2 MiB slot of a guest stage-2: a level-2 block, or a level-3 table of pages. Typed arrays, never per-page objects. */
interface Slot {
  block: boolean;
  /** Page state per page (PKVM_NOPAGE = invalid PTE); for a block, every entry holds the block's state. */
  state: Uint8Array;
  phys: Float64Array;
  prot: Uint8Array;
  mapped: number;
}

/** A guest stage-2 leaf as kvm_pgtable_get_leaf sees it. */
export interface GuestLeaf {
  valid: boolean;
  /** 2 (block) or 3 (page). */
  level: number;
  granule: number;
  /** SW0-SW1 state of a valid leaf, PKVM_NOPAGE otherwise. */
  state: number;
  /** Output address of the page holding `ipa` (valid leaves only). */
  phys: number;
  prot: number;
}

/**
 * The ownership content of one guest stage-2 (vm->pgt): page state in the PTE software bits, NOPAGE for an
 * invalid PTE. Sparse by 2 MiB slot (like the level-3 tables it stands for), so a 40-bit IPA space costs
 * only what is mapped.
 */
export class GuestStage2 {
  private readonly slots = new Map<number, Slot>();

  private slot(ipa: number, create: boolean): Slot | undefined {
    const k = Math.floor(ipa / GUEST_BLOCK_SIZE);
    let s = this.slots.get(k);
    if (!s && create) {
      s = { block: false, state: new Uint8Array(PAGES_PER_BLOCK).fill(PKVM_NOPAGE), phys: new Float64Array(PAGES_PER_BLOCK), prot: new Uint8Array(PAGES_PER_BLOCK), mapped: 0 };
      this.slots.set(k, s);
    }
    return s;
  }

  getLeaf(ipa: number): GuestLeaf {
    const s = this.slot(ipa, false);
    const i = Math.floor((ipa % GUEST_BLOCK_SIZE) / PAGE_SIZE);
    if (!s || s.state[i] === PKVM_NOPAGE) return { valid: false, level: s?.block ? 2 : 3, granule: PAGE_SIZE, state: PKVM_NOPAGE, phys: 0, prot: 0 };
    return { valid: true, level: s.block ? 2 : 3, granule: s.block ? GUEST_BLOCK_SIZE : PAGE_SIZE, state: s.state[i], phys: s.phys[i], prot: s.prot[i] };
  }

  /** __guest_check_page_state_range: every page of [ipa, ipa + size) is in `state` (invalid = NOPAGE), else -EPERM. */
  allInState(ipa: number, size: number, state: number): boolean {
    for (let a = ipa; a < ipa + size; a += PAGE_SIZE) {
      const s = this.slot(a, false);
      const st = s ? s.state[Math.floor((a % GUEST_BLOCK_SIZE) / PAGE_SIZE)] : PKVM_NOPAGE;
      if (st !== state) return false;
    }
    return true;
  }

  /** kvm_pgtable_stage2_map of a page or an aligned 2 MiB block (the caller checked the IPA range is NOPAGE). */
  map(ipa: number, size: number, phys: number, prot: number, state: number): void {
    const s = this.slot(ipa, true)!;
    s.block = size === GUEST_BLOCK_SIZE;
    for (let a = 0; a < size; a += PAGE_SIZE) {
      const i = Math.floor(((ipa + a) % GUEST_BLOCK_SIZE) / PAGE_SIZE);
      s.state[i] = state;
      s.phys[i] = phys + a;
      s.prot[i] = prot;
      s.mapped++;
    }
  }

  /** kvm_pgtable_stage2_unmap of exactly one leaf's range. */
  unmap(ipa: number, size: number): void {
    const k = Math.floor(ipa / GUEST_BLOCK_SIZE);
    const s = this.slots.get(k);
    if (!s) return;
    for (let a = 0; a < size; a += PAGE_SIZE) {
      const i = Math.floor(((ipa + a) % GUEST_BLOCK_SIZE) / PAGE_SIZE);
      if (s.state[i] !== PKVM_NOPAGE) s.mapped--;
      s.state[i] = PKVM_NOPAGE;
      s.phys[i] = 0;
      s.prot[i] = 0;
    }
    if (size === GUEST_BLOCK_SIZE) s.block = false;
    if (s.mapped === 0) this.slots.delete(k);
  }

  /** Valid pages, for tests and dumps: [ipa, state, phys]. */
  *validPages(): Generator<[number, number, number]> {
    for (const k of [...this.slots.keys()].sort((a, b) => a - b)) {
      const s = this.slots.get(k)!;
      for (let i = 0; i < PAGES_PER_BLOCK; i++) {
        if (s.state[i] !== PKVM_NOPAGE) yield [k * GUEST_BLOCK_SIZE + i * PAGE_SIZE, s.state[i], s.phys[i]];
      }
    }
  }

  digestInto(update: (bytes: Uint8Array) => void): void {
    const key = new Float64Array(2);
    for (const k of [...this.slots.keys()].sort((a, b) => a - b)) {
      const s = this.slots.get(k)!;
      key[0] = k;
      key[1] = s.block ? 1 : 0;
      update(new Uint8Array(key.buffer));
      update(s.state);
      update(new Uint8Array(s.phys.buffer));
      update(s.prot);
    }
  }
}
