import type { Compensate, Faults, SagaState, SendStep, ServiceName, StepReply } from '@pkvm/boot-saga';

/** Which executor drives a boot; recorded in the metadata of its BootRequested. */
export type ExecutorName = 'host-kernel' | 'simulator';

/** One send of a step or compensation, as decide() asked for it. */
export interface StepCall {
  readonly bootId: string;
  readonly command: SendStep | Compensate;
  /** The folded state after this send's StepStarted / CompensationStarted. */
  readonly state: SagaState;
  /**
   * A service other than the coordinator that the fault plan crashes during this send (fires once per boot):
   * it dies before committing, so a participant's work is lost and the request must be sent again.
   */
  readonly crash?: ServiceName;
}

/**
 * What came back:
 * - reply: the step ran (or the service's dedupe answered with the first run's reply);
 * - lost: no answer (timeout, nobody serving, the participant crashed): send again with the same key.
 * `crashed` names a service that died during the send, for the history (ProcessCrashed / ProcessResumed).
 */
export type StepOutcome =
  | { readonly kind: 'reply'; readonly reply: StepReply; readonly crashed?: ServiceName }
  | { readonly kind: 'lost'; readonly reason: string; readonly crashed?: ServiceName };

/**
 * The port through which the saga runner reaches the services. Implementations must be idempotent by
 * `command.idempotencyKey`: a re-send with the same key is answered with the first reply, never run again.
 */
export interface StepExecutor {
  readonly name: ExecutorName;
  /** Refuse (KernelError) a fault plan this executor cannot carry out, before the boot is recorded. */
  checkFaults(faults: Faults): void;
  execute(call: StepCall): Promise<StepOutcome>;
  close(): Promise<void>;
}
