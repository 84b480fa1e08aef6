import { randomUUID } from 'node:crypto';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { connect, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { METHODS, method, type AppName, type MethodDescriptor } from '@pkvm/proto';
import { isObservable, lastValueFrom } from 'rxjs';
import { encodeErrnoReply, encodeErrorReply, encodeResultReply, hasErrno } from '../codec/reply-codec';
import { CallContext } from '../context/call-context';
import { HEADER_DEADLINE, HEADER_REQUEST_ID, HEADER_TRACEPARENT, readHeader } from '../headers/hypercall-headers';
import { WriterLease } from '../lease/writer-lease';
import { natsIdentityFromEnv } from '../nats-identity';
import type { ReplyLedger, StagedAppend } from '../ledger/reply-ledger.interface';
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

  constructor(private readonly options: NatsHypercallServerOptions) {
    super();
    this.instanceId = options.instanceId ?? randomUUID();
    this.defaultDeadlineMs = options.defaultDeadlineMs ?? 30_000;
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
    const h = msg.headers;
    const requestId = readHeader(h, HEADER_REQUEST_ID);
    const deadlineHeader = readHeader(h, HEADER_DEADLINE);
    const now = Date.now();
    const deadline = deadlineHeader ? Number(deadlineHeader) : now + this.defaultDeadlineMs;
    if (Number.isNaN(deadline)) {
      respond(msg, encodeErrnoReply('EINVAL', `malformed ${HEADER_DEADLINE} header '${deadlineHeader}'`));
      return;
    }
    if (!(deadline > now)) {
      respond(msg, encodeErrnoReply('ETIMEDOUT', `deadline passed ${now - deadline} ms before ${route.descriptor.name} started`));
      return;
    }
    let request: unknown;
    try {
      request = route.descriptor.requestType.decode(msg.data);
    } catch (err) {
      respond(msg, encodeErrorReply(KernelError.of('EINVAL', `malformed ${route.descriptor.name} request: ${(err as Error).message}`)));
      return;
    }
    const traceparent = readHeader(h, HEADER_TRACEPARENT);
    const timeoutMs = this.options.handlerTimeoutMs;
    if (requestId === undefined) {
      const outcome = this.execute(route, request, undefined, deadline, traceparent);
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
    const outcome = this.dedupeOrExecute(route, request, requestId, deadline, traceparent);
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

  private async dedupeOrExecute(route: Route, request: unknown, requestId: string, deadline: number, tp: string | undefined): Promise<Uint8Array> {
    let previous: Uint8Array | undefined;
    try {
      previous = await this.options.ledger.findReply(requestId);
    } catch (err) {
      this.logger.error(`ledger.findReply(${requestId}) failed: ${(err as Error).message}`);
      return encodeErrnoReply('EIO', `reply ledger unavailable: ${(err as Error).message}`);
    }
    if (previous) return previous;
    return this.execute(route, request, requestId, deadline, tp);
  }

  /** Run the handler, commit events with the reply. Never rejects: every outcome is reply bytes. */
  private async execute(route: Route, request: unknown, requestId: string | undefined, deadline: number, tp: string | undefined): Promise<Uint8Array> {
    const d = route.descriptor;
    const ctx = new CallContext(requestId, deadline, tp, d.subject, this.instanceId);
    let replyBytes: Uint8Array;
    try {
      let result: unknown = route.handler(request, ctx);
      if (result instanceof Promise) result = await result;
      if (isObservable(result)) result = await lastValueFrom(result);
      replyBytes = encodeResultReply(d.responseType.encode(result as never).finish());
    } catch (err) {
      return this.refused(d, requestId, err);
    }
    if (ctx.appends || !this.options.readsBypassLedger) {
      try {
        await this.options.ledger.commitWithReply(requestId, replyBytes, ctx.appends ?? NO_APPENDS);
      } catch (err) {
        return this.refused(d, requestId, err);
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
    return replyBytes;
  }

  /**
   * A refusal with an errno (KernelError, a store conflict) is the call's answer: recorded under the request id
   * with no events. Anything else is EIO, logged and not recorded (nothing was committed; a retry may succeed).
   */
  private async refused(d: MethodDescriptor, requestId: string | undefined, err: unknown): Promise<Uint8Array> {
    const bytes = encodeErrorReply(err);
    if (!hasErrno(err)) {
      this.logger.error(`${d.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : JSON.stringify(err)}`);
      if (!this.warnedGenericError && !(err instanceof Error)) {
        this.warnedGenericError = true;
        this.logger.warn('a handler error reached the transport as a plain object: Nest replaced it; use @Hypercall() or HypercallExceptionFilter to keep errnos');
      }
      return bytes;
    }
    if (requestId !== undefined) {
      try {
        await this.options.ledger.commitWithReply(requestId, bytes, NO_APPENDS);
      } catch (e) {
        this.logger.error(`recording the refusal of ${requestId} failed: ${(e as Error).message}`);
      }
    }
    return bytes;
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
