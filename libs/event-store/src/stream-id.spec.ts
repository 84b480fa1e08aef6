import { isErrno } from '@pkvm/errno';
import { aggregateOf, checkStreamId, eventSubject } from './stream-id';

describe('stream ids', () => {
  it('take the aggregate from before the first colon', () => {
    expect(aggregateOf('smmu:0')).toBe('smmu');
    expect(aggregateOf('saga:boot:1')).toBe('saga');
    expect(aggregateOf('registry')).toBe('registry');
  });

  it('map to pkvm.events.<service>.<aggregate>, under the prefix when there is one', () => {
    expect(eventSubject('', 'iommu', 'smmu:0')).toBe('pkvm.events.iommu.smmu');
    expect(eventSubject('t1abc', 'hypervisor', 'page:0x1000')).toBe('t1abc.pkvm.events.hypervisor.page');
  });

  it.each(['', 'a.b:1', 'a b:1', '*:1', '>:x', ':1', 'x'.repeat(256), 'smmu:0\r\nX: y'])('refuse %j with EINVAL', (id) => {
    let err: unknown;
    try {
      checkStreamId(id);
    } catch (e) {
      err = e;
    }
    expect(isErrno(err, 'EINVAL')).toBe(true);
  });

  it.each(['smmu:0', 'page:0x1000.2 weird *', 'saga_boot-1', 'x'])('accept %j', (id) => {
    expect(() => checkStreamId(id)).not.toThrow();
  });
});
