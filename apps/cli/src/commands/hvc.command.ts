import { Command } from 'commander';
import { errnoName, SMCCC_RET_NOT_SUPPORTED, SMCCC_RET_SUCCESS } from '@pkvm/errno';
import { decodeArgs, encodeHypercall, hypercallByName, HypercallArgsError } from '@pkvm/hypercalls';
import type { pkvm } from '@pkvm/proto';
import { EXIT, UsageError } from '../exit-codes';
import { GlobalOptions, parseNumber, withClient } from './dma-and-dump-client';

/** What `pkvm hvc` prints: the call, the SMCCC registers back, and their meaning. */
export interface HvcOutcome {
  name: string;
  functionId: string;
  cpu: number;
  args: Record<string, number>;
  x0: number;
  x1: number;
  x2: number;
  x3: number;
  /** SMCCC_RET_SUCCESS or SMCCC_RET_NOT_SUPPORTED (x0). */
  smccc: string;
  /** The function's own result (x1) as an errno name, or "0". */
  errnoName: string;
}

function smcccName(x0: number): string {
  if (x0 === SMCCC_RET_SUCCESS) return 'SMCCC_RET_SUCCESS';
  if (x0 === SMCCC_RET_NOT_SUPPORTED) return 'SMCCC_RET_NOT_SUPPORTED';
  return `SMCCC_RET(${x0})`;
}

/**
 * `pkvm hvc NAME [ARGS...]`: one hypercall as the host issues it (pkvm.v1.hyp.Hvc): the name gives x0
 * (0xC6000000 + index, libs/hypercalls), ARGS fill x1..x6 (decimal, 0x hex, or name=value).
 * Exit 0 when x0 = SUCCESS and x1 >= 0, 1 when EL2 refused it or it returned an errno, 2 on bad usage.
 */
export function registerHvcCommand(program: Command, progress: (l: string) => void): void {
  program
    .command('hvc')
    .description('issue a host hypercall by name and print x0..x3 and the errno')
    .argument('<name>', 'the kernel function, e.g. __pkvm_host_share_hyp (leading underscores optional)')
    .argument('[args...]', 'x1..x6: decimal, 0x hex or name=value')
    .option('--cpu <n>', 'the physical CPU that issues the HVC', parseNumber, 0)
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nExamples:\n  pkvm hvc __pkvm_host_share_hyp 0x43000\n  pkvm hvc pkvm_prot_finalize --cpu 1 --json\n  pkvm hvc __pkvm_iommu_enable_dev iommu=0 sid=8')
    .action(async (name: string, args: string[], opts: { cpu: number; json?: boolean }) => {
      const g = program.opts<GlobalOptions>();
      const def = hypercallByName(name);
      let regs;
      try {
        regs = encodeHypercall(name, args);
      } catch (e) {
        if (!(e instanceof HypercallArgsError)) throw e;
        // main stops the spinner, prints `pkvm: hvc: <reason>` and exits 2
        throw new UsageError(`hvc: ${e.message}`);
      }
      progress(`hvc: ${def!.name} x0=0x${regs.x0.toString(16)} args=[${regs.args.join(', ')}] cpu${opts.cpu}`);
      const r = await withClient(g, (c) => c.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: regs.x0, args: regs.args, cpu: opts.cpu }));
      const [x0, x1, x2, x3] = [r.x0, r.x1, r.x2, r.x3].map(Number);
      const out: HvcOutcome = {
        name: def!.name,
        functionId: `0x${regs.x0.toString(16)}`,
        cpu: opts.cpu,
        args: decodeArgs(def!, regs.args),
        x0,
        x1,
        x2,
        x3,
        smccc: smcccName(x0),
        errnoName: x1 < 0 ? errnoName(x1) : '0',
      };
      if (opts.json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      else {
        process.stdout.write(`${out.name} (${out.functionId}) on cpu${out.cpu}\n`);
        process.stdout.write(`  x0 = ${x0} (${out.smccc})\n  x1 = ${x1}${x1 < 0 ? ` (${out.errnoName})` : ''}\n  x2 = ${x2}\n  x3 = ${x3}\n`);
      }
      process.exitCode = x0 === SMCCC_RET_SUCCESS && x1 >= 0 ? EXIT.OK : EXIT.FAILED;
    });
}
