import { ERRNO, KernelError, SMCCC_RET_NOT_SUPPORTED, SMCCC_RET_SUCCESS, errnoName } from '@pkvm/errno';

/** SMCCC registers a hypercall returned (x0 = SMCCC status, x1 = 0 / -errno / result, x2, x3). */
export interface HvcRegisters {
  readonly x0: number;
  readonly x1: number;
  readonly x2: number;
  readonly x3: number;
}

export interface PkvmErrorDetails {
  /** `Service.Method` that refused, e.g. `HypService.Hvc`. */
  method?: string;
  /** The hypercall by name when the refusal came back in the SMCCC registers. */
  hypercall?: string;
  /** SMCCC x0: SMCCC_RET_SUCCESS (0) for an errno the call returned, SMCCC_RET_NOT_SUPPORTED (-1) when EL2 refused it. */
  smcccX0?: number;
  /** SMCCC x1: the negative errno, as the kernel returns it. */
  smcccX1?: number;
  /** All four registers of a refused hypercall. */
  registers?: HvcRegisters;
  cause?: unknown;
}

/**
 * The one error every refused call throws: a service's errno (the reply envelope's `Error`) and a hypercall's
 * SMCCC outcome (x0 = SMCCC_RET_NOT_SUPPORTED, or x0 = SUCCESS with x1 = -errno) alike.
 *
 * It is a KernelError (so `isErrno(e, 'EBUSY')` and `instanceof KernelError` keep working) that also carries
 * the SMCCC x0 (and x1) and the method. `errno` is negative, kernel style (-16 for EBUSY); `errnoName` is the
 * name. Transport failures are NOT this class: they stay NoRespondersError, DeadlineExceededError,
 * CancelledError and TransportError from libs/transport.
 */
export class PkvmError extends KernelError {
  readonly smcccX0: number;
  readonly smcccX1: number;
  readonly method?: string;
  readonly hypercall?: string;
  readonly registers?: HvcRegisters;

  constructor(errno: number, message: string, details: PkvmErrorDetails = {}) {
    super(errno, message, details.cause === undefined ? undefined : { cause: details.cause });
    Object.defineProperty(this, 'name', { value: 'PkvmError', enumerable: false, configurable: true, writable: true });
    this.smcccX0 = details.smcccX0 ?? SMCCC_RET_SUCCESS;
    this.smcccX1 = details.smcccX1 ?? this.errno;
    this.method = details.method;
    this.hypercall = details.hypercall;
    this.registers = details.registers;
  }

  /**
   * A service's refusal as the transport decoded it. The wire envelope puts SMCCC_RET_SUCCESS in x0 and the errno
   * in x1 (libs/transport reply codec); when the transport's error carries its own `smcccX0`/`smcccX1`, those win.
   */
  static fromKernelError(err: KernelError, method?: string): PkvmError {
    if (err instanceof PkvmError) return err;
    const wire = err as KernelError & { smcccX0?: unknown; smcccX1?: unknown };
    return new PkvmError(err.errno, err.message, {
      method,
      smcccX0: typeof wire.smcccX0 === 'number' ? wire.smcccX0 : SMCCC_RET_SUCCESS,
      smcccX1: typeof wire.smcccX1 === 'number' ? wire.smcccX1 : err.errno,
      cause: err,
    });
  }

  /**
   * The refusal in a hypercall's registers, or undefined when the call succeeded (x0 = SUCCESS, x1 >= 0).
   * x0 = SMCCC_RET_NOT_SUPPORTED (unknown function, or an early call after de-privilege) is EOPNOTSUPP, as
   * Linux maps SMCCC/PSCI NOT_SUPPORTED; any other non-zero x0 is EIO.
   */
  static fromRegisters(hypercall: string, regs: HvcRegisters, method = 'HypService.Hvc'): PkvmError | undefined {
    if (regs.x0 === SMCCC_RET_SUCCESS && regs.x1 >= 0) return undefined;
    const registers = { x0: regs.x0, x1: regs.x1, x2: regs.x2, x3: regs.x3 };
    const details = { method, hypercall, smcccX0: regs.x0, smcccX1: regs.x1, registers };
    if (regs.x0 === SMCCC_RET_NOT_SUPPORTED) return new PkvmError(ERRNO.EOPNOTSUPP, `${hypercall}: SMCCC_RET_NOT_SUPPORTED`, details);
    if (regs.x0 !== SMCCC_RET_SUCCESS) return new PkvmError(ERRNO.EIO, `${hypercall}: SMCCC x0 = ${regs.x0}`, details);
    return new PkvmError(regs.x1, `${hypercall} returned ${errnoName(regs.x1)} (${regs.x1})`, details);
  }
}
