import { Command } from 'commander';
import { pkvm } from '@pkvm/proto';
import { GlobalOptions, hex, parseNumber, toJson, withClient } from './dma-and-dump-client';

const CONFIGS: Record<number, string> = { 0: 'abort', 4: 'bypass', 5: 'S1 translate', 6: 'S2 translate', 7: 'nested' };

/** `pkvm ste`: one Stream Table Entry (pkvm.v1.iommu.dump.Ste), raw dwords and decoded fields. */
export function registerSteCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('ste')
    .description("show a device's Stream Table Entry: dwords 0-3 and the decoded fields")
    .requiredOption('--sid <sid>', 'StreamID', parseNumber)
    .option('--smmu <index>', 'SMMU index in the platform file', parseNumber, 0)
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm ste --sid 8\n  pkvm ste --smmu 1 --sid 0x100 --json')
    .action(async (opts: { sid: number; smmu: number; json?: boolean }) => {
      const g = program.opts<GlobalOptions>();
      progress(`ste: smmu${opts.smmu} sid ${opts.sid}`);
      const r = await withClient(g, (c) => c.call<pkvm.v1.SteResponse>('IommuDumpService.Ste', { smmu: opts.smmu, sid: opts.sid }));
      if (opts.json) {
        const out = toJson(pkvm.v1.SteResponse, r);
        out.decoded = JSON.parse(r.decoded);
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      process.stdout.write(`STE smmu${opts.smmu} sid ${opts.sid} at ${hex(r.address)}\n`);
      r.dwords.forEach((d, i) => process.stdout.write(`  dword${i}: ${d}\n`));
      process.stdout.write(
        `  V=${r.valid ? 1 : 0} Config=${r.config} (${CONFIGS[r.config] ?? 'reserved'}) SHCFG=${r.shcfg} S2VMID=${r.s2Vmid} ` +
          `VTCR=${hex(r.vtcr)} S2AA64=${r.s2Aa64 ? 1 : 0} S2R=${r.s2R ? 1 : 0} S2TTB=${hex(r.s2Ttb)}\n`,
      );
    });
}
