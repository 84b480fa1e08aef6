import { Command, InvalidArgumentError } from 'commander';
import { pkvm } from '@pkvm/proto';
import { EXIT } from '../exit-codes';
import { GlobalOptions, hex, parseNumber, toJson, withClient } from './dma-and-dump-client';

function parseHexBytes(value: string): Uint8Array {
  const s = value.replace(/^0x/i, '').replace(/[\s_:]/g, '');
  if (s.length === 0 || s.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(s)) throw new InvalidArgumentError(`not hex bytes: ${value}`);
  return Uint8Array.from(Buffer.from(s, 'hex'));
}

/** `pkvm dma`: a device's DMA through its SMMU (pkvm.v1.iommu.dma.Dma). Exit 1 when it faulted. */
export function registerDmaCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('dma')
    .description("issue a device's DMA through its SMMU: read bytes, or write hex bytes")
    .requiredOption('--sid <sid>', 'StreamID of the device', parseNumber)
    .requiredOption('--iova <addr>', 'input (IO virtual) address', parseNumber)
    .option('--smmu <index>', 'SMMU index in the platform file', parseNumber, 0)
    .option('--read <length>', 'read this many bytes', parseNumber)
    .option('--write <hex>', 'write these bytes (hex)', parseHexBytes)
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExit 1 when the DMA faulted (the fault is printed).\nExamples:\n  pkvm dma --sid 8 --iova 0x40001000 --read 16\n  pkvm dma --sid 8 --iova 0x40001000 --write deadbeef --json')
    .action(async (opts: { sid: number; iova: number; smmu: number; read?: number; write?: Uint8Array; json?: boolean }) => {
      if ((opts.read === undefined) === (opts.write === undefined)) {
        program.error('pkvm dma: give exactly one of --read <length> and --write <hex>', { exitCode: EXIT.USAGE, code: 'pkvm.usage' });
      }
      const g = program.opts<GlobalOptions>();
      const write = opts.write !== undefined;
      const length = write ? opts.write!.length : opts.read!;
      progress(`dma: smmu${opts.smmu} sid ${opts.sid} ${write ? 'write' : 'read'} ${length} bytes at ${hex(opts.iova)}`);
      const r = await withClient(g, (c) =>
        c.call<pkvm.v1.DmaResponse>('IommuDmaService.Dma', {
          smmu: opts.smmu, sid: opts.sid, iova: opts.iova, length,
          direction: write ? pkvm.v1.DmaDirection.DMA_DIRECTION_WRITE : pkvm.v1.DmaDirection.DMA_DIRECTION_READ,
          data: opts.write,
        }),
      );
      process.exitCode = r.ok ? EXIT.OK : EXIT.FAILED;
      if (opts.json) {
        process.stdout.write(JSON.stringify(toJson(pkvm.v1.DmaResponse, r), null, 2) + '\n');
        return;
      }
      if (r.ok) process.stdout.write(write ? `ok: ${r.completed} bytes written\n` : `${Buffer.from(r.data).toString('hex')}\n`);
      else process.stdout.write(`fault: ${r.fault?.reason} at ${hex(r.fault?.address)} after ${r.completed} bytes${r.fault?.recorded ? ' (recorded in the event queue)' : ''}\n`);
    });
}
