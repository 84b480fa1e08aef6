import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PLATFORMS_DIR, SHIPPED_PLATFORMS } from '@pkvm/platform';
import { EXIT } from '../exit-codes';
import { pingAll, type ServiceProbeResult } from '../ping-all';
import { launchService, SERVICE_APPS, stopServices, type LaunchedService } from '../stack/service-launcher';
import type { TextStyle } from '../terminal/text-style';
import { GlobalOptions, parseNumber } from './dma-and-dump-client';

interface UpOptions {
  dataDir: string;
  platform?: string;
  detach?: boolean;
  wait: number;
  json?: boolean;
}

/** What `pkvm up` prints on stdout once every service answers. */
interface UpReport {
  nats: string;
  prefix: string;
  dataDir: string;
  detached: boolean;
  services: (ServiceProbeResult & { started: boolean; pid?: number; logFile?: string })[];
}

/** `--platform`: a shipped name (platforms/<name>.json) or a platform file, as the absolute path PKVM_PLATFORM takes. */
function parsePlatform(value: string): string {
  const file = (SHIPPED_PLATFORMS as readonly string[]).includes(value) ? join(PLATFORMS_DIR, `${value}.json`) : resolve(value);
  if (!existsSync(file)) throw new InvalidArgumentError(`no such platform: ${value} (${SHIPPED_PLATFORMS.join(', ')} or a platform file)`);
  return file;
}

/**
 * `pkvm up`: start the four services against a running NATS (what `npm start` does after finding or starting one).
 * Services that already answer on the prefix are left alone, so a second `up` is harmless. In the foreground the
 * stack runs until SIGINT/SIGTERM; `--detach` leaves it running and exits once every service is ready.
 */
export function registerUpCommand(program: Command, progress: (l: string) => void, style: TextStyle): void {
  program
    .command('up')
    .description('start the four services (iommu, hypervisor, host-kernel, boot-coordinator) and wait until each is ready')
    .option('--data-dir <dir>', 'stores and logs (PKVM_DATA_DIR)', process.env.PKVM_DATA_DIR ?? '.data')
    .option('--platform <name|file>', `platform the services load (PKVM_PLATFORM): ${SHIPPED_PLATFORMS.join(', ')} or a file`, parsePlatform)
    .option('--detach', 'leave the services running in the background and exit once they are ready')
    .option('--wait <ms>', 'how long to wait for every service to be ready', parseNumber, 60_000)
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      '\nNATS must answer at --nats (npm start finds or starts one). Logs go to <data-dir>/logs/<app>.log.\n' +
        'Examples:\n  pkvm up\n  pkvm up --detach --json\n  pkvm --prefix dev1 up --data-dir /tmp/dev1 --platform small --detach',
    )
    .action(async (opts: UpOptions) => {
      const g = program.opts<GlobalOptions>();
      const dataDir = resolve(opts.dataDir);
      // also the NATS check: nothing answering at --nats fails here with nats.js's ConnectionError (exit 3)
      const before = await pingAll({ natsUrl: g.nats, subjectPrefix: g.prefix });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NATS_URL: g.nats,
        PKVM_SUBJECT_PREFIX: g.prefix,
        PKVM_DATA_DIR: dataDir,
        ...(opts.platform ? { PKVM_PLATFORM: opts.platform } : {}),
      };
      const launched: LaunchedService[] = [];
      for (const app of SERVICE_APPS) {
        if (before.find((r) => r.app === app)?.answered) {
          progress(`up: ${app} already answers on this prefix; left as it is`);
          continue;
        }
        const s = launchService(app, env, resolve(dataDir, 'logs'), !!opts.detach);
        progress(`up: started ${app} (pid ${s.child.pid}, log ${s.logFile})`);
        launched.push(s);
      }
      const exited = new Set<string>();
      for (const s of launched) s.child.once('exit', (code, signal) => {
        exited.add(s.app);
        progress(`up: ${s.app} exited (${signal ?? code}); see ${s.logFile}`);
      });
      const results = await pingAll({ natsUrl: g.nats, subjectPrefix: g.prefix, waitMs: opts.wait, onProgress: progress });
      const report: UpReport = {
        nats: g.nats,
        prefix: g.prefix,
        dataDir,
        detached: !!opts.detach,
        services: results.map((r) => {
          const s = launched.find((l) => l.app === r.app);
          return { ...r, started: !!s, ...(s ? { pid: s.child.pid, logFile: s.logFile } : {}) };
        }),
      };
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else for (const r of report.services) process.stdout.write(`${r.app.padEnd(18)} ${r.ok ? style.good('ready') : style.bad('DOWN ')} ${r.started ? `pid ${r.pid}` : 'already running'} ${r.error ?? ''}\n`);
      if (!results.every((r) => r.ok)) {
        progress('up: not every service is ready; stopping the ones started here');
        // set first: detached children do not keep this process alive while they stop
        process.exitCode = results.some((r) => !r.answered) ? EXIT.UNREACHABLE : EXIT.FAILED;
        await stopServices(launched);
        return;
      }
      if (opts.detach || launched.length === 0) return;
      progress('up: the stack is running; Ctrl-C stops it');
      await new Promise<void>((done) => {
        let stopping = false;
        const stop = () => {
          stopping = true;
          void stopServices(launched).then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        // every service gone by itself: nothing left to run
        for (const s of launched) s.child.once('exit', () => {
          if (!stopping && exited.size === launched.length) {
            process.exitCode = EXIT.FAILED;
            done();
          }
        });
      });
    });
}

