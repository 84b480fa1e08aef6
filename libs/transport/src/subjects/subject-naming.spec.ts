import { leaseBucketFor, queueGroupFor, subjectFor } from './subject-naming';

describe('subject naming', () => {
  it('puts the prefix in front of the METHODS subject, or leaves it alone', () => {
    expect(subjectFor('t1', 'pkvm.v1.hyp.Hvc')).toBe('t1.pkvm.v1.hyp.Hvc');
    expect(subjectFor('', 'pkvm.v1.hyp.Hvc')).toBe('pkvm.v1.hyp.Hvc');
    expect(subjectFor(undefined, 'pkvm.v1.hyp.Hvc')).toBe('pkvm.v1.hyp.Hvc');
  });

  it('gives one queue group per app', () => {
    expect(queueGroupFor('t1', 'iommu')).toBe('t1.pkvm.iommu');
    expect(queueGroupFor('', 'hypervisor')).toBe('pkvm.hypervisor');
  });

  it('makes KV-safe bucket names (no dots)', () => {
    expect(leaseBucketFor('a.b')).toBe('a_b_pkvm_leases');
    expect(leaseBucketFor('')).toBe('pkvm_leases');
  });
});
