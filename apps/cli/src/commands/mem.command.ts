import { Command } from 'commander';
import { pkvm } from '@pkvm/proto';
import { writeFileSync } from 'node:fs';
import { GlobalOptions, hex, parseNumber, toJson, withClient } from './dma-and-dump-client';
import { memoryMapSvg } from './memory-map-svg';

/** `pkvm mem`: the ownership map of physical memory, from the hypervisor's dump (pkvm.v1.hypervisor.dump.MemMap). */
export function registerMemCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('mem')
    .description('show who owns each range of physical memory: owner, host and hyp page states, host access')
    .option('--start <pa>', 'first address', parseNumber, 0)
    .option('--end <pa>', 'end address (0 = every memblock and MMIO region)', parseNumber, 0)
    .option('--json', 'print JSON on stdout')
    .option('--svg <file>', 'also draw the map, coloured by owner, into an SVG file')
    .addHelpText('after', '\nExamples:\n  pkvm mem\n  pkvm mem --start 0x4000_0000 --end 0x4400_0000 --json\n  pkvm mem --svg memory.svg')
    .action(async (opts: { start: number; end: number; json?: boolean; svg?: string }) => {
      const g = program.opts<GlobalOptions>();
      progress(`mem: ${hex(opts.start)}..${opts.end ? hex(opts.end) : 'end'}`);
      const r = await withClient(g, (c) => c.call<pkvm.v1.MemMapResponse>('HypervisorDumpService.MemMap', { start: opts.start, end: opts.end }));
      if (opts.svg) {
        writeFileSync(opts.svg, memoryMapSvg(r.ranges.map((m) => ({ start: Number(m.start), end: Number(m.end), owner: m.owner ?? '', hostState: m.hostState ?? '', isMemory: !!m.isMemory }))));
        progress(`mem: drew ${r.ranges.length} ranges into ${opts.svg}`);
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(toJson(pkvm.v1.MemMapResponse, r), null, 2) + '\n');
        return;
      }
      for (const m of r.ranges) {
        process.stdout.write(
          `${hex(m.start, 12)}-${hex(m.end, 12)} ${String(m.owner).padEnd(5)} host=${String(m.hostState).padEnd(15)} hyp=${String(m.hypState).padEnd(15)} ` +
            `${m.isMemory ? 'mem ' : 'mmio'} access=${m.hostAccess}${m.refcount ? ` ref=${m.refcount}` : ''}${m.guestVm ? ` vm=${m.guestVm}` : ''}\n`,
        );
      }
    });
}
