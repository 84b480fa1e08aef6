/**
 * Boot the twin, share one host page with the hypervisor by hypercall, and read the memory map back.
 *
 *   NATS_URL=... PKVM_SUBJECT_PREFIX=... node -r ./scripts/register-paths.js dist/examples/share-and-check.js
 *
 * - `client.boot.saga.startBoot` runs the boot saga (host-kernel steps, __pkvm_init, de-privilege); the example
 *   polls `getBoot` (NO_SIDE_EFFECTS: retried on NoResponders) until the boot ends. A stack already booted is left as is.
 * - `client.hyp.call(name, { args })` issues a host hypercall by its kernel name (libs/hypercalls). A refusal is
 *   a PkvmError with the errno (negative, kernel style), its name and the SMCCC x0.
 * - `client.hyp.dump.memMap` shows the page's state before and after.
 * Exits 0 when every step behaves as pKVM does.
 */
import { PkvmClient, PkvmError, pkvm } from '@pkvm/sdk';

const PAGE = 4096;

async function bootOnce(client: PkvmClient): Promise<void> {
  const status = await client.host.boot.kernelStatus({}, { timeoutMs: 10_000 });
  if (status.deprivileged) {
    console.log('boot: the host is already de-privileged');
    return;
  }
  const { bootId } = await client.boot.saga.startBoot({});
  console.log(`boot: started ${bootId}`);
  const until = Date.now() + 60_000;
  for (;;) {
    const { boot } = await client.boot.saga.getBoot({ bootId }, { timeoutMs: 5_000 });
    const st = boot?.outcome?.status ?? pkvm.v1.BootStatus.BOOT_STATUS_RUNNING;
    if (st === pkvm.v1.BootStatus.BOOT_STATUS_PROTECTED) {
      console.log(`boot: ${bootId} PROTECTED`);
      return;
    }
    if (st !== pkvm.v1.BootStatus.BOOT_STATUS_RUNNING) throw new Error(`boot ${bootId} failed: ${JSON.stringify(boot?.outcome)}`);
    if (Date.now() > until) throw new Error(`boot ${bootId} did not finish`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The state of the page at `pa` in the hypervisor's memory map. */
async function pageState(client: PkvmClient, pa: number): Promise<string> {
  const { ranges } = await client.hyp.dump.memMap({ start: pa, end: pa + PAGE });
  const r = ranges[0];
  return `${r.owner}/${r.hostState}${r.hypState && r.hypState !== 'NOPAGE' ? ` hyp=${r.hypState}` : ''}`;
}

/** Runs `fn`, expecting a PkvmError with the errno name `want`; prints it. */
async function expectRefusal(what: string, want: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof PkvmError && e.errnoName === want) {
      console.log(`${what}: refused ${e.errnoName} (errno ${e.errno}, smcccX0 ${e.smcccX0}): ${e.message}`);
      return;
    }
    throw e;
  }
  throw new Error(`${what}: expected ${want}, it was accepted`);
}

async function main(): Promise<void> {
  const client = await PkvmClient.connect({
    servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    subjectPrefix: process.env.PKVM_SUBJECT_PREFIX ?? '',
    defaultTimeoutMs: 10_000,
    retry: { maxAttempts: 20, maxBackoffMs: 500 },
  });
  try {
    await bootOnce(client);
    // the first page of the first host-owned RAM range past 1 MiB into it
    const { ranges } = await client.hyp.dump.memMap({});
    const ram = ranges.find((r) => r.isMemory && r.owner === 'HOST' && r.hostState === 'OWNED');
    if (!ram) throw new Error('no host-owned RAM in the memory map');
    const pa = Number(ram.start) + 0x10_0000;
    const pfn = pa / PAGE;
    console.log(`page: pa 0x${pa.toString(16)} (pfn 0x${pfn.toString(16)}) is ${await pageState(client, pa)}`);

    const shared = await client.hyp.call('__pkvm_host_share_hyp', { pfn });
    console.log(`__pkvm_host_share_hyp: x0=${shared.x0} x1=${shared.x1}; page is now ${await pageState(client, pa)}`);
    await expectRefusal('__pkvm_host_share_hyp again', 'EPERM', () => client.hyp.call('__pkvm_host_share_hyp', { pfn }));

    await client.hyp.call('__pkvm_hyp_pin_shared_mem', { pfn, nr_pages: 1 });
    await expectRefusal('__pkvm_host_unshare_hyp while pinned', 'EBUSY', () => client.hyp.call('__pkvm_host_unshare_hyp', { pfn }));
    await client.hyp.call('__pkvm_hyp_unpin_shared_mem', { pfn, nr_pages: 1 });
    await client.hyp.call('__pkvm_host_unshare_hyp', { pfn });
    console.log(`__pkvm_host_unshare_hyp: page is back to ${await pageState(client, pa)}`);

    // an early hypercall after de-privilege: EL2 answers SMCCC_RET_NOT_SUPPORTED in x0
    await expectRefusal('__pkvm_init after de-privilege', 'EOPNOTSUPP', () => client.hyp.call('__pkvm_init', []));
    // a service's own refusal arrives the same way (errno from the reply envelope)
    await expectRefusal('iommu.dump.ste of SMMU 99', 'ENODEV', () => client.iommu.dump.ste({ smmu: 99, sid: 0 }));
    console.log('share-and-check: ok');
  } finally {
    await client.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
