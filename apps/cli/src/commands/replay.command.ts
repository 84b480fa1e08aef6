import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { KernelError } from '@pkvm/errno';
import { exportHistory, formatTimeline, isStepId, subStepDefinition, timeline, timelineSvg, verify, whatIf } from '@pkvm/boot-saga';
import type { BootSagaEvent, Decision, Faults, StepId } from '@pkvm/boot-saga';
import { pkvm } from '@pkvm/proto';
import { GlobalOptions, withClient } from './dma-and-dump-client';
import { EXIT, UsageError } from '../exit-codes';
import { fetchHistory, outcomeJson, parseCrash, parseFail, parseHistoryLenient } from './boot-saga-client';

interface SourceOptions {
  file?: string;
  json?: boolean;
}

/** Input that cannot be read or is not a history: exit 2, main prints the reason on stderr (after stopping the spinner). */
class UnreadableInput extends UsageError {}

/** The history to work on: `--file` (an export), else the live coordinator's boot `bootId`. */
async function loadHistory(g: GlobalOptions, bootId: string | undefined, opts: SourceOptions): Promise<{ events: BootSagaEvent[]; source: string }> {
  if (opts.file) {
    let text: string;
    try {
      text = readFileSync(opts.file, 'utf8');
    } catch (e) {
      throw new UnreadableInput(`${opts.file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    try {
      return { events: parseHistoryLenient(text), source: opts.file };
    } catch (e) {
      throw new UnreadableInput(`${opts.file}: ${(e as Error).message}`);
    }
  }
  if (!bootId) throw new UnreadableInput('give a boot id (see pkvm replay list) or --file <export.json>');
  try {
    const h = await withClient(g, (c) => fetchHistory(c, bootId));
    return { events: h.events, source: `boot ${bootId}` };
  } catch (e) {
    // no such boot, or a malformed id: the input cannot be read (a coordinator that does not answer stays exit 3)
    if (e instanceof KernelError && (e.errnoName === 'ENOENT' || e.errnoName === 'EINVAL')) throw new UnreadableInput(`boot ${bootId}: ${e.message}`);
    throw e;
  }
}

function describeDecision(d: Decision): string {
  switch (d.kind) {
    case 'send-step':
      return `send ${d.step} (attempt ${d.attempt}, key ${d.idempotencyKey})`;
    case 'compensate':
      return `compensate ${d.forStep} with ${d.compensation} (key ${d.idempotencyKey})`;
    case 'finish':
      return d.outcome.status === 'PROTECTED' ? 'finish PROTECTED' : `finish FAILED at ${d.outcome.step} (${d.outcome.errno})`;
    case 'done':
      return 'done (nothing more may follow)';
    case 'idle':
      return 'idle (no BootRequested yet)';
  }
}

function describeEvent(e: BootSagaEvent): string {
  switch (e.type) {
    case 'StepStarted':
      return `StepStarted ${e.step} (attempt ${e.attempt}, key ${e.idempotencyKey})`;
    case 'CompensationStarted':
      return `CompensationStarted ${e.compensation} for ${e.forStep} (key ${e.idempotencyKey})`;
    case 'BootFailed':
      return `BootFailed at ${e.step} (${e.errno})`;
    default:
      return e.type;
  }
}

const outcomeOf = (events: readonly BootSagaEvent[]): Record<string, unknown> => {
  const last = events[events.length - 1];
  if (last?.type === 'BootSucceeded') return { status: 'PROTECTED' };
  if (last?.type === 'BootFailed') return { status: 'FAILED', step: last.step, errno: last.errno, compensated: last.compensated };
  return { status: 'RUNNING' };
};

/** `pkvm replay`: list, show, verify, what-if, export and import boot saga histories. */
export function registerReplayCommand(program: Command, progress: (l: string) => void): void {
  const replay = program
    .command('replay')
    .description('replay boot sagas: list, show as a timeline, verify against the current code, what-if, export, import')
    .addHelpText(
      'after',
      '\nHistories come from the live coordinator (by boot id) or from an export (--file).\n' +
        'Examples:\n  pkvm replay list\n  pkvm replay show boot-1 --svg boot.svg\n  pkvm replay verify --file boot.json',
    );
  const g = () => program.opts<GlobalOptions>();

  replay
    .command('list')
    .description("the coordinator's boots, oldest first")
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm replay list\n  pkvm replay list --json')
    .action(async (opts: { json?: boolean }) => {
      const r = await withClient(g(), (c) => c.call<pkvm.v1.ListBootsResponse>('BootSagaService.ListBoots', {}));
      const boots = r.boots.map((b) => ({
        bootId: b.bootId ?? '', platform: b.platform ?? '', executor: b.executor ?? '', outcome: outcomeJson(b.outcome),
        startedAtMs: Number(b.startedAtMs), finishedAtMs: Number(b.finishedAtMs), events: Number(b.events), inFlight: b.inFlight ?? '',
      }));
      if (opts.json) process.stdout.write(JSON.stringify({ boots }, null, 2) + '\n');
      else for (const b of boots) {
        const o = b.outcome as { status: string; step?: string; errnoName?: string };
        process.stdout.write(`${b.bootId.padEnd(28)} ${b.platform.padEnd(10)} ${b.executor.padEnd(11)} ${o.status}${o.step ? ` at ${o.step} ${o.errnoName}` : ''}${b.inFlight ? ` (in flight: ${b.inFlight})` : ''}  ${new Date(b.startedAtMs).toISOString()}  ${b.events} events\n`);
      }
    });

  replay
    .command('show [bootId]')
    .description('the history as a timeline: a table (with EL2 sub-steps), JSON rows, or an SVG Gantt chart')
    .option('--file <export.json>', 'read an exported history instead of the live coordinator')
    .option('--svg <file>', 'also write the timeline as SVG (one row per step)')
    .option('--no-sub-steps', 'leave the sub-steps out of the table')
    .option('--json', 'print the rows as JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm replay show boot-1\n  pkvm replay show --file boot.json --no-sub-steps\n  pkvm replay show boot-1 --svg boot.svg --json')
    .action(async (bootId: string | undefined, opts: SourceOptions & { svg?: string; subSteps: boolean }) => {
      const { events, source } = await loadHistory(g(), bootId, opts);
      const rows = timeline(events);
      if (opts.svg) {
        writeFileSync(opts.svg, timelineSvg(rows));
        progress(`replay show: wrote ${opts.svg} (${rows.length} rows)`);
      }
      if (opts.json) process.stdout.write(JSON.stringify({ source, outcome: outcomeOf(events), rows }, null, 2) + '\n');
      else process.stdout.write(`${formatTimeline(rows, { subSteps: opts.subSteps })}\n\n${source}: ${JSON.stringify(outcomeOf(events))}\n`);
    });

  replay
    .command('verify [bootId]')
    .description('feed the history to the current decide(): exit 0 when every decision matches, 1 at the first that differs')
    .option('--file <export.json>', 'read an exported history instead of the live coordinator')
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      '\nExit 0 when the code decides as recorded, 1 when it decides differently (index, expected, actual printed), 2 unreadable input.\n' +
        'Examples:\n  pkvm replay verify boot-1\n  pkvm replay verify --file boot.json --json',
    )
    .action(async (bootId: string | undefined, opts: SourceOptions) => {
      const { events, source } = await loadHistory(g(), bootId, opts);
      const r = verify(events);
      if (r.ok) {
        if (opts.json) process.stdout.write(JSON.stringify({ source, ok: true, events: r.events }, null, 2) + '\n');
        else process.stdout.write(`${source}: ok, the current code makes every recorded decision (${r.events} events)\n`);
        return;
      }
      if (opts.json) process.stdout.write(JSON.stringify({ source, ok: false, index: r.atIndex, expected: r.expected, actual: r.actual, reason: r.reason }, null, 2) + '\n');
      else {
        process.stdout.write(`${source}: DIVERGES at event ${r.atIndex}\n`);
        process.stdout.write(`  expected (current code): ${describeDecision(r.expected)}\n`);
        process.stdout.write(`  actual (recorded):       ${describeEvent(r.actual)}\n`);
        process.stdout.write(`  ${r.reason}\n`);
      }
      process.exitCode = EXIT.FAILED;
    });

  replay
    .command('whatif [bootId]')
    .description('fork a recorded history at a step with an injected fault; computed offline with the simulator, never touching the live system')
    .option('--file <export.json>', 'read an exported history instead of the live coordinator')
    .option('--at <step>', 'the branch point S0..S6 (default: the step the fault targets)')
    .option('--fail <step:errno>', 'fail a step or EL2 sub-step, e.g. S4:ENOMEM or g2:iommu_pool_init:-12', parseFail)
    .option('--crash <service@step[:substep]>', 'crash a service while a step (or an EL2 sub-step of it) is in flight', parseCrash)
    .option('--out <file>', 'write the forked history (export format)')
    .option('--svg <file>', 'write the forked timeline as SVG')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm replay whatif boot-1 --fail S4:ENOMEM\n  pkvm replay whatif --file boot.json --at S3 --fail g3.4:smmu_init_pgt:EINVAL --json')
    .action(async (bootId: string | undefined, opts: SourceOptions & { at?: string; fail?: Faults['failStep']; crash?: Faults['crash']; out?: string; svg?: string }) => {
      if (!opts.fail && !opts.crash) throw new UnreadableInput('give the fault: --fail STEP:ERRNO and/or --crash SERVICE@STEP');
      const fault: Faults = { ...(opts.fail ? { failStep: opts.fail } : {}), ...(opts.crash ? { crash: opts.crash } : {}) };
      const faultStep = opts.fail ? ('step' in opts.fail ? opts.fail.step : subStepDefinition(opts.fail.subStep).step) : undefined;
      const crashStep = opts.crash && isStepId(opts.crash.atStep) ? opts.crash.atStep : undefined;
      const at = opts.at ?? faultStep ?? crashStep ?? 'S4';
      if (!isStepId(at)) throw new UnreadableInput(`--at: ${at} is not a step (S0..S6)`);
      const { events, source } = await loadHistory(g(), bootId, opts);
      let r: ReturnType<typeof whatIf>;
      try {
        r = whatIf(events, at as StepId, fault);
      } catch (e) {
        if (e instanceof KernelError) throw new UnreadableInput(e.message);
        throw e;
      }
      progress(`replay whatif: ${source} forked at event ${r.branchIndex} (${at}); simulated offline`);
      if (opts.out) writeFileSync(opts.out, exportHistory(r.history));
      const rows = timeline(r.history);
      if (opts.svg) writeFileSync(opts.svg, timelineSvg(rows));
      const doc = { source, at, fault, branchIndex: r.branchIndex, recordedOutcome: r.recordedOutcome ?? null, outcome: r.outcome, events: r.history.length, timeline: rows };
      if (opts.json) process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
      else process.stdout.write(`${formatTimeline(rows)}\n\nrecorded: ${JSON.stringify(r.recordedOutcome ?? null)}\nwhat-if:  ${JSON.stringify(r.outcome)}\n`);
    });

  replay
    .command('export <bootId>')
    .description('a boot history as JSON (format pkvm.boot-saga.history, version 1)')
    .option('--out <file>', 'write it to a file instead of stdout')
    .option('--json', 'the export is JSON already; with --out, print {bootId, file, events} on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm replay export boot-1 > boot.json\n  pkvm replay export boot-1 --out boot.json --json')
    .action(async (bootId: string, opts: { out?: string; json?: boolean }) => {
      let r: pkvm.v1.ExportBootResponse;
      try {
        r = await withClient(g(), (c) => c.call<pkvm.v1.ExportBootResponse>('BootSagaService.ExportBoot', { bootId }));
      } catch (e) {
        // an unknown or malformed boot id is unreadable input, as for show and verify
        if (e instanceof KernelError && (e.errnoName === 'ENOENT' || e.errnoName === 'EINVAL')) throw new UnreadableInput(`boot ${bootId}: ${e.message}`);
        throw e;
      }
      if (!opts.out) {
        process.stdout.write(r.json + '\n');
        return;
      }
      writeFileSync(opts.out, r.json + '\n');
      progress(`replay export: wrote ${opts.out}`);
      if (opts.json) process.stdout.write(JSON.stringify({ bootId, file: opts.out, events: (JSON.parse(r.json) as { events: unknown[] }).events.length }, null, 2) + '\n');
    });

  replay
    .command('import <file>')
    .description('store a finished exported history in the coordinator, as a boot of its own (list, show, verify)')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm replay import boot.json\n  pkvm replay import whatif.json --json')
    .action(async (file: string, opts: { json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new UnreadableInput(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      let r: pkvm.v1.ImportBootResponse;
      try {
        r = await withClient(g(), (c) => c.call<pkvm.v1.ImportBootResponse>('BootSagaService.ImportBoot', { json: text }));
      } catch (e) {
        if (e instanceof KernelError && e.errnoName === 'EINVAL') throw new UnreadableInput(`${file}: ${e.message}`);
        throw e;
      }
      if (opts.json) process.stdout.write(JSON.stringify({ bootId: r.bootId, events: Number(r.events) }, null, 2) + '\n');
      else process.stdout.write(`imported ${file} as boot ${r.bootId} (${r.events} events)\n`);
    });
}
