import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { pkvm, type AppName } from '@pkvm/proto';
import {
  CallContext,
  HEADER_DEADLINE,
  Hypercall,
  HypercallClient,
  InMemoryReplyLedger,
  NatsHypercallServer,
  decodeReply,
  subjectFor,
  traceIdOf,
  type ServedCall,
} from '@pkvm/transport';
import { sharedNatsUrl, uniquePrefix } from '../support/nats-server';

const TP = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const seen: { iommuCtx?: CallContext; hypCtx?: CallContext } = {};
let outgoing: HypercallClient;

/** Plays the hypervisor: Hvc x0=1 makes a nested call to the iommu without naming a trace; x0=4 refuses. */
@Controller()
class HypController {
  @Hypercall('HypService.Hvc')
  async hvc(@Payload() req: pkvm.v1.HvcRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IHvcResponse> {
    seen.hypCtx = ctx;
    if (Number(req.x0) === 4) throw KernelError.of('EBUSY', 'driver already registered');
    await new Promise((r) => setTimeout(r, 1)); // the scope must survive an await
    await outgoing.call('IommuService.Ping', { nonce: 'nested' });
    return { x0: 0, x1: 0 };
  }
}

@Controller()
class IommuController {
  @Hypercall('IommuService.Ping')
  ping(@Payload() req: pkvm.v1.PingRequest, @Ctx() ctx: CallContext): pkvm.v1.IPingResponse {
    seen.iommuCtx = ctx;
    return { nonce: req.nonce, service: 'iommu', instanceId: 'i', timeMs: Date.now() };
  }
}

@Module({ controllers: [HypController] })
class HypModule {}
@Module({ controllers: [IommuController] })
class IommuModule {}

describe('trace context and served-call observers in the transport (real nats-server)', () => {
  const prefix = uniquePrefix('obs');
  const served: ServedCall[] = [];
  let nc: NatsConnection;
  let apps: INestMicroservice[];
  let client: HypercallClient;

  async function start(service: AppName, module: unknown, observe: boolean): Promise<INestMicroservice> {
    const server = new NatsHypercallServer({ connection: nc, service, subjectPrefix: prefix, ledger: new InMemoryReplyLedger(), lease: false });
    if (observe) server.observe({ onServed: (c) => served.push(c) });
    const app = await NestFactory.createMicroservice(module as never, { strategy: server, logger: false });
    await app.listen();
    return app;
  }

  beforeAll(async () => {
    nc = await connect({ servers: sharedNatsUrl() });
    outgoing = new HypercallClient(nc, { subjectPrefix: prefix });
    apps = [await start('hypervisor', HypModule, true), await start('iommu', IommuModule, false)];
    client = await HypercallClient.connect({ servers: sharedNatsUrl(), subjectPrefix: prefix });
  });

  afterAll(async () => {
    await client.close();
    for (const a of apps) await a.close();
    await nc.close();
  });

  beforeEach(() => {
    served.length = 0;
    seen.hypCtx = seen.iommuCtx = undefined;
  });

  it("carries the handler's trace id into the calls it makes, as a new span", async () => {
    await client.call('HypService.Hvc', { x0: 1 }, { traceparent: TP });
    expect(traceIdOf(seen.hypCtx!.traceparent)).toBe(traceIdOf(TP));
    expect(traceIdOf(seen.iommuCtx!.traceparent)).toBe(traceIdOf(TP));
    const spans = new Set([TP, seen.hypCtx!.traceparent, seen.iommuCtx!.traceparent].map((t) => t.slice(36, 52)));
    expect(spans.size).toBe(3);
  });

  it('starts a new trace for a call outside any handler, and for a request that carried no traceparent', async () => {
    await client.call('IommuService.Ping', { nonce: 'a' });
    const first = traceIdOf(seen.iommuCtx!.traceparent);
    await client.call('IommuService.Ping', { nonce: 'b' });
    expect(traceIdOf(seen.iommuCtx!.traceparent)).not.toBe(first);
    // a bare nats.js request: no headers at all
    await nc.request(subjectFor(prefix, 'pkvm.v1.iommu.Ping'), pkvm.v1.PingRequest.encode({ nonce: 'raw' }).finish(), { timeout: 2000 });
    expect(traceIdOf(seen.iommuCtx!.traceparent)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('tells the observer of each answered call: method, request id, trace, duration, errno, replays', async () => {
    await client.call('HypService.Hvc', { x0: 1 }, { traceparent: TP, requestId: `${prefix}-ok` });
    await client.call('HypService.Hvc', { x0: 4 }, { requestId: `${prefix}-busy` }).catch(() => undefined);
    await client.call('HypService.Hvc', { x0: 4 }, { requestId: `${prefix}-busy` }).catch(() => undefined); // answered from the ledger
    expect(served.map((c) => [c.method.name, c.requestId, c.errno, c.replayed])).toEqual([
      ['HypService.Hvc', `${prefix}-ok`, undefined, false],
      ['HypService.Hvc', `${prefix}-busy`, -16, false],
      ['HypService.Hvc', `${prefix}-busy`, -16, true],
    ]);
    expect(traceIdOf(served[0].traceparent)).toBe(traceIdOf(TP));
    expect(served[0].response).toMatchObject({ x0: 0, x1: 0 });
    expect(served[0].request).toMatchObject({ x0: 1 });
    for (const c of served) expect(c.durationMs).toBeGreaterThan(0);
  });

  it('observes a request refused before its handler ran (a malformed deadline header)', async () => {
    const h = natsHeaders();
    h.set(HEADER_DEADLINE, 'soon');
    const reply = await nc.request(subjectFor(prefix, 'pkvm.v1.hyp.Hvc'), pkvm.v1.HvcRequest.encode({ x0: 1 }).finish(), { timeout: 2000, headers: h });
    expect(decodeReply(reply.data).error?.errnoName).toBe('EINVAL');
    expect(served.map((c) => [c.method.name, c.errno])).toEqual([['HypService.Hvc', -22]]);
  });
});
