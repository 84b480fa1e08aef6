import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import {
  CallContext,
  CancelledError,
  DeadlineExceededError,
  HEADER_DEADLINE,
  HEADER_REQUEST_ID,
  Hypercall,
  HypercallClient,
  HypercallExceptionFilter,
  InMemoryReplyLedger,
  NatsHypercallClientProxy,
  NatsHypercallServer,
  NoRespondersError,
  TransportError,
  decodeReply,
  subjectFor,
  traceIdOf,
  type ReplyLedger,
  type StagedAppend,
} from '@pkvm/transport';
import { firstValueFrom, of } from 'rxjs';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The error a call fails with (fails the test if it succeeds). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const failure = (p: Promise<unknown>): Promise<any> => p.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e);

/** What the handlers saw, for assertions. */
const seen = { runs: new Map<string, number>(), last: undefined as CallContext | undefined, order: [] as string[] };
const run = (key: string) => seen.runs.set(key, (seen.runs.get(key) ?? 0) + 1);
let counter = 0;

@Controller()
class TestController {
  @Hypercall('HypervisorService.Ping')
  ping(@Payload() req: pkvm.v1.PingRequest, @Ctx() ctx: CallContext): pkvm.v1.PingResponse.$Properties {
    run('ping');
    seen.last = ctx;
    // 'double:' answers with twice the nonce: a reply larger than the request, for the max_payload test.
    const nonce = req.nonce.startsWith('double:') ? req.nonce + req.nonce : req.nonce;
    return { nonce, service: 'hypervisor', instanceId: ctx.instanceId, timeMs: Date.now() };
  }

  @Hypercall('HypService.Hvc')
  async hvc(@Payload() req: pkvm.v1.HvcRequest, @Ctx() ctx: CallContext): Promise<unknown> {
    run(`hvc${req.x0}`);
    const arg = Number(req.args?.[0] ?? 0);
    switch (Number(req.x0)) {
      case 1: // answers differently on every run
        ctx.append('counter', -1, [{ type: 'Incremented', payload: new Uint8Array([1]) }]);
        if (arg) await sleep(arg);
        return { x0: 0, x1: ++counter };
      case 3:
        await sleep(arg);
        return { x0: 0, x1: 3 };
      case 4:
        throw KernelError.of('EBUSY', 'driver already registered');
      case 5:
        throw new TypeError('wires crossed');
      case 6: // stale expected version: the commit refuses
        ctx.append('conflict', 99, [{ type: 'Never', payload: new Uint8Array() }]);
        return { x0: 0, x1: 6 };
      case 7:
        ctx.append('ordered', -1, [{ type: 'Ordered', payload: new Uint8Array() }]);
        ctx.afterCommit(() => seen.order.push('afterCommit'));
        return { x0: 0, x1: 7 };
      case 8:
        return of({ x0: 0, x1: 8 });
      default:
        return { x0: -1 };
    }
  }
}

@Module({ controllers: [TestController] })
class TestModule {}

@Controller()
class BadController {
  @MessagePattern('pkvm.v1.nowhere.Nothing')
  nothing(): unknown {
    return {};
  }
}

@Module({ controllers: [BadController] })
class BadModule {}

@Controller()
class PlainController {
  @MessagePattern('pkvm.v1.hyp.Hvc')
  hvc(): unknown {
    throw KernelError.of('EBUSY', 'plain pattern');
  }
}

@Module({ controllers: [PlainController] })
class PlainModule {}

/** The in-memory ledger, recording the commit order. */
class RecordingLedger implements ReplyLedger {
  readonly inner = new InMemoryReplyLedger();
  findReply(id: string) {
    return this.inner.findReply(id);
  }
  async commitWithReply(id: string | undefined, reply: Uint8Array, appends: StagedAppend[]) {
    await this.inner.commitWithReply(id, reply, appends);
    if (appends.some((a) => a.streamId === 'ordered')) seen.order.push('commit');
  }
}

async function startService(nc: NatsConnection, prefix: string, extra: Partial<ConstructorParameters<typeof NatsHypercallServer>[0]> = {}) {
  const ledger = new RecordingLedger();
  const server = new NatsHypercallServer({ connection: nc, service: 'hypervisor', instanceId: `${prefix}-i1`, subjectPrefix: prefix, ledger, lease: false, ...extra });
  const app = await NestFactory.createMicroservice(TestModule, { strategy: server, logger: false });
  await app.listen();
  return { app, server, ledger };
}

describe('NatsHypercallServer + HypercallClient (real nats-server)', () => {
  const prefix = uniquePrefix('tr');
  let nc: NatsConnection;
  let app: INestMicroservice;
  let server: NatsHypercallServer;
  let ledger: RecordingLedger;
  let client: HypercallClient;

  beforeAll(async () => {
    nc = await connect({ servers: sharedNatsUrl() });
    ({ app, server, ledger } = await startService(nc, prefix));
    client = await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: prefix });
  });

  afterAll(async () => {
    await client.close();
    await app.close();
    await nc.close();
  });

  it('answers a Ping with protobuf both ways and reports health', async () => {
    const pong = await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: 'n1' });
    expect(pong.nonce).toBe('n1');
    expect(pong.instanceId).toBe(`${prefix}-i1`);
    expect(server.isConnected()).toBe(true);
    expect(server.isLeaseHolder()).toBe(true);
    expect(server.servedSubjects().sort()).toEqual([`${prefix}.pkvm.v1.hyp.Hvc`, `${prefix}.pkvm.v1.hypervisor.Ping`]);
  });

  it('carries request id, deadline and trace context to the handler', async () => {
    const tp = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const before = Date.now();
    await client.call('pkvm.v1.hypervisor.Ping', { nonce: 'ctx' }, { requestId: `${prefix}-ctx`, traceparent: tp, timeoutMs: 2000 });
    const ctx = seen.last!;
    expect(ctx.requestId).toBe(`${prefix}-ctx`);
    expect(ctx.subject).toBe('pkvm.v1.hypervisor.Ping');
    expect(ctx.deadline).toBeGreaterThanOrEqual(before + 2000);
    expect(ctx.deadline).toBeLessThanOrEqual(Date.now() + 2000);
    expect(traceIdOf(ctx.traceparent)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ctx.traceparent).not.toBe(tp); // a child span
    await client.call('HypervisorService.Ping', {});
    expect(traceIdOf(seen.last!.traceparent)).toMatch(/^[0-9a-f]{32}$/); // generated when absent
  });

  it('answers a malformed protobuf body with EINVAL and a message, and goes on serving', async () => {
    const garbage = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    const msg = await nc.request(subjectFor(prefix, 'pkvm.v1.hypervisor.Ping'), garbage, { timeout: 2000 });
    const { error } = decodeReply(msg.data);
    expect(error).toBeInstanceOf(KernelError);
    expect(error!.errno).toBe(-22);
    expect(error!.message).toMatch(/malformed HypervisorService\.Ping request/);
    const pong = await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: 'still here' });
    expect(pong.nonce).toBe('still here');
  });

  it('fails fast with NoRespondersError on a subject nobody serves', async () => {
    const t0 = Date.now();
    await expect(client.call('IommuService.Ping', {}, { timeoutMs: 5000 })).rejects.toBeInstanceOf(NoRespondersError);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('fails with DeadlineExceededError when the handler is slower than the deadline, without hanging', async () => {
    const t0 = Date.now();
    const err = await failure(client.call('HypService.Hvc', { x0: 3, args: [1500] }, { timeoutMs: 300 }));
    expect(err).toBeInstanceOf(DeadlineExceededError);
    expect(err.name).toBe('DeadlineExceededError');
    expect(Date.now() - t0).toBeLessThan(900);
  });

  it('answers ETIMEDOUT without running the handler when the deadline passed before arrival', async () => {
    const runs = seen.runs.get('hvc1') ?? 0;
    const h = natsHeaders();
    h.set(HEADER_REQUEST_ID, `${prefix}-late`);
    h.set(HEADER_DEADLINE, String(Date.now() - 1000));
    const body = pkvm.v1.HvcRequest.encode({ x0: 1 }).finish();
    const msg = await nc.request(subjectFor(prefix, 'pkvm.v1.hyp.Hvc'), body, { timeout: 2000, headers: h });
    expect(decodeReply(msg.data).error!.errnoName).toBe('ETIMEDOUT');
    expect(seen.runs.get('hvc1') ?? 0).toBe(runs);
  });

  it('cancels a call at once on abort with CancelledError', async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    setTimeout(() => ac.abort(), 50);
    await expect(client.call('HypService.Hvc', { x0: 3, args: [1000] }, { signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - t0).toBeLessThan(500);
    const pre = new AbortController();
    pre.abort();
    await expect(client.call('HypervisorService.Ping', {}, { signal: pre.signal })).rejects.toBeInstanceOf(CancelledError);
  });

  it('fails at once, without hanging, when the connection is closed (and fails calls pending at the close)', async () => {
    const own = await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: prefix });
    const pending = failure(own.call('HypService.Hvc', { x0: 3, args: [500] }, { timeoutMs: 5000 }));
    await sleep(20);
    const t0 = Date.now();
    await own.close();
    expect(await pending).toBeInstanceOf(TransportError);
    expect(await failure(own.call('HypervisorService.Ping', {}))).toBeInstanceOf(TransportError);
    expect(Date.now() - t0).toBeLessThan(300);
  });

  it('maps a thrown KernelError to the client as KernelError with its errno and message', async () => {
    const err = await failure(client.call('HypService.Hvc', { x0: 4 }));
    expect(err).toBeInstanceOf(KernelError);
    expect(err.errno).toBe(-16);
    expect(err.errnoName).toBe('EBUSY');
    expect(err.message).toBe('driver already registered');
  });

  it('answers E2BIG at once when the reply is larger than the server accepts, instead of timing out', async () => {
    const t0 = Date.now();
    const err = await failure(client.call('HypervisorService.Ping', { nonce: `double:${'x'.repeat(600_000)}` }, { timeoutMs: 10_000 }));
    expect(err).toBeInstanceOf(KernelError);
    expect(err.errnoName).toBe('E2BIG');
    expect(err.message).toMatch(/reply could not be sent/);
    expect(Date.now() - t0).toBeLessThan(5_000);
    const ok = await client.call<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: 'after' });
    expect(ok.nonce).toBe('after');
  });

  it('maps any other thrown error to EIO with its message', async () => {
    const err = await failure(client.call('HypService.Hvc', { x0: 5 }));
    expect(err).toBeInstanceOf(KernelError);
    expect(err.errno).toBe(-5);
    expect(err.message).toBe('wires crossed');
  });

  it('accepts handlers that return an Observable', async () => {
    expect((await client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 8 })).x1).toBe(8);
  });

  it('runs the handler once for one request id: sequential and concurrent duplicates get the first reply', async () => {
    const runs = () => seen.runs.get('hvc1') ?? 0;
    const r0 = runs();
    const id = `${prefix}-dup`;
    const [a, b, c] = await Promise.all([
      client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1, args: [50] }, { requestId: id }),
      client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1, args: [50] }, { requestId: id }),
      client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1, args: [50] }, { requestId: id }),
    ]);
    expect(runs()).toBe(r0 + 1);
    expect(b.x1).toBe(a.x1);
    expect(c.x1).toBe(a.x1);
    const again = await client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1 }, { requestId: id });
    expect(again.x1).toBe(a.x1);
    expect(runs()).toBe(r0 + 1);
    const other = await client.call<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: 1 });
    expect(other.x1).toBe(a.x1 + 1);
    expect(ledger.inner.version('counter')).toBe(2);
  });

  it('replies with the commit conflict errno, records it without events, and replays it for the same id', async () => {
    const id = `${prefix}-conflict`;
    const err = await failure(client.call('HypService.Hvc', { x0: 6 }, { requestId: id }));
    expect(err).toBeInstanceOf(KernelError);
    expect(err.errnoName).toBe('EAGAIN');
    expect(ledger.inner.version('conflict')).toBe(0);
    const runs = seen.runs.get('hvc6');
    const again = await failure(client.call('HypService.Hvc', { x0: 6 }, { requestId: id }));
    expect(again.errno).toBe(err.errno);
    expect(seen.runs.get('hvc6')).toBe(runs);
  });

  it('runs afterCommit callbacks after the commit and before the reply', async () => {
    seen.order.length = 0;
    const p = client.call('HypService.Hvc', { x0: 7 }).then(() => seen.order.push('reply'));
    await p;
    expect(seen.order).toEqual(['commit', 'afterCommit', 'reply']);
  });

  it('serves NestJS callers through NatsHypercallClientProxy', async () => {
    const proxy = new NatsHypercallClientProxy({ connection: nc, subjectPrefix: prefix });
    await proxy.connect();
    const pong = await firstValueFrom(proxy.send<pkvm.v1.PingResponse>('HypervisorService.Ping', { nonce: 'proxy' }));
    expect(pong.nonce).toBe('proxy');
    await expect(firstValueFrom(proxy.send('HypService.Hvc', { x0: 4 }))).rejects.toMatchObject({ errno: -16 });
    await proxy.close();
    expect(nc.isClosed()).toBe(false); // a shared connection stays open
  });

  it('answers ETIMEDOUT when a handler outlives handlerTimeoutMs', async () => {
    const p2 = uniquePrefix('trto');
    const svc = await startService(nc, p2, { handlerTimeoutMs: 100 });
    const c2 = new HypercallClient(nc, { subjectPrefix: p2 });
    try {
      const err = await failure(c2.call('HypService.Hvc', { x0: 3, args: [400] }, { timeoutMs: 2000 }));
      expect(err).toBeInstanceOf(KernelError);
      expect(err.errnoName).toBe('ETIMEDOUT');
    } finally {
      await svc.app.close();
    }
  });

  it('with readsBypassLedger, answers calls that staged no events without a ledger write', async () => {
    const p3 = uniquePrefix('trro');
    const svc = await startService(nc, p3, { readsBypassLedger: true });
    const c3 = new HypercallClient(nc, { subjectPrefix: p3 });
    try {
      await c3.call('HypervisorService.Ping', {}, { requestId: 'read-1' });
      expect(svc.ledger.inner.replyCount).toBe(0);
      await c3.call('HypService.Hvc', { x0: 1 }, { requestId: 'write-1' });
      expect(svc.ledger.inner.replyCount).toBe(1);
    } finally {
      await svc.app.close();
    }
  });

  it('keeps errnos of plain @MessagePattern handlers with the global HypercallExceptionFilter (EIO without it)', async () => {
    for (const withFilter of [true, false]) {
      const p4 = uniquePrefix('trpl');
      const plain = new NatsHypercallServer({ connection: nc, service: 'hypervisor', subjectPrefix: p4, ledger: new InMemoryReplyLedger(), lease: false });
      const plainApp = await NestFactory.createMicroservice(PlainModule, { strategy: plain, logger: false });
      if (withFilter) plainApp.useGlobalFilters(new HypercallExceptionFilter());
      await plainApp.listen();
      try {
        const err = await failure(new HypercallClient(nc, { subjectPrefix: p4 }).call('HypService.Hvc', {}));
        expect(err).toBeInstanceOf(KernelError);
        expect(err.errnoName).toBe(withFilter ? 'EBUSY' : 'EIO');
      } finally {
        await plainApp.close();
      }
    }
  });

  it('refuses at listen() a @MessagePattern that is not a METHODS subject', async () => {
    const bad = new NatsHypercallServer({ connection: nc, service: 'hypervisor', subjectPrefix: uniquePrefix('bad'), ledger: new InMemoryReplyLedger(), lease: false });
    const badApp = await NestFactory.createMicroservice(BadModule, { strategy: bad, logger: false });
    await expect(badApp.listen()).rejects.toThrow(/not a METHODS subject/);
    await badApp.close().catch(() => undefined);
  });

  it('refuses at listen() a subject of another app', async () => {
    const wrong = new NatsHypercallServer({ connection: nc, service: 'iommu', subjectPrefix: uniquePrefix('bad'), ledger: new InMemoryReplyLedger(), lease: false });
    const wrongApp = await NestFactory.createMicroservice(TestModule, { strategy: wrong, logger: false });
    await expect(wrongApp.listen()).rejects.toThrow(/belongs to hypervisor/);
    await wrongApp.close().catch(() => undefined);
  });
});
