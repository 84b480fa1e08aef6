import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { checkIsolation, type Finding, type IsolationReport, type OwnershipView } from '@pkvm/isolation-oracle';
import { EXIT } from '../exit-codes';
import type { TextStyle } from '../terminal/text-style';
import { GlobalOptions, hex, parseNumber, withClient } from './dma-and-dump-client';
import { liveSources } from './check-isolation-sources';

interface CheckIsolationOptions {
  json?: boolean;
  probe: boolean;
  seed: number;
  samples: number;
  ownership?: string;
  strict?: boolean;
}

/** Findings that fail `--strict` besides violations. */
const STRICT_KINDS = (k: string) => k === 'violation' || k === 'unreachable' || k === 'probe-mismatch' || k === 'non-identity' || k.startsWith('design-gap:');

function line(f: Finding): string {
  const streams = f.streams.length > 1 ? ` (+${f.streams.length - 1} more streams)` : '';
  return `${f.kind.padEnd(26)} smmu${f.smmu} sid ${f.sid}${streams} [${hex(f.start)}, ${hex(f.end)}) ${f.category} ${f.owner}` +
    `${f.hostState ? `/${f.hostState}` : ''} access=${f.access || '-'} via ${f.source}${f.call ? ` (${f.call})` : ''}: ${f.detail}`;
}

/**
 * `pkvm check isolation`: the isolation invariant over the running stack. Ownership from the hypervisor's dump
 * service, reachability (a walk of the real descriptors from every attached STE), the pool-ENOMEM record and the
 * probe DMAs from the iommu's; libs/isolation-oracle names every finding. Exit 0 with no violation, 1 otherwise
 * (`--strict`: also on design gaps, unexplained unreachable pages and probe mismatches).
 */
export function registerCheckIsolationCommand(program: Command, progress: (l: string) => void, style: TextStyle): void {
  const check =
    program.commands.find((c) => c.name() === 'check') ??
    program.command('check').description('check an invariant over the running stack').addHelpText('after', '\nExamples:\n  pkvm check isolation --json');
  check
    .command('isolation')
    .description('check the isolation invariant: devices behind the identity domain reach exactly the pages the host owns')
    .option('--json', 'print the report as JSON on stdout')
    .option('--no-probe', 'walk the descriptors only, no probe DMA')
    .option('--seed <n>', 'seed of the probe sample', parseNumber, 1)
    .option('--samples <n>', 'seeded probe pages per page kind', parseNumber, 4)
    .option('--ownership <file>', 'an ownership view (JSON: {ranges, changes, regions}) instead of the hypervisor\'s')
    .option('--strict', 'also exit 1 on design gaps, unreachable pages and probe mismatches')
    .addHelpText('after', '\nExit 0 with no violation (--strict: no failing finding), 1 otherwise.\nExamples:\n  pkvm check isolation\n  pkvm check isolation --json --seed 7 --samples 16\n  pkvm check isolation --no-probe --strict')
    .action(async (opts: CheckIsolationOptions) => {
      const g = program.opts<GlobalOptions>();
      const ownership = opts.ownership ? (JSON.parse(readFileSync(opts.ownership, 'utf8')) as OwnershipView) : undefined;
      progress(`check isolation: ownership from ${ownership ? opts.ownership : 'pkvm.v1.hypervisor.dump'}, reachability from pkvm.v1.iommu.dump${opts.probe ? ', probe DMA' : ''}`);
      const { report, facts } = await withClient(g, async (c) => {
        const src = liveSources(c, { ownership, probe: opts.probe });
        const report: IsolationReport = await checkIsolation(src, { probe: { seed: opts.seed, perCategory: opts.samples } });
        return { report, facts: await src.facts() };
      });
      const failing = report.findings.filter((f) => (opts.strict ? STRICT_KINDS(f.kind) : f.kind === 'violation'));
      if (facts.walkerDisagreements) progress(`check isolation: WARNING ${facts.walkerDisagreements} walker disagreements in the iommu`);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ ...report, iommu: facts, failing: failing.length }, null, 2) + '\n');
      } else {
        const s = report.summary;
        process.stdout.write(
          `isolation: ${report.ok ? style.good('OK') : style.bad('VIOLATED')}; ${s.streams} attached stream(s), ${s.violations} violation(s), ${s.designGaps} design gap(s), ` +
            `${s.unreachable} unreachable, ${s.unreachableAfterEnomem} unreachable after ENOMEM, ${s.probeMismatches} probe mismatch(es), ${s.probes} probe(s)\n`,
        );
        for (const f of report.findings) process.stdout.write(`  ${line(f)}\n`);
      }
      process.exitCode = failing.length === 0 ? EXIT.OK : EXIT.FAILED;
    });
}
