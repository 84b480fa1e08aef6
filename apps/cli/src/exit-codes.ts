import { CommanderError, InvalidArgumentError } from 'commander';
import { KernelError } from '@pkvm/errno';
import { TransportError } from '@pkvm/transport';

/** The exit codes of every pkvm command (README "The pkvm CLI" has the same table). */
export const EXIT = {
  /** The command did what was asked and what it checked holds. */
  OK: 0,
  /** A service answered with a refusal (errno, SMCCC NOT_SUPPORTED, DMA fault), NATS refused the subject (permissions), or the thing checked does not hold. */
  FAILED: 1,
  /** Bad usage or unreadable input. */
  USAGE: 2,
  /** No answer: NATS unreachable, no responders on the subject, a deadline passed. */
  UNREACHABLE: 3,
} as const;

export const EXIT_CODES_HELP = [
  'Exit codes (every command):',
  '  0  ok: done, and what was checked holds',
  '  1  failed: a service refused (errno, SMCCC_RET_NOT_SUPPORTED, DMA fault), NATS denied the subject, a service is not ready,',
  '     the boot FAILED, isolation is violated, or replay verify diverged',
  '  2  bad usage or unreadable input (unknown option, bad number, unreadable or malformed file, unknown boot id)',
  '  3  no answer: NATS unreachable, no responders on the subject, or a deadline passed',
].join('\n');

/** nats.js's permissions violation (the server refused the subject), also as the cause of a RequestError. */
function isPermissionViolation(e: unknown): boolean {
  for (let c = e, depth = 0; c instanceof Error && depth < 8; c = c.cause, depth++) if (c.name === 'PermissionViolationError') return true;
  return false;
}

/**
 * The errors that mean nobody answered, by class: the transport's own and nats.js's connection failures.
 * A service's reply (KernelError, even ETIMEDOUT) is an answer, and so is the server refusing a subject.
 */
export function isUnreachable(e: unknown): boolean {
  if (isPermissionViolation(e)) return false;
  if (e instanceof TransportError) return true;
  // nats.js throws ConnectionError / TimeoutError / RequestError (no shared base class to test with instanceof)
  return e instanceof Error && /^(ConnectionError|TimeoutError|RequestError|ClosedConnectionError)$/.test(e.name);
}

/** Bad usage or unreadable input a command found itself; main prints `pkvm: <message>` and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The exit code for an error that ended a command. */
export function exitCodeOf(e: unknown): number {
  if (isUnreachable(e)) return EXIT.UNREACHABLE;
  if (e instanceof UsageError || e instanceof InvalidArgumentError || (e instanceof CommanderError && e.exitCode !== 0)) return EXIT.USAGE;
  return EXIT.FAILED;
}

/** One line for stderr: the errno name with a service's refusal, the message otherwise. */
export function describeError(e: unknown): string {
  if (e instanceof KernelError) return `${e.message} (${e.errnoName})`;
  return e instanceof Error ? e.message : String(e);
}
