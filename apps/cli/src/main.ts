import { Command } from 'commander';
import { registerBootCommand } from './commands/boot.command';
import { registerCheckIsolationCommand } from './commands/check-isolation.command';
import { registerReplayCommand } from './commands/replay.command';
import { registerDmaCommand } from './commands/dma.command';
import { registerHvcCommand } from './commands/hvc.command';
import { registerMemCommand } from './commands/mem.command';
import { registerPtdumpCommand } from './commands/ptdump.command';
import { registerSteCommand } from './commands/ste.command';
import { pingAll } from './ping-all';

/** Exit codes: 0 success, 1 a service is down or refused, 2 bad usage. */
const program = new Command('pkvm')
  .description('Drive the pKVM IOMMU twin: health, hypercalls, DMA, page tables, boot replay')
  .option('--nats <url>', 'NATS server', process.env.NATS_URL ?? 'nats://127.0.0.1:4222')
  .option('--prefix <prefix>', 'subject prefix of the deployment', process.env.PKVM_SUBJECT_PREFIX ?? '')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

const progress = (line: string) => process.stderr.write(`${line}\n`);

program
  .command('ping')
  .description("report every service's liveness and readiness over NATS")
  .option('--json', 'print JSON on stdout')
  .option('--wait <ms>', 'keep retrying services that do not answer yet', '0')
  .addHelpText('after', '\nExamples:\n  pkvm ping\n  pkvm ping --json --wait 10000')
  .action(async (opts: { json?: boolean; wait: string }) => {
    const g = program.opts<{ nats: string; prefix: string }>();
    const results = await pingAll({ natsUrl: g.nats, subjectPrefix: g.prefix, waitMs: Number(opts.wait), onProgress: progress });
    if (opts.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else for (const r of results) process.stdout.write(`${r.app.padEnd(18)} ${r.ok ? 'ready' : 'DOWN '} ${r.pingMs ?? '-'} ms ${r.error ?? ''}\n`);
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
  });

registerPtdumpCommand(program, progress);
registerSteCommand(program, progress);
registerDmaCommand(program, progress);
registerHvcCommand(program, progress);
registerMemCommand(program, progress);
registerBootCommand(program, progress);
registerReplayCommand(program, progress);
registerCheckIsolationCommand(program, progress);

program.parseAsync(process.argv).catch((e: Error) => {
  process.stderr.write(`pkvm: ${e.message}\n`);
  process.exit(1);
});
