import type { Msg, MsgHdrs, NatsConnection, Subscription } from '@nats-io/transport-node';
import { connect, createInbox } from '@nats-io/transport-node';
import { METHODS, method, type MethodDescriptor } from '@pkvm/proto';
import { decodeReply } from '../codec/reply-codec';
import { currentCall } from '../context/call-scope';
import { natsIdentityFromEnv } from '../nats-identity';
import { CancelledError, DeadlineExceededError, NoRespondersError, TransportError } from '../errors/transport-errors';
import { childTraceparent, newTraceparent, requestHeaders } from '../headers/hypercall-headers';
import { subjectFor } from '../subjects/subject-naming';

export interface CallOptions {
  /** Time the caller waits; default the client's `defaultTimeoutMs` (5000). */
  timeoutMs?: number;
  /** Absolute deadline (epoch ms), e.g. a handler's `ctx.deadline`; the earlier of this and `timeoutMs` wins. */
  deadline?: number;
  /** Idempotency key: a retry with the same id gets the first reply. Default: `crypto.randomUUID()` per call. */
  requestId?: string;
  /** Aborting rejects the call with CancelledError at once (the service may still execute it). */
  signal?: AbortSignal;
  /**
   * W3C trace context of the caller; the call is sent as a child span of it. Default: the trace of the hypercall
   * being served on this async path (a handler's outgoing calls join its trace), else a new trace.
   */
  traceparent?: string;
}

export interface HypercallClientOptions {
  /** Deployment or test prefix in front of every subject. */
  subjectPrefix?: string;
  /** Default per-call deadline. Default 5000 ms. */
  defaultTimeoutMs?: number;
}

interface Target {
  readonly descriptor: MethodDescriptor;
  readonly wireSubject: string;
}

/** One call waiting for its reply on the client's inbox. */
interface Pending {
  resolve(msg: Msg): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * Typed hypercalls over NATS request-reply, protobuf both ways. No NestJS: the SDK and the CLI use it as is.
 * A refused call throws KernelError (errno, errnoName, message); transport failures throw NoRespondersError,
 * DeadlineExceededError, CancelledError or TransportError. Nothing waits past its deadline.
 *
 * Replies come back on one wildcard inbox subscription per client (like nats.js's muxed requests, without
 * the per-request error objects nats.js allocates), so a call costs one publish and one timer.
 */
export class HypercallClient {
  private readonly targets = new Map<string, Target>();
  private readonly prefix: string;
  private readonly defaultTimeoutMs: number;
  private readonly pending = new Map<string, Pending>();
  private inbox = '';
  private sub?: Subscription;
  private seq = 0;

  constructor(readonly connection: NatsConnection, options: HypercallClientOptions = {}, private readonly ownsConnection = false) {
    this.prefix = options.subjectPrefix ?? '';
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 5000;
    void connection.closed().then(() => this.failAll(new TransportError('NATS connection closed')));
  }

  /** Connects to `servers` and returns a client that closes the connection on `close()`. */
  static async connect(options: HypercallClientOptions & { servers?: string | string[]; name?: string } = {}): Promise<HypercallClient> {
    const nc = await connect({ servers: options.servers ?? '127.0.0.1:4222', name: options.name, maxReconnectAttempts: -1, ...natsIdentityFromEnv() });
    return new HypercallClient(nc, options, true);
  }

  /** The method descriptor and wire subject for `Service.Method` or a METHODS subject (throws if unknown). */
  target(nameOrSubject: string): Target {
    let t = this.targets.get(nameOrSubject);
    if (!t) {
      const descriptor = METHODS.get(nameOrSubject) ?? method(nameOrSubject);
      t = { descriptor, wireSubject: subjectFor(this.prefix, descriptor.subject) };
      this.targets.set(nameOrSubject, t);
    }
    return t;
  }

  async call<Res = unknown>(nameOrSubject: string, request: object, opts: CallOptions = {}): Promise<Res> {
    const { descriptor, wireSubject } = this.target(nameOrSubject);
    const now = Date.now();
    let timeoutMs = opts.timeoutMs ?? this.defaultTimeoutMs;
    if (opts.deadline !== undefined) timeoutMs = Math.min(timeoutMs, opts.deadline - now);
    if (!(timeoutMs > 0)) throw new DeadlineExceededError(wireSubject, timeoutMs);
    const signal = opts.signal;
    if (signal?.aborted) throw new CancelledError(wireSubject, { cause: signal.reason });

    let body: Uint8Array;
    let h: MsgHdrs;
    try {
      body = descriptor.requestType.encode(request).finish();
      const parent = opts.traceparent ?? currentCall()?.traceparent;
      h = requestHeaders(opts.requestId, now + timeoutMs, parent ? childTraceparent(parent) : newTraceparent());
    } catch (err) {
      throw new TransportError(`cannot encode ${descriptor.name} request: ${(err as Error).message}`, { cause: err });
    }
    const msg = await this.request(wireSubject, body, h, timeoutMs, signal);

    let outcome: ReturnType<typeof decodeReply>;
    try {
      outcome = decodeReply(msg.data);
    } catch (err) {
      throw new TransportError(`malformed reply from ${wireSubject}: ${(err as Error).message}`, { cause: err });
    }
    if (outcome.error) throw outcome.error;
    try {
      return descriptor.responseType.decode(outcome.result) as Res;
    } catch (err) {
      throw new TransportError(`malformed ${descriptor.name} response: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Closes the connection if this client opened it (pending calls fail with TransportError). */
  async close(): Promise<void> {
    if (this.ownsConnection && !this.connection.isClosed()) await this.connection.close();
    else {
      this.sub?.unsubscribe();
      this.sub = undefined;
      this.failAll(new TransportError('client closed'));
    }
  }

  private request(subject: string, body: Uint8Array, h: MsgHdrs, timeoutMs: number, signal: AbortSignal | undefined): Promise<Msg> {
    if (this.connection.isClosed()) return Promise.reject(new TransportError(`${subject}: NATS connection closed`));
    if (!this.sub) {
      const prefix = (this.connection as { options?: { inboxPrefix?: string } }).options?.inboxPrefix;
      this.inbox = `${createInbox(prefix)}.`;
      this.sub = this.connection.subscribe(`${this.inbox}*`, { callback: (err, msg) => this.onReply(err, msg) });
    }
    const token = (++this.seq).toString(36);
    return new Promise<Msg>((resolve, reject) => {
      const p: Pending = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.settle(token, p);
          reject(new DeadlineExceededError(subject, timeoutMs));
        }, timeoutMs),
      };
      if (signal) {
        p.signal = signal;
        p.onAbort = () => {
          this.settle(token, p);
          reject(new CancelledError(subject, { cause: signal.reason }));
        };
        signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.pending.set(token, p);
      try {
        this.connection.publish(subject, body, { reply: this.inbox + token, headers: h });
      } catch (err) {
        this.settle(token, p);
        reject(new TransportError(`${subject}: ${(err as Error).message}`, { cause: err }));
      }
    }).catch((err: Error) => {
      // a 503 status on the inbox means nobody subscribes to the subject
      throw err === NO_RESPONDERS ? new NoRespondersError(subject) : err;
    });
  }

  private onReply(err: Error | null, msg: Msg): void {
    if (err) {
      this.failAll(new TransportError(`reply subscription failed: ${err.message}`, { cause: err }));
      return;
    }
    const token = msg.subject.slice(this.inbox.length);
    const p = this.pending.get(token);
    if (!p) return; // late reply of a call that timed out or was cancelled
    this.settle(token, p);
    if (msg.data.length === 0 && msg.headers?.code === 503) p.reject(NO_RESPONDERS);
    else p.resolve(msg);
  }

  private settle(token: string, p: Pending): void {
    this.pending.delete(token);
    clearTimeout(p.timer);
    if (p.onAbort) p.signal!.removeEventListener('abort', p.onAbort);
  }

  private failAll(err: Error): void {
    for (const [token, p] of this.pending) {
      this.settle(token, p);
      p.reject(err);
    }
  }
}

/** Internal marker, replaced by a NoRespondersError naming the subject. */
const NO_RESPONDERS = new Error('no responders');
