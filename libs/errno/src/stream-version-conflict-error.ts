import { ERRNO } from './errno';
import { KernelError } from './kernel-error';

/**
 * An append's expected version did not match the stream's current version: nothing was written.
 * A KernelError with errno EAGAIN (-11): the caller may re-read the stream and retry the decision.
 */
export class StreamVersionConflictError extends KernelError {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    /** The version found, when known. */
    readonly actualVersion: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      ERRNO.EAGAIN,
      `stream ${streamId}: expected version ${expectedVersion}, found ${actualVersion ?? 'a newer version'}`,
      options,
    );
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** True for a StreamVersionConflictError. */
export function isStreamVersionConflict(e: unknown): e is StreamVersionConflictError {
  return e instanceof StreamVersionConflictError;
}
