import { Command } from 'commander';
import { registerBootCommand } from './commands/boot.command';
import { registerCheckIsolationCommand } from './commands/check-isolation.command';
import { registerReplayCommand } from './commands/replay.command';
import { registerDmaCommand } from './commands/dma.command';
import { registerHvcCommand } from './commands/hvc.command';
import { registerMemCommand } from './commands/mem.command';
import { registerPtdumpCommand } from './commands/ptdump.command';
import { registerSteCommand } from './commands/ste.command';
import { registerUpCommand } from './commands/up.command';
import { parseNumber } from './commands/dma-and-dump-client';
import { describeError, EXIT, EXIT_CODES_HELP, exitCodeOf } from './exit-codes';
import { pingAll } from './ping-all';
import { ProgressReporter } from './terminal/progress-reporter';
import { capabilitiesOf } from './terminal/terminal-capabilities';
import { textStyle } from './terminal/text-style';

const reporter = new ProgressReporter(process.stderr, capabilitiesOf(process.stderr, process.env));
const progress = reporter.line;
const style = textStyle(capabilitiesOf(process.stdout, process.env));
if (process.stdout.isTTY) {
  // stdout and the spinner share the terminal: data starts on a clean line
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((...a: Parameters<typeof write>) => (reporter.clearForOutput(), write(...a))) as typeof process.stdout.write;
}

const program = new Command('pkvm')
  .description('Drive the pKVM IOMMU twin: start it, health, hypercalls, DMA, page tables, memory ownership, boot and replay, isolation')
  .option('--nats <url>', 'NATS server', process.env.NATS_URL ?? 'nats://127.0.0.1:4222')
  .option('--prefix <prefix>', 'subject prefix of the deployment', process.env.PKVM_SUBJECT_PREFIX ?? '')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nData goes to stdout (--json: one JSON document), progress to stderr (a spinner only on a terminal; NO_COLOR: no escapes).\n\n' +
      `${EXIT_CODES_HELP}\n\nExamples:\n  pkvm up --detach\n  pkvm ping --json\n  pkvm boot --json\n  pkvm check isolation\n  pkvm <command> --help`,
  )
  .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.OK : EXIT.USAGE))
  .hook('preAction', (_root, action) => reporter.start(action.name()))
  .hook('postAction', () => reporter.stop());

program
  .command('ping')
  .description("report every service's liveness and readiness over NATS")
  .option('--json', 'print JSON on stdout')
  .option('--wait <ms>', 'keep retrying services that do not answer or are not ready yet', parseNumber, 0)
  .addHelpText('after', '\nExit 0 when every service is ready, 1 when one answers but is not ready, 3 when one does not answer.\nExamples:\n  pkvm ping\n  pkvm ping --json --wait 10000')
  .action(async (opts: { json?: boolean; wait: number }) => {
    const g = program.opts<{ nats: string; prefix: string }>();
    const results = await pingAll({ natsUrl: g.nats, subjectPrefix: g.prefix, waitMs: opts.wait, onProgress: progress });
    if (opts.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else for (const r of results) process.stdout.write(`${r.app.padEnd(18)} ${r.ok ? style.good('ready') : style.bad('DOWN ')} ${r.pingMs ?? '-'} ms ${r.error ?? ''}\n`);
    process.exitCode = results.every((r) => r.ok) ? EXIT.OK : results.some((r) => !r.answered) ? EXIT.UNREACHABLE : EXIT.FAILED;
  });

registerUpCommand(program, progress, style);
registerPtdumpCommand(program, progress);
registerSteCommand(program, progress);
registerDmaCommand(program, progress);
registerHvcCommand(program, progress);
registerMemCommand(program, progress);
registerBootCommand(program, progress);
registerReplayCommand(program, progress);
registerCheckIsolationCommand(program, progress, style);

program.parseAsync(process.argv).catch((e: unknown) => {
  reporter.stop();
  const nats = e instanceof Error && e.name === 'ConnectionError' ? ` (NATS at ${program.opts<{ nats: string }>().nats})` : '';
  process.stderr.write(`pkvm: ${describeError(e)}${nats}\n`);
  process.exit(exitCodeOf(e));
});
