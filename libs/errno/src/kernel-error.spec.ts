import { ERRNO, KernelError, errnoName, isErrno } from './index';

describe('KernelError', () => {
  it('stores the errno as the kernel negative value whatever sign it is given', () => {
    expect(new KernelError(22, 'x').errno).toBe(-22);
    expect(new KernelError(-16, 'x').errno).toBe(-16);
  });

  it('names the errno and formats like the kernel log', () => {
    const e = KernelError.of('EBUSY', 'driver already registered');
    expect(e.errno).toBe(-ERRNO.EBUSY);
    expect(e.errnoName).toBe('EBUSY');
    expect(String(e)).toBe('EBUSY (-16): driver already registered');
    expect(isErrno(e, 'EBUSY')).toBe(true);
    expect(isErrno(e, 'EINVAL')).toBe(false);
  });

  it('names unknown values by number', () => {
    expect(errnoName(-9999)).toBe('E9999');
    expect(errnoName(-110)).toBe('ETIMEDOUT');
  });
});
