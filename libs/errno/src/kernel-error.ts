import { ERRNO, ErrnoName, errnoName } from './errno';

/**
 * An expected refusal with a Linux errno, carried as the kernel's negative value (-22 for EINVAL).
 * The one error type that crosses the wire: the transport maps it to and from the reply envelope.
 */
export class KernelError extends Error {
  override readonly name = 'KernelError';
  /** Negative errno, as the kernel returns it. */
  readonly errno: number;

  constructor(errno: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.errno = -Math.abs(errno);
  }

  /** EINVAL, ENOMEM, ... */
  get errnoName(): string {
    return errnoName(this.errno);
  }

  static of(name: ErrnoName, message: string, options?: { cause?: unknown }): KernelError {
    return new KernelError(ERRNO[name], message, options);
  }

  override toString(): string {
    return `${this.errnoName} (${this.errno}): ${this.message}`;
  }
}

/** True when `e` is a KernelError with the given errno name. */
export function isErrno(e: unknown, name: ErrnoName): e is KernelError {
  return e instanceof KernelError && e.errno === -ERRNO[name];
}
