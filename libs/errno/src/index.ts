export { ERRNO, ErrnoName, errnoName, SMCCC_RET_SUCCESS, SMCCC_RET_NOT_SUPPORTED } from './errno';
export { KernelError, isErrno } from './kernel-error';
export { StreamVersionConflictError, isStreamVersionConflict } from './stream-version-conflict-error';
