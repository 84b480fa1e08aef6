/**
 * @pkvm/sdk against the real services: typed calls from the generated classes, deadlines, AbortSignal, retries
 * (only for methods the proto marks idempotent, with one request id), typed errors carrying errno and SMCCC x0,
 * and event iteration over JetStream.
 */
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { isErrno, KernelError } from '@pkvm/errno';
import { method } from '@pkvm/proto';
import {
  CancelledError,
  DeadlineExceededError,
  NoRespondersError,
  PkvmClient,
  PkvmError,
  pkvm,
  type PkvmEvent,
  type RetryInfo,
} from '@pkvm/sdk';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';
import { SdkStack } from './sdk-stack';

const PAGE = 4096;

async function refusal(p: Promise<unknown>): Promise<PkvmError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PkvmError) return e;
    throw e;
  }
  throw new Error('the call was accepted');
}

async function failure(p: Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const t0 = Date.now();
  try {
    await p;
  } catch (e) {
    return { error: e as Error, ms: Date.now() - t0 };
  }
  throw new Error('the call succeeded');
}

/** A subscriber that never answers: every request it sees, with its request id. */
function silent(nc: NatsConnection, subject: string): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const sub = nc.subscribe(subject, { callback: (_e: Error | null, m: Msg) => void seen.push(m.headers?.get('pkvm-request-id') ?? '') });
  return { seen, stop: () => sub.unsubscribe() };
}

describe('the proto marks idempotent methods, and only those', () => {
  it('reads are NO_SIDE_EFFECTS or IDEMPOTENT; hypercalls, boots and writes are not', () => {
    for (const m of ['IommuService.Ping', 'HypervisorService.Health', 'IommuDumpService.Ptdump', 'HypervisorDumpService.MemMap', 'BootSagaService.GetBoot', 'BootSagaService.ListBoots', 'HostKernelBootService.KernelStatus', 'IommuMmioService.Read', 'IommuMemService.ReadMem']) {
      expect([m, method(m).idempotent]).toEqual([m, true]);
    }
    for (const m of ['HypService.Hvc', 'BootSagaService.StartBoot', 'IommuMmioService.Write', 'IommuMemService.WriteMem', 'IommuDmaService.Dma', 'HostKernelBootService.PkvmInit', 'HypervisorEarlyService.InstallIommuOps']) {
      expect([m, method(m).idempotent]).toEqual([m, false]);
    }
  });
});

describe('PkvmClient against the real services', () => {
  const stack = new SdkStack('sdkc');
  let client: PkvmClient;
  const retries: RetryInfo[] = [];

  beforeAll(async () => {
    stack.start();
    client = await stack.client({ onRetry: (r) => retries.push(r) });
    await stack.waitReady(client);
    await stack.boot(client);
  }, 90_000);

  afterAll(async () => {
    await client?.close();
    await stack.dispose();
  }, 30_000);

  beforeEach(() => (retries.length = 0));

  it('calls every area through the generated classes, typed', async () => {
    expect((await client.host.ping({ nonce: 'a' })).service).toBe('host-kernel');
    expect((await client.hyp.ping({ nonce: 'b' })).service).toBe('hypervisor');
    expect((await client.iommu.ping({ nonce: 'c' })).service).toBe('iommu');
    expect((await client.boot.ping({ nonce: 'd' })).service).toBe('boot-coordinator');
    expect(await client.host.boot.kernelStatus({})).toMatchObject({ deprivileged: true });
    const info = await client.iommu.dump.machineInfo({});
    expect(info).toBeInstanceOf(pkvm.v1.MachineInfoResponse);
    expect(info.iommuInitialized).toBe(true);
    expect((await client.boot.saga.listBoots({})).boots).toHaveLength(1);
    // the raw hypercall, and the generated class itself over the SDK's rpcImpl
    const raw = await client.hyp.hvc({ x0: 0xc6000000 + 0xfff, args: [], cpu: 0 });
    expect(raw.x0).toBe(-1);
    const gen = pkvm.v1.IommuService.create(client.rpcImpl({ timeoutMs: 2000 }));
    expect((await gen.ping({ nonce: 'gen' })).nonce).toBe('gen');
    // @ts-expect-error: requests are typed from the proto
    void (() => client.iommu.dump.ptdump({ nope: 1 }));
  });

  it('a refused hypercall is one PkvmError with errno, its name and the SMCCC x0', async () => {
    const { ranges } = await client.hyp.dump.memMap({});
    const ram = ranges.find((r) => r.isMemory && r.owner === 'HOST' && r.hostState === 'OWNED')!;
    const pfn = (Number(ram.start) + 0x20_0000) / PAGE;
    expect(await client.hyp.call('__pkvm_host_share_hyp', { pfn })).toMatchObject({ name: '__pkvm_host_share_hyp', x0: 0, x1: 0 });
    await client.hyp.call('pkvm_hyp_pin_shared_mem', [pfn, 1]);

    const busy = await refusal(client.hyp.call('__pkvm_host_unshare_hyp', { pfn }));
    expect(busy).toBeInstanceOf(KernelError);
    expect(isErrno(busy, 'EBUSY')).toBe(true);
    expect(busy).toMatchObject({ name: 'PkvmError', errno: -16, errnoName: 'EBUSY', smcccX0: 0, smcccX1: -16, hypercall: '__pkvm_host_unshare_hyp', method: 'HypService.Hvc' });
    expect(busy.registers).toEqual({ x0: 0, x1: -16, x2: 0, x3: 0 });

    await client.hyp.call('__pkvm_hyp_unpin_shared_mem', { pfn, nr_pages: 1 });
    await client.hyp.call('__pkvm_host_unshare_hyp', { pfn });

    expect(await refusal(client.hyp.call('__pkvm_iommu_enable_dev', { iommu: 7, sid: 1 }))).toMatchObject({ errno: -19, errnoName: 'ENODEV', smcccX0: 0 });
    expect(await refusal(client.hyp.call('__pkvm_iommu_enable_dev', { iommu: 0, sid: 1 << 20 }))).toMatchObject({ errno: -22, errnoName: 'EINVAL', smcccX0: 0 });
    expect(await refusal(client.hyp.call('__pkvm_prot_finalize', [], { cpu: 0 }))).toMatchObject({ errno: -1, errnoName: 'EPERM', smcccX0: 0 });
    // an early call after de-privilege: x0 = SMCCC_RET_NOT_SUPPORTED
    expect(await refusal(client.hyp.call('__pkvm_init', []))).toMatchObject({ errnoName: 'EOPNOTSUPP', errno: -95, smcccX0: -1, smcccX1: 0 });
    // a service's refusal in the reply envelope: same class, x0 = SMCCC_RET_SUCCESS, x1 = errno
    const envelope = await refusal(client.iommu.dump.ste({ smmu: 42, sid: 0 }));
    expect(envelope).toMatchObject({ name: 'PkvmError', errno: -19, errnoName: 'ENODEV', smcccX0: 0, smcccX1: -19, method: 'IommuDumpService.Ste', message: 'no SMMU 42' });
    // a bad hypercall name never reaches the wire
    await expect(client.hyp.call('__pkvm_nope', {})).rejects.toThrow(/unknown hypercall/);
    expect(retries).toEqual([]);
  });

  it('a silent service: DeadlineExceeded at the deadline; an idempotent method retries per attempt with one request id', async () => {
    const prefix = uniquePrefix('sdkq');
    const quiet = await PkvmClient.connect({ servers: sharedNatsUrl(), subjectPrefix: prefix, onRetry: (r) => retries.push(r) });
    const dump = silent(quiet.connection, `${prefix}.pkvm.v1.iommu.dump.Ptdump`);
    const write = silent(quiet.connection, `${prefix}.pkvm.v1.iommu.mmio.Write`);
    try {
      await quiet.connection.flush();
      // non-idempotent: one attempt, DeadlineExceeded at its deadline
      const w = await failure(quiet.iommu.mmio.write({ pa: 0x9050000, width: 4, lo: 0, hi: 0 }, { timeoutMs: 300 }));
      expect(w.error).toBeInstanceOf(DeadlineExceededError);
      expect(w.ms).toBeGreaterThanOrEqual(280);
      expect(w.ms).toBeLessThan(1000);
      expect(write.seen).toHaveLength(1);
      // idempotent with a per-attempt timeout: several attempts inside the one deadline, all with the same id
      const deadline = new Date(Date.now() + 1200);
      const d = await failure(quiet.iommu.dump.ptdump({}, { deadline, retry: { perAttemptTimeoutMs: 200, initialBackoffMs: 20, maxAttempts: 10 } }));
      expect(d.error).toBeInstanceOf(DeadlineExceededError);
      expect(Date.now()).toBeLessThan(+deadline + 500);
      expect(dump.seen.length).toBeGreaterThanOrEqual(3);
      expect(new Set(dump.seen).size).toBe(1);
      expect(retries.length).toBe(dump.seen.length - 1);
      expect(retries.every((r) => r.method === 'IommuDumpService.Ptdump' && r.error instanceof DeadlineExceededError && r.requestId === dump.seen[0])).toBe(true);
    } finally {
      dump.stop();
      write.stop();
      await quiet.close();
    }
  });

  it('AbortSignal: cancels a waiting call at once, a pending backoff, and refuses an already aborted one', async () => {
    const prefix = uniquePrefix('sdka');
    const c = await PkvmClient.connect({ servers: sharedNatsUrl(), subjectPrefix: prefix, defaultTimeoutMs: 10_000 });
    const s = silent(c.connection, `${prefix}.pkvm.v1.hyp.Hvc`);
    try {
      await c.connection.flush();
      const ac = new AbortController();
      setTimeout(() => ac.abort(new Error('user')), 100);
      const a = await failure(c.hyp.call('__pkvm_host_share_hyp', { pfn: 1 }, { signal: ac.signal }));
      expect(a.error).toBeInstanceOf(CancelledError);
      expect(a.ms).toBeLessThan(1000);
      // NoResponders on an idempotent method: backing off between attempts; the abort ends the wait
      const ac2 = new AbortController();
      setTimeout(() => ac2.abort(), 300);
      const b = await failure(c.iommu.ping({}, { signal: ac2.signal, retry: { maxAttempts: 1000, initialBackoffMs: 100, maxBackoffMs: 100 } }));
      expect(b.error).toBeInstanceOf(CancelledError);
      expect(b.ms).toBeLessThan(1000);
      await expect(c.iommu.ping({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
    } finally {
      s.stop();
      await c.close();
    }
  });

  it('no responders: a non-idempotent method fails at once, without a retry', async () => {
    const absent = await PkvmClient.connect({ servers: sharedNatsUrl(), subjectPrefix: uniquePrefix('sdkn'), onRetry: (r) => retries.push(r) });
    try {
      const f = await failure(absent.hyp.call('__pkvm_host_share_hyp', { pfn: 1 }, { timeoutMs: 5000 }));
      expect(f.error).toBeInstanceOf(NoRespondersError);
      expect(f.ms).toBeLessThan(500);
      const g = await failure(absent.boot.saga.startBoot({}, { timeoutMs: 5000 }));
      expect(g.error).toBeInstanceOf(NoRespondersError);
      expect(retries).toEqual([]);
      // an idempotent one retries, then gives the last failure within its deadline
      const h = await failure(absent.iommu.health({}, { timeoutMs: 800, retry: { maxAttempts: 100, initialBackoffMs: 50, maxBackoffMs: 100 } }));
      expect(h.error).toBeInstanceOf(NoRespondersError);
      expect(h.ms).toBeLessThan(1000);
      expect(retries.length).toBeGreaterThanOrEqual(3);
    } finally {
      await absent.close();
    }
  });

  it('events: the iterator sees the events a call produced, resumes from a sequence, filters, and closing deletes the consumer', async () => {
    const stream = client.events({ from: 'new', service: 'hypervisor' });
    await stream.ready;
    const { ranges } = await client.hyp.dump.memMap({});
    const ram = ranges.find((r) => r.isMemory && r.owner === 'HOST' && r.hostState === 'OWNED')!;
    const pfn = (Number(ram.start) + 0x30_0000) / PAGE;
    await client.hyp.call('__pkvm_host_share_hyp', { pfn });
    await client.hyp.call('__pkvm_host_unshare_hyp', { pfn });
    await client.iommu.mem.writeMem({ pa: Number(ram.start) + 0x40_0000, data: new Uint8Array([1, 2, 3]) }); // an iommu event: filtered out

    const got: PkvmEvent[] = [];
    for await (const e of stream) {
      got.push(e);
      if (got.length === 2) break;
    }
    expect(got.map((e) => e.type)).toEqual(['__pkvm_host_share_hyp', '__pkvm_host_unshare_hyp']);
    for (const e of got) {
      expect(e).toMatchObject({ service: 'hypervisor', aggregate: 'hyp', streamId: 'hyp:state', subject: `${stack.prefix}.pkvm.events.hypervisor.hyp` });
      expect(e.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.payload.length).toBeGreaterThan(0);
      expect(e.recordedAt).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(got[1].streamVersion).toBe(got[0].streamVersion + 1);
    expect(got[1].position).toBe(got[0].position + 1);

    // resume from the first one's sequence, all services: the same two, then the iommu write
    const again = client.events({ from: got[0].sequence });
    const replay: PkvmEvent[] = [];
    for await (const e of again) {
      replay.push(e);
      if (replay.length === 3) break;
    }
    expect(replay.slice(0, 2).map((e) => e.eventId)).toEqual(got.map((e) => e.eventId));
    expect(replay[2]).toMatchObject({ service: 'iommu', type: 'MemWrite' });

    // 'first' with an aggregate filter: the boot saga's stream (`boot:<id>`)
    const sagas = client.events({ from: 'first', aggregate: 'boot' });
    const first = await sagas.next();
    await sagas.return();
    expect(first.value).toMatchObject({ service: 'boot-coordinator', aggregate: 'boot' });
    expect((await sagas.next()).done).toBe(true);

    const jsm = await jetstreamManager(client.connection);
    const consumers = await jsm.consumers.list(`${stack.prefix}_PKVM`).next();
    expect(consumers).toEqual([]);
  });

  it('a late service: an idempotent Ping is retried until it starts, a non-idempotent call is not', async () => {
    const late = new SdkStack('sdkl');
    const c = await late.client({ onRetry: (r) => retries.push(r) });
    try {
      const noRetry = await failure(c.iommu.el2.enableDev({ smmu: 0, sid: 0 }, { timeoutMs: 20_000 }));
      expect(noRetry.error).toBeInstanceOf(NoRespondersError);
      expect(noRetry.ms).toBeLessThan(500);
      expect(retries).toEqual([]);

      const ping = c.iommu.ping({ nonce: 'late' }, { timeoutMs: 40_000, retry: { maxAttempts: 1000, initialBackoffMs: 50, maxBackoffMs: 250 } });
      setTimeout(() => late.start(['iommu']), 300);
      const pong = await ping;
      expect(pong).toMatchObject({ nonce: 'late', service: 'iommu' });
      expect(retries.length).toBeGreaterThan(2);
      expect(retries.every((r) => r.error instanceof NoRespondersError && r.requestId === retries[0].requestId)).toBe(true);
    } finally {
      await c.close();
      await late.dispose();
    }
  }, 60_000);
});
