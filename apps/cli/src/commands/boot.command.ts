import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import { formatTimeline, timeline } from '@pkvm/boot-saga';
import type { BootSagaEvent, Faults } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import { DeadlineExceededError, TransportError } from '@pkvm/transport';
import type { HypercallClient } from '@pkvm/transport';
import { GlobalOptions, parseNumber, withClient } from './dma-and-dump-client';
import { EXIT } from '../exit-codes';
import { eventsFromWire, faultsToWire, outcomeJson, parseCrash, parseFail } from './boot-saga-client';

/** One history event as a progress line (stderr). */
export function progressLine(e: BootSagaEvent): string {
  switch (e.type) {
    case 'BootRequested':
      return `boot ${e.bootId}: requested on ${e.platform.name}${e.faults ? ` with faults ${JSON.stringify(e.faults)}` : ''}`;
    case 'StepStarted':
      return `  ${e.step} sent (${e.idempotencyKey})`;
    case 'SubStepReported':
      return `    ${e.subStep}${e.detail ? `[${e.detail}]` : ''} ${e.ok ? 'ok' : `failed ${e.errno ?? ''}`}`;
    case 'StepSucceeded':
      return `  ${e.step} ok ${JSON.stringify(e.result)}`;
    case 'StepFailed':
      return `  ${e.step} failed ${e.errno}: ${e.message}`;
    case 'CompensationStarted':
      return `  ${e.compensation} (compensating ${e.forStep}) sent (${e.idempotencyKey})`;
    case 'CompensationDone':
      return `  ${e.compensation} done ${JSON.stringify(e.result)}`;
    case 'ProcessCrashed':
      return `  ! ${e.service} crashed${e.during ? ` during ${e.during}` : ''}`;
    case 'ProcessResumed':
      return `  ! ${e.service} resumed`;
    case 'BootSucceeded':
      return 'boot: PROTECTED';
    case 'BootFailed':
      return `boot: FAILED at ${e.step} (${e.errno})${e.compensated.length ? `, compensated by ${e.compensated.join(', ')}` : ''}`;
  }
}

/** What a finished (or resumed) boot looks like to its caller. */
export interface BootRun {
  readonly bootId: string;
  readonly executor: string;
  readonly platform: string;
  readonly outcome: Record<string, unknown>;
  readonly events: readonly BootSagaEvent[];
  /** False when an earlier boot of this stack was shown instead of starting one (a machine boots once). */
  readonly started: boolean;
}

export interface RunBootOptions {
  readonly platform?: string;
  readonly faults?: Faults;
  readonly bootId?: string;
  readonly timeoutMs: number;
  /** Show the stack's latest boot, if it has one, instead of starting another (npm start on a booted stack). */
  readonly reuseLatest?: boolean;
}

/**
 * Starts a boot under the coordinator's saga (or picks the latest one) and follows its history until the outcome:
 * each new event is a progress line. A coordinator that stops answering (an injected crash) is waited for.
 */
export async function runBoot(c: HypercallClient, opts: RunBootOptions, progress: (l: string) => void): Promise<BootRun> {
  let bootId: string | undefined;
  let executor = '';
  let started = false;
  if (opts.reuseLatest) {
    const list = await c.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {});
    const latest = list.boots[list.boots.length - 1];
    if (latest?.bootId) {
      bootId = latest.bootId;
      executor = latest.executor ?? '';
      progress(`boot ${bootId}: this stack already booted (a machine boots once); showing that boot`);
    }
  }
  if (!bootId) {
    const start = await c.call<pkvm.v1.StartBootResponse>(
      'BootSagaService.StartBoot',
      { platform: opts.platform ?? '', faults: faultsToWire(opts.faults ?? {}), bootId: opts.bootId ?? '' },
      { requestId: randomUUID(), timeoutMs: 30_000 },
    );
    bootId = start.bootId;
    executor = start.executor;
    started = true;
    progress(`boot ${bootId}: started (executor ${executor})`);
  }
  const events: BootSagaEvent[] = [];
  let boot: pkvm.v1.IBootSummary | undefined;
  let waitingSaid = false;
  for (const until = Date.now() + opts.timeoutMs; ; ) {
    try {
      const r = await c.call<pkvm.v1.GetBootResponse>('BootSagaService.GetBoot', { bootId, fromVersion: events.length + 1 }, { timeoutMs: 5_000 });
      waitingSaid = false;
      for (const e of eventsFromWire(r.events)) {
        events.push(e);
        progress(progressLine(e));
      }
      boot = r.boot ?? undefined;
      if (boot?.outcome?.status !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING) break;
    } catch (e) {
      // a crashed coordinator does not answer until it is back; its saga resumes from the store
      if (!(e instanceof TransportError)) throw e;
      if (!waitingSaid) progress(`boot ${bootId}: the coordinator does not answer (${e.message}); waiting for it to resume`);
      waitingSaid = true;
    }
    // the CLI's own wait ran out: a deadline, exit 3 like any other (a service's ETIMEDOUT reply is a refusal, exit 1)
    if (Date.now() > until) throw new DeadlineExceededError(`boot ${bootId} (still running)`, opts.timeoutMs);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { bootId, executor: executor || (boot?.executor ?? ''), platform: boot?.platform ?? '', outcome: outcomeJson(boot?.outcome), events, started };
}

interface BootOptions {
  platform?: string;
  fail?: Faults['failStep'];
  crash?: Faults['crash'];
  bootId?: string;
  timeout: number;
  json?: boolean;
}

/** `pkvm boot`: start a boot under the coordinator's saga and wait for its outcome. */
export function registerBootCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('boot')
    .description('boot the machine under the boot saga (with optional fault injection) and wait for the outcome')
    .option('--platform <name>', 'shipped platform (qemu-virt, large, small); default: the coordinator\'s')
    .option('--fail <step:errno>', 'fail a step or EL2 sub-step, e.g. S4:ENOMEM or g2:iommu_pool_init:-12', parseFail)
    .option('--crash <service@step[:substep]>', 'crash a service while a step (or an EL2 sub-step of it) is in flight, e.g. boot-coordinator@S4, hypervisor@S4:g3.4', parseCrash)
    .option('--boot-id <id>', 'the saga id (default: a new one)')
    .option('--timeout <ms>', 'give up waiting after this long', parseNumber, 180_000)
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      '\nExit 0 when the boot ends PROTECTED, 1 when it ends FAILED or a service refuses it, 3 when the coordinator does not answer.\n' +
        'Examples:\n  pkvm boot --json\n  pkvm boot --fail S4:ENOMEM\n  pkvm boot --crash boot-coordinator@S3 --json\n  pkvm boot --crash hypervisor@S4:g4 --json',
    )
    .action(async (opts: BootOptions) => {
      const g = program.opts<GlobalOptions>();
      const faults: Faults = { ...(opts.fail ? { failStep: opts.fail } : {}), ...(opts.crash ? { crash: opts.crash } : {}) };
      const run = await withClient(g, (c) =>
        runBoot(c, { ...(opts.platform ? { platform: opts.platform } : {}), faults, ...(opts.bootId ? { bootId: opts.bootId } : {}), timeoutMs: opts.timeout }, progress),
      );
      const rows = timeline(run.events);
      if (opts.json) {
        const doc = { bootId: run.bootId, executor: run.executor, platform: run.platform, outcome: run.outcome, events: run.events.length, timeline: rows };
        process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
      } else {
        process.stdout.write(`${formatTimeline(rows)}\n\nboot ${run.bootId} on ${run.platform}: ${JSON.stringify(run.outcome)}\n`);
      }
      process.exitCode = run.outcome.status === 'PROTECTED' ? EXIT.OK : EXIT.FAILED;
    });
}
