import { ERRNO, isErrno, KernelError } from '@pkvm/errno';
import { isStreamVersionConflict, StreamVersionConflictError } from './stream-version-conflict-error';

describe('StreamVersionConflictError', () => {
  it('is an instanceof-testable KernelError with EAGAIN and the versions', () => {
    const e = new StreamVersionConflictError('smmu:0', 3, 5);
    expect(e).toBeInstanceOf(StreamVersionConflictError);
    expect(e).toBeInstanceOf(KernelError);
    expect(e).toBeInstanceOf(Error);
    expect(e.errno).toBe(-ERRNO.EAGAIN);
    expect(isErrno(e, 'EAGAIN')).toBe(true);
    expect(isStreamVersionConflict(e)).toBe(true);
    expect(isStreamVersionConflict(KernelError.of('EAGAIN', 'x'))).toBe(false);
    expect(e).toMatchObject({ streamId: 'smmu:0', expectedVersion: 3, actualVersion: 5 });
    expect(e.message).toBe('stream smmu:0: expected version 3, found 5');
  });
});
