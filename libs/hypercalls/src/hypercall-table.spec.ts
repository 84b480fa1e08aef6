import { HYPERCALLS, PKVM_PROT_FINALIZE_INDEX, encodeHypercall, functionId, hypercallById, hypercallByName, isEarlyIndex } from './index';

describe('host hypercall table (kvm_asm.h, v6.16 + SMMUv3 v3 17/29)', () => {
  it('keeps the kernel indices', () => {
    expect(hypercallByName('__pkvm_init')!.index).toBe(1);
    expect(PKVM_PROT_FINALIZE_INDEX).toBe(7);
    expect(hypercallByName('__pkvm_host_share_hyp')!.index).toBe(8);
    expect(hypercallByName('__pkvm_tlb_flush_vmid')!.index).toBe(32);
    expect(hypercallByName('__pkvm_iommu_enable_dev')!.index).toBe(33);
    expect(hypercallByName('__pkvm_iommu_disable_dev')!.index).toBe(34);
    expect(HYPERCALLS.filter((h) => h.origin === 'twin').every((h) => h.index > 34)).toBe(true);
  });
  it('encodes function ids as 0xC6000000 + index', () => {
    expect(functionId('__pkvm_prot_finalize')).toBe(0xc6000007);
    expect(hypercallById(0xc6000001)!.name).toBe('__pkvm_init');
    expect(hypercallById(0xc6000000 + 5000)).toBeUndefined();
    expect(hypercallById(0x84000000)).toBeUndefined();
    expect(isEarlyIndex(1)).toBe(true);
    expect(isEarlyIndex(7)).toBe(false);
  });
  it('encodes named and positional arguments', () => {
    expect(encodeHypercall('pkvm_host_donate_hyp', ['0x80000', 'nr_pages=2'])).toEqual({ x0: functionId('__pkvm_host_donate_hyp'), args: [0x80000, 2] });
    expect(() => encodeHypercall('__pkvm_host_share_hyp', [1, 2])).toThrow(/takes 1/);
    expect(() => encodeHypercall('__nope', [])).toThrow(/unknown/);
  });
});
