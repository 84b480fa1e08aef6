import { Logger } from '@nestjs/common';
import { simulateCompensation, simulateStep } from '@pkvm/boot-saga';
import type { Faults, StepReply } from '@pkvm/boot-saga';
import { participantsOf } from '../saga/saga-commands';
import type { EventStore } from '@pkvm/event-store';
import type { StepCall, StepExecutor, StepOutcome } from './step-executor';

/** The simulated services' reply ledger for one boot lives on this stream of the coordinator's store. */
export const simulatorStreamId = (bootId: string): string => `simulator:${bootId}`;
/** The event type of one real (first) execution in the simulated services' ledger. */
export const SIMULATED_EXECUTION = 'SimulatedStepExecuted';

/** Payload (UTF-8 JSON) of a SimulatedStepExecuted event. */
export interface SimulatedExecution {
  readonly what: string;
  readonly idempotencyKey: string;
  readonly reply: StepReply;
}

/**
 * The stand-in for host-kernel, hypervisor and iommu: libs/boot-saga's pure step model (simulateStep), with the
 * services' dedupe made durable. Each first execution is committed to `simulator:<bootId>` before its reply is
 * returned, so a coordinator that dies after the step ran and re-sends it after its restart gets the recorded
 * reply, exactly as a real service's request-id ledger would answer. Clearly not the real services: the
 * recorded BootRequested says `executor: simulator`.
 */
export class SimulatedStepExecutor implements StepExecutor {
  readonly name = 'simulator' as const;
  private readonly logger = new Logger('boot-simulator');

  constructor(
    private readonly store: EventStore,
    /** Latency of each simulated step (lets a test stop the coordinator while a step is in flight). */
    private readonly stepDelayMs = 0,
  ) {}

  checkFaults(_faults: Faults): void {
    // every fault of the plan can be simulated
  }

  async execute(call: StepCall): Promise<StepOutcome> {
    const { command, state, bootId } = call;
    const what = command.kind === 'send-step' ? command.step : command.compensation;
    if (call.crash && participantsOf(what).includes(call.crash)) {
      // The participant dies before committing: nothing ran; the coordinator's request times out.
      return { kind: 'lost', reason: `${call.crash} crashed during ${what} [injected]`, crashed: call.crash };
    }
    const streamId = simulatorStreamId(bootId);
    const ledger = await this.store.readStream(streamId);
    const previous = ledger
      .map((e) => JSON.parse(Buffer.from(e.payload).toString('utf8')) as SimulatedExecution)
      .find((x) => x.idempotencyKey === command.idempotencyKey);
    if (previous) {
      this.logger.log(`${command.idempotencyKey}: answered from the ledger (not run again)`);
      return { kind: 'reply', reply: previous.reply, ...(call.crash ? { crashed: call.crash } : {}) };
    }
    if (this.stepDelayMs > 0) await new Promise((r) => setTimeout(r, this.stepDelayMs));
    const reply: StepReply =
      command.kind === 'send-step'
        ? simulateStep(state, command.step)
        : { ok: true, result: simulateCompensation(state, command.compensation), subSteps: [] };
    const record: SimulatedExecution = { what, idempotencyKey: command.idempotencyKey, reply };
    await this.store.append(streamId, ledger.length, [
      { type: SIMULATED_EXECUTION, payload: Buffer.from(JSON.stringify(record), 'utf8'), metadata: { requestId: command.idempotencyKey } },
    ]);
    return { kind: 'reply', reply, ...(call.crash ? { crashed: call.crash } : {}) };
  }

  async close(): Promise<void> {}
}
