/**
 * @pkvm/transport: hypercalls over NATS request-reply with protobuf bodies (ARCHITECTURE.md, "Wire").
 *
 * Serving (a NestJS app):
 *   const server = new NatsHypercallServer({ servers: natsUrl, service: 'iommu', instanceId, subjectPrefix: '',
 *     ledger: eventStore, lease: { ttlMs: 3000 } });
 *   const app = await NestFactory.createMicroservice(IommuModule, { strategy: server });
 *   app.useGlobalFilters(new HypercallExceptionFilter()); // or @Hypercall() on each handler
 *   await app.listen();
 *   // in a controller:
 *   @Hypercall('IommuService.Ping')   // = @MessagePattern('pkvm.v1.iommu.Ping') + the errno-keeping filter
 *   ping(@Payload() req: pkvm.v1.PingRequest, @Ctx() ctx: CallContext) { ctx.append(...); return {...}; }
 *
 * Calling (no NestJS): const c = await HypercallClient.connect({ servers }); await c.call('IommuService.Ping', {}).
 */
export { subjectFor, queueGroupFor, leaseBucketFor } from './subjects/subject-naming';
export {
  HEADER_REQUEST_ID,
  HEADER_DEADLINE,
  HEADER_TRACEPARENT,
  newTraceparent,
  childTraceparent,
  isTraceparent,
  traceIdOf,
} from './headers/hypercall-headers';
export { TransportError, NoRespondersError, DeadlineExceededError, CancelledError } from './errors/transport-errors';
export { encodeResultReply, encodeErrorReply, encodeErrnoReply, decodeReply, errnoOf } from './codec/reply-codec';
export { CallContext } from './context/call-context';
export { currentCall, runInCall } from './context/call-scope';
export type { ServedCall, ServedCallObserver } from './server/served-call-observer';
export type { ReplyLedger, StagedAppend, StagedEvent } from './ledger/reply-ledger.interface';
export { InMemoryReplyLedger } from './ledger/in-memory-reply-ledger';
export { WriterLease } from './lease/writer-lease';
export type { WriterLeaseOptions } from './lease/writer-lease';
export { NatsHypercallServer } from './server/nats-hypercall-server';
export type { NatsHypercallServerOptions, WriterLeaseConfig } from './server/nats-hypercall-server';
export { HypercallExceptionFilter, Hypercall } from './server/hypercall-exception-filter';
export { HypercallClient } from './client/hypercall-client';
export { natsIdentityFromEnv } from './nats-identity';
export type { CallOptions, HypercallClientOptions } from './client/hypercall-client';
export { NatsHypercallClientProxy } from './client/nats-hypercall-client-proxy';
export type { NatsHypercallClientProxyOptions } from './client/nats-hypercall-client-proxy';
