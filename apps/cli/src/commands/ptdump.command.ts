import { Command } from 'commander';
import { pkvm } from '@pkvm/proto';
import { GlobalOptions, hex, parseNumber, toJson, withClient } from './dma-and-dump-client';

/** `pkvm ptdump`: the SMMU identity map (pkvm.v1.iommu.dump.Ptdump), merged runs of leaves. */
export function registerPtdumpCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('ptdump')
    .description('dump the IOMMU identity map (io-pgtable stage 2) as merged runs of leaves')
    .option('--start <addr>', 'first IOVA', parseNumber, 0)
    .option('--end <addr>', 'end IOVA (exclusive; default: everything)', parseNumber, 0)
    .option('--table <pa>', 'also dump this table page raw (hex)', parseNumber, 0)
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm ptdump\n  pkvm ptdump --start 0x40000000 --end 0x40200000 --json')
    .action(async (opts: { start: number; end: number; table: number; json?: boolean }) => {
      const g = program.opts<GlobalOptions>();
      progress(`ptdump: ${g.prefix ? `${g.prefix}.` : ''}pkvm.v1.iommu.dump.Ptdump on ${g.nats}`);
      const r = await withClient(g, (c) => c.call<pkvm.v1.PtdumpResponse>('IommuDumpService.Ptdump', { start: opts.start, end: opts.end, tablePa: opts.table }));
      if (opts.json) {
        process.stdout.write(JSON.stringify(toJson(pkvm.v1.PtdumpResponse, r), null, 2) + '\n');
        return;
      }
      const i = r.idmap;
      if (i) process.stdout.write(`# idmap: ias ${i.ias} oas ${i.oas} start L${i.startLevel} pgd ${hex(i.pgd)} vtcr ${hex(i.vtcr)}\n`);
      process.stdout.write((r.text || '(no leaves)') + '\n');
      if (r.tableHex) process.stdout.write(`# table ${hex(opts.table)}\n${r.tableHex}\n`);
    });
}
