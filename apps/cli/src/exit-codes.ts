import { CommanderError, InvalidArgumentError } from 'commander';
import { KernelError } from '@pkvm/errno';
import { TransportError } from '@pkvm/transport';

/** The exit codes of every pkvm command (README "The pkvm CLI" has the same table). */
export const EXIT = {
  /** The command did what was asked and what it checked holds. */
  OK: 0,
  /** A service answered with a refusal (errno, SMCCC NOT_SUPPORTED, DMA fault) or the thing checked does not hold. */
  FAILED: 1,
  /** Bad usage or unreadable input. */
  USAGE: 2,
  /** No answer: NATS unreachable, no responders on the subject, a deadline passed. */
  UNREACHABLE: 3,
} as const;

export const EXIT_CODES_HELP = [
  'Exit codes (every command):',
  '  0  ok: done, and what was checked holds',
  '  1  failed: a service refused (errno, SMCCC_RET_NOT_SUPPORTED, DMA fault), a service is not ready, the boot FAILED,',
  '     isolation is violated, or replay verify diverged',
  '  2  bad usage or unreadable input (unknown option, bad number, unreadable or malformed file, unknown boot id)',
  '  3  no answer: NATS unreachable, no responders on the subject, or a deadline passed',
].join('\n');

/** The errors that mean nobody answered: the transport's own, and nats.js's connection failures. */
export function isUnreachable(e: unknown): boolean {
  if (e instanceof TransportError) return true;
  // the CLI's own wait ran out (runBoot) or a service's deadline passed: both are a deadline
  if (e instanceof KernelError) return e.errnoName === 'ETIMEDOUT';
  // nats.js throws ConnectionError / TimeoutError (no shared base class to test with instanceof)
  return e instanceof Error && /^(ConnectionError|TimeoutError|RequestError|ClosedConnectionError)$/.test(e.name);
}

/** The exit code for an error that ended a command. */
export function exitCodeOf(e: unknown): number {
  if (isUnreachable(e)) return EXIT.UNREACHABLE;
  if (e instanceof InvalidArgumentError || (e instanceof CommanderError && e.exitCode !== 0)) return EXIT.USAGE;
  return EXIT.FAILED;
}

/** One line for stderr: the errno name with a service's refusal, the message otherwise. */
export function describeError(e: unknown): string {
  if (e instanceof KernelError) return `${e.message} (${e.errnoName})`;
  return e instanceof Error ? e.message : String(e);
}
