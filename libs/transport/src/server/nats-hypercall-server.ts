import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { connect, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { METHODS, method, type AppName, type MethodDescriptor } from '@pkvm/proto';
import { isObservable, lastValueFrom } from 'rxjs';
import { decodeReply, encodeErrnoReply, encodeErrorReply, encodeResultReply, errnoOf, hasErrno } from '../codec/reply-codec';
import { CallContext } from '../context/call-context';
import { runInCall } from '../context/call-scope';
import { HEADER_DEADLINE, HEADER_REQUEST_ID, HEADER_TRACEPARENT, isTraceparent, newTraceparent, readHeader } from '../headers/hypercall-headers';
import { WriterLease } from '../lease/writer-lease';
import { natsIdentityFromEnv } from '../nats-identity';
import type { ReplyLedger, StagedAppend } from '../ledger/reply-ledger.interface';
import type { ServedCall, ServedCallObserver } from './served-call-observer';
import { leaseBucketFor, queueGroupFor, subjectFor } from '../subjects/subject-naming';

export interface WriterLeaseConfig {
  /** KV bucket name (no dots). Default: `leaseBucketFor(subjectPrefix)`. */
  bucket?: string;
  /** Lease TTL; renewed every ttl/3. Default 3000 ms. */
  ttlMs?: number;
}

export interface NatsHypercallServerOptions {
  /** An open connection to use (the server then does not close it), or `servers` to connect to. */
  connection?: NatsConnection;
  servers?: string | string[];
  /** The app whose METHODS subjects this server serves. */
  service: AppName;
  /** This process's identity (in the lease, in logs). Default: a random UUID. */
  instanceId?: string;
  /** Deployment or test prefix in front of every subject and queue group. */
  subjectPrefix?: string;
  /** Dedupe records and the atomic commit of events with the reply. */
  ledger: ReplyLedger;
  /** The single-writer lease; `false` serves at once (stateless services, tests). */
  lease: WriterLeaseConfig | false;
  /** When set, a handler still running after this long gets ETIMEDOUT sent to its caller (it may still commit). */
  handlerTimeoutMs?: number;
  /** Deadline for requests that carry no `pkvm-deadline` header. Default 30000 ms. */
  defaultDeadlineMs?: number;
  /**
   * When true, a successful call that staged no events (Ping, Health, dumps) is answered without a ledger
   * write: a retry re-runs the read instead of replaying the first answer. Default false (every reply recorded).
   */
  readsBypassLedger?: boolean;
  /** Told of every answered request (metrics, logs); more with `observe()`. */
  observers?: ServedCallObserver[];
}

interface Route {
  readonly descriptor: MethodDescriptor;
  readonly handler: MessageHandler;
  readonly wireSubject: string;
}

type ServerEvent = 'lease-acquired' | 'lease-lost' | 'disconnect' | 'reconnect';
const NO_APPENDS: StagedAppend[] = [];

/**
 * NestJS transport strategy serving every `@MessagePattern(<METHODS subject>)` handler of the app over NATS
 * request-reply with protobuf bodies and the `pkvm.v1.Reply` envelope, with dedupe by request id, deadline
 * checks, one atomic commit of staged events plus the reply, and a JetStream KV writer lease.
 */
export class NatsHypercallServer extends Server implements CustomTransportStrategy {
  readonly instanceId: string;
  private nc?: NatsConnection;
  private ownsConnection = false;
  private connected = false;
  private routes: Route[] = [];
  private subs: Subscription[] = [];
  private lease?: WriterLease;
  private readonly inflight = new Map<string, Promise<Uint8Array>>();
  private readonly anonymous = new Set<Promise<Uint8Array>>();
  private readonly listeners = new Map<ServerEvent, ((...a: unknown[]) => void)[]>();
  private closing = false;
  private warnedGenericError = false;
  private readonly defaultDeadlineMs: number;
  private readonly observers: ServedCallObserver[];

  constructor(private readonly options: NatsHypercallServerOptions) {
    super();
    this.instanceId = options.instanceId ?? randomUUID();
    this.defaultDeadlineMs = options.defaultDeadlineMs ?? 30_000;
    this.observers = [...(options.observers ?? [])];
  }

  /** Adds an observer told of every request answered from now on. */
  observe(observer: ServedCallObserver): void {
    this.observers.push(observer);
  }

  /** NATS connected (health: readiness). */
  isConnected(): boolean {
    return this.connected && !!this.nc && !this.nc.isClosed();
  }

  /** This instance holds the writer lease and serves (always true with `lease: false` once listening). */
  isLeaseHolder(): boolean {
    return this.options.lease === false ? this.subs.length > 0 : !!this.lease?.isHeld();
  }

  /** The subjects served (with prefix). */
  servedSubjects(): string[] {
    return this.routes.map((r) => r.wireSubject);
  }

  async listen(callback: (...optionalParams: unknown[]) => unknown): Promise<void> {
    try {
      await this.start();
    } catch (err) {
      await this.lease?.stop(false).catch(() => undefined);
      if (this.nc && this.ownsConnection && !this.nc.isClosed()) await this.nc.close().catch(() => undefined);
      callback(err);
      return;
    }
    callback();
  }

  /** Events: 'lease-acquired', 'lease-lost' (reason), 'disconnect', 'reconnect'. */
  on<EventKey extends string = ServerEvent, EventCallback extends Function = (...a: unknown[]) => void>(
    event: EventKey,
    callback: EventCallback,
  ): void {
    const l = this.listeners.get(event as ServerEvent) ?? [];
    l.push(callback as unknown as (...a: unknown[]) => void);
    this.listeners.set(event as ServerEvent, l);
  }

  unwrap<T>(): T {
    if (!this.nc) throw new Error('NatsHypercallServer is not listening');
    return this.nc as T;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.unsubscribeAll();
    await Promise.allSettled([...this.inflight.values(), ...this.anonymous]);
    await this.lease?.stop(true);
    if (this.nc && this.ownsConnection && !this.nc.isClosed()) await this.nc.close();
    this._status$.next('closed');
  }

  private emit(event: ServerEvent, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }

  private resolveRoutes(): Route[] {
    const routes: Route[] = [];
    for (const [pattern, handler] of this.messageHandlers) {
      let d: MethodDescriptor;
      try {
        d = METHODS.get(pattern) ?? method(pattern);
      } catch {
        throw new Error(`@MessagePattern('${pattern}') is not a METHODS subject (pkvm.v1 proto)`);
      }
      if (handler.isEventHandler) throw new Error(`@EventPattern('${pattern}') is not supported: hypercalls are request-reply`);
      if (d.app !== this.options.service) {
        throw new Error(`${d.subject} belongs to ${d.app}, not to ${this.options.service}`);
      }
      routes.push({ descriptor: d, handler, wireSubject: subjectFor(this.options.subjectPrefix, d.subject) });
    }
    return routes;
  }

  private async start(): Promise<void> {
    this.routes = this.resolveRoutes();
    if (this.options.connection) {
      this.nc = this.options.connection;
    } else {
      this.nc = await connect({
        servers: this.options.servers ?? '127.0.0.1:4222',
        name: `${this.options.service}-${this.instanceId}`,
        maxReconnectAttempts: -1,
        ...natsIdentityFromEnv(),
      });
      this.ownsConnection = true;
    }
    this.connected = true;
    void this.watchStatus(this.nc);
    this._status$.next('connected');
    const lease = this.options.lease;
    if (lease === false) {
      this.subscribeAll();
      return;
    }
    this.lease = new WriterLease(this.nc, {
      bucket: lease.bucket ?? leaseBucketFor(this.options.subjectPrefix),
      key: this.options.service,
      holderId: this.instanceId,
      ttlMs: lease.ttlMs ?? 3000,
      onAcquired: () => {
        this.logger.log(`${this.options.service} ${this.instanceId}: writer lease acquired, serving`);
        this.subscribeAll();
        this.emit('lease-acquired');
      },
      onLost: (reason) => {
        const line = `${this.options.service} ${this.instanceId}: writer lease ${reason === 'stopped' ? 'released' : `lost (${reason})`}, not serving`;
        if (reason === 'stopped') this.logger.log(line);
        else this.logger.warn(line);
        void this.unsubscribeAll();
        this.emit('lease-lost', reason);
      },
      log: (m) => this.logger.error(m),
    });
    await this.lease.start();
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    try {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect') {
          this.connected = false;
          this._status$.next('disconnected');
          this.emit('disconnect');
        } else if (s.type === 'reconnect') {
          this.connected = true;
          this._status$.next('connected');
          this.emit('reconnect');
        }
      }
    } catch {
      /* closed */
    }
    this.connected = false;
  }

  private subscribeAll(): void {
    if (this.closing || this.subs.length > 0 || !this.nc) return;
    const queue = queueGroupFor(this.options.subjectPrefix, this.options.service);
    for (const route of this.routes) {
      this.subs.push(
        this.nc.subscribe(route.wireSubject, {
          queue,
          callback: (err, msg) => {
            if (err) this.logger.error(`subscription ${route.wireSubject}: ${err.message}`);
            else this.onMessage(route, msg);
          },
        }),
      );
    }
  }

  private async unsubscribeAll(): Promise<void> {
    const subs = this.subs;
    this.subs = [];
    await Promise.allSettled(subs.map((s) => (s.isClosed() ? undefined : s.drain())));
  }

  /** Hot path: no rxjs, no JSON; a pre-resolved route per subject. */
  private onMessage(route: Route, msg: Msg): void {
    const t0 = performance.now();
    const h = msg.headers;
    const requestId = readHeader(h, HEADER_REQUEST_ID);
    const deadlineHeader = readHeader(h, HEADER_DEADLINE);
    const tpHeader = readHeader(h, HEADER_TRACEPARENT);
    // W3C trace context: a receiver that gets no valid traceparent starts a new trace.
    const traceparent = isTraceparent(tpHeader) ? tpHeader : newTraceparent();
    const now = Date.now();
    const deadline = deadlineHeader ? Number(deadlineHeader) : now + this.defaultDeadlineMs;
    let early: KernelError | undefined;
    let request: unknown;
    if (Number.isNaN(deadline)) early = KernelError.of('EINVAL', `malformed ${HEADER_DEADLINE} header '${deadlineHeader}'`);
    else if (!(deadline > now)) early = KernelError.of('ETIMEDOUT', `deadline passed ${now - deadline} ms before ${route.descriptor.name} started`);
    else {
      try {
        request = route.descriptor.requestType.decode(msg.data);
      } catch (err) {
        early = KernelError.of('EINVAL', `malformed ${route.descriptor.name} request: ${(err as Error).message}`);
      }
    }
    if (early) {
      respond(msg, encodeErrorReply(early));
      this.notify(route.descriptor, request, undefined, requestId, traceparent, t0, early, false);
      return;
    }
    const timeoutMs = this.options.handlerTimeoutMs;
    if (requestId === undefined) {
      const outcome = this.execute(route, request, undefined, deadline, traceparent, t0);
      this.anonymous.add(outcome);
      void outcome.then((bytes) => {
        this.anonymous.delete(outcome);
        if (timeoutMs === undefined) respond(msg, bytes);
      });
      if (timeoutMs !== undefined) this.respondWithin(msg, outcome, timeoutMs, route.descriptor.name);
      return;
    }
    const running = this.inflight.get(requestId);
    if (running) {
      // a duplicate while the first runs: the same reply, once it exists
      if (timeoutMs === undefined) void running.then((bytes) => respond(msg, bytes));
      else this.respondWithin(msg, running, timeoutMs, route.descriptor.name);
      return;
    }
    const outcome = this.dedupeOrExecute(route, request, requestId, deadline, traceparent, t0);
    this.inflight.set(requestId, outcome);
    void outcome.then((bytes) => {
      this.inflight.delete(requestId);
      if (timeoutMs === undefined) respond(msg, bytes);
    });
    if (timeoutMs !== undefined) this.respondWithin(msg, outcome, timeoutMs, route.descriptor.name);
  }

  private respondWithin(msg: Msg, outcome: Promise<Uint8Array>, ms: number, name: string): void {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      respond(msg, encodeErrnoReply('ETIMEDOUT', `${name} did not finish within ${ms} ms`));
    }, ms);
    void outcome.then((bytes) => {
      clearTimeout(timer);
      if (!done) respond(msg, bytes);
    });
  }

  private async dedupeOrExecute(route: Route, request: unknown, requestId: string, deadline: number, tp: string, t0: number): Promise<Uint8Array> {
    let previous: Uint8Array | undefined;
    try {
      previous = await this.options.ledger.findReply(requestId);
    } catch (err) {
      this.logger.error(`ledger.findReply(${requestId}) failed: ${(err as Error).message}`);
      const e = KernelError.of('EIO', `reply ledger unavailable: ${(err as Error).message}`);
      this.notify(route.descriptor, request, undefined, requestId, tp, t0, e, false);
      return encodeErrorReply(e);
    }
    if (previous) {
      if (this.observers.length > 0) {
        let error: KernelError | undefined;
        try {
          error = decodeReply(previous).error;
        } catch {
          /* a recorded reply always decodes; an observer gets it as a success otherwise */
        }
        this.notify(route.descriptor, request, undefined, requestId, tp, t0, error, true);
      }
      return previous;
    }
    return this.execute(route, request, requestId, deadline, tp, t0);
  }

  /** Run the handler inside the call's scope (see call-scope.ts). Never rejects: every outcome is reply bytes. */
  private execute(route: Route, request: unknown, requestId: string | undefined, deadline: number, tp: string, t0: number): Promise<Uint8Array> {
    const ctx = new CallContext(requestId, deadline, tp, route.descriptor.subject, this.instanceId);
    return runInCall(ctx, () => this.runHandler(route, request, ctx, t0));
  }

  /** Run the handler, commit events with the reply, run the afterCommit callbacks. */
  private async runHandler(route: Route, request: unknown, ctx: CallContext, t0: number): Promise<Uint8Array> {
    const d = route.descriptor;
    const requestId = ctx.requestId;
    let result: unknown;
    let replyBytes: Uint8Array;
    try {
      result = route.handler(request, ctx);
      if (result instanceof Promise) result = await result;
      if (isObservable(result)) result = await lastValueFrom(result);
      replyBytes = encodeResultReply(d.responseType.encode(result as never).finish());
    } catch (err) {
      return this.refused(d, request, ctx, t0, err);
    }
    if (ctx.appends || !this.options.readsBypassLedger) {
      try {
        await this.options.ledger.commitWithReply(requestId, replyBytes, ctx.appends ?? NO_APPENDS);
      } catch (err) {
        return this.refused(d, request, ctx, t0, err);
      }
    }
    if (ctx.afterCommitCallbacks) {
      for (const fn of ctx.afterCommitCallbacks) {
        try {
          const r = fn();
          if (r instanceof Promise) await r;
        } catch (err) {
          this.logger.error(`${d.name} afterCommit callback failed: ${(err as Error).message}`);
        }
      }
    }
    this.notify(d, request, result, requestId, ctx.traceparent, t0, undefined, false);
    return replyBytes;
  }

  /**
   * A refusal with an errno (KernelError, a store conflict) is the call's answer: recorded under the request id
   * with no events. Anything else is EIO, logged and not recorded (nothing was committed; a retry may succeed).
   */
  private async refused(d: MethodDescriptor, request: unknown, ctx: CallContext, t0: number, err: unknown): Promise<Uint8Array> {
    const requestId = ctx.requestId;
    const bytes = encodeErrorReply(err);
    if (!hasErrno(err)) {
      this.logger.error(`${d.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : JSON.stringify(err)}`);
      if (!this.warnedGenericError && !(err instanceof Error)) {
        this.warnedGenericError = true;
        this.logger.warn('a handler error reached the transport as a plain object: Nest replaced it; use @Hypercall() or HypercallExceptionFilter to keep errnos');
      }
    } else if (requestId !== undefined) {
      try {
        await this.options.ledger.commitWithReply(requestId, bytes, NO_APPENDS);
      } catch (e) {
        this.logger.error(`recording the refusal of ${requestId} failed: ${(e as Error).message}`);
      }
    }
    this.notify(d, request, undefined, requestId, ctx.traceparent, t0, err, false);
    return bytes;
  }

  /** Tells the observers of one answered request (a no-op without observers: the hot path stays as it was). */
  private notify(
    method: MethodDescriptor, request: unknown, response: unknown, requestId: string | undefined,
    traceparent: string, t0: number, err: unknown, replayed: boolean,
  ): void {
    if (this.observers.length === 0) return;
    const call: ServedCall = {
      method, request, response, requestId, traceparent, replayed,
      durationMs: performance.now() - t0,
      ...(err === undefined ? {} : { errno: errnoOf(err), message: err instanceof Error ? err.message : String(err) }),
    };
    for (const o of this.observers) {
      try {
        o.onServed(call);
      } catch (e) {
        this.logger.error(`a served-call observer failed on ${method.name}: ${(e as Error).message}`);
      }
    }
  }
}

function respond(msg: Msg, bytes: Uint8Array): void {
  if (!msg.reply) return;
  try {
    msg.respond(bytes);
  } catch (err) {
    // A reply the server refuses (larger than its max_payload) must still answer: E2BIG, never a silent timeout.
    try {
      const tooBig = /payload/i.test(String((err as Error).message ?? err));
      msg.respond(encodeErrnoReply(tooBig ? 'E2BIG' : 'EIO', `the ${bytes.length}-byte reply could not be sent: ${(err as Error).message}`));
    } catch {
      /* connection closed: the caller's deadline will fire */
    }
  }
}
