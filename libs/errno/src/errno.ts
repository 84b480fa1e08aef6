/** Linux errno numbers (include/uapi/asm-generic/errno-base.h, errno.h) used by the twin. */
export const ERRNO = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  ENXIO: 6,
  E2BIG: 7,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EFAULT: 14,
  EBUSY: 16,
  EEXIST: 17,
  ENODEV: 19,
  EINVAL: 22,
  ENOSPC: 28,
  ERANGE: 34,
  ENOSYS: 38,
  EUNATCH: 49,
  EPROTO: 71,
  EBADMSG: 74,
  EOPNOTSUPP: 95,
  ETIMEDOUT: 110,
  EHOSTUNREACH: 113,
  ECANCELED: 125,
} as const;

export type ErrnoName = keyof typeof ERRNO;

const NAME_BY_NUMBER = new Map<number, ErrnoName>(
  (Object.entries(ERRNO) as [ErrnoName, number][]).map(([name, n]) => [n, name]),
);

/** The errno's name for a positive or negative (kernel-style) value, or `E<n>` when unknown. */
export function errnoName(errno: number): string {
  return NAME_BY_NUMBER.get(Math.abs(errno)) ?? `E${Math.abs(errno)}`;
}

/** SMCCC return codes in x0 (include/linux/arm-smccc.h). */
export const SMCCC_RET_SUCCESS = 0;
export const SMCCC_RET_NOT_SUPPORTED = -1;
