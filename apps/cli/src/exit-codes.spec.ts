import { PermissionViolationError, RequestError, TimeoutError } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { DeadlineExceededError, NoRespondersError } from '@pkvm/transport';
import { EXIT, exitCodeOf } from './exit-codes';

describe('exitCodeOf', () => {
  it("counts a service's reply as an answer, even ETIMEDOUT (exit 1)", () => {
    expect(exitCodeOf(KernelError.of('ETIMEDOUT', 'handler did not finish'))).toBe(EXIT.FAILED);
    expect(exitCodeOf(KernelError.of('EPERM', 'not owned'))).toBe(EXIT.FAILED);
  });

  it('maps the transport giving no answer to exit 3', () => {
    expect(exitCodeOf(new NoRespondersError('pkvm.x'))).toBe(EXIT.UNREACHABLE);
    expect(exitCodeOf(new DeadlineExceededError('pkvm.x', 100))).toBe(EXIT.UNREACHABLE);
    expect(exitCodeOf(new RequestError('timeout', { cause: new TimeoutError() }))).toBe(EXIT.UNREACHABLE);
  });

  it('maps a permissions violation, bare or as the cause of a RequestError, to a refusal (exit 1)', () => {
    const denied = new PermissionViolationError("Permissions Violation for Publish to 'pkvm.x'", 'publish', 'pkvm.x');
    expect(exitCodeOf(denied)).toBe(EXIT.FAILED);
    expect(exitCodeOf(new RequestError(denied.message, { cause: denied }))).toBe(EXIT.FAILED);
  });
});
