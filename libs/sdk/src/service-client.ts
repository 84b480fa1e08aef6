import type * as protobuf from 'protobufjs/minimal';

/** Per-call options of every SDK method. */
export interface CallOptions {
  /** Time the whole call may take, retries included. Default: the client's `defaultTimeoutMs` (5000). */
  timeoutMs?: number;
  /** Absolute deadline (epoch ms or a Date); the earlier of this and `timeoutMs` wins. */
  deadline?: number | Date;
  /** Aborting rejects the call with CancelledError at once (a service may still execute what it received). */
  signal?: AbortSignal;
  /** Idempotency key, sent as `pkvm-request-id`; every retry of the call reuses it. Default: a new UUID per call. */
  requestId?: string;
  /** W3C trace context to continue; every attempt is a child span of it. Default: a new trace per call. */
  traceparent?: string;
  /** Override the client's retry policy for this call (`false`: no retry). Applies to idempotent methods only. */
  retry?: Partial<import('./retry').RetryPolicy> | false;
}

/** A generated protobufjs service class (`pkvm.v1.IommuDumpService`, ...). */
export type ServiceCtor<S extends protobuf.rpc.Service> = new (rpcImpl: protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean) => S;

type Unary<F> = F extends (request: infer Q) => Promise<infer R> ? (request: Q, options?: CallOptions) => Promise<R> : never;

/**
 * The typed client of one generated service: each rpc as `method(request, options?) => Promise<Response>`,
 * named as protobufjs names it (`Ptdump` -> `ptdump`).
 */
export type ServiceClient<S> = {
  [K in Exclude<keyof S, keyof protobuf.rpc.Service> as S[K] extends (request: never) => Promise<unknown> ? K : never]: Unary<S[K]>;
};

/** A generated rpc method: protobufjs gives it `name` (`Ptdump`) and `path` (`/pkvm.v1.IommuDumpService/Ptdump`). */
interface GeneratedMethod {
  (this: protobuf.rpc.Service, request: object): Promise<unknown>;
  readonly name: string;
  readonly path?: string;
}

/** `Service.Method` (the method table's name) of a generated rpc method. */
export function methodNameOf(m: { name: string; path?: string }, service?: string): string {
  if (m.path) {
    const [, full, method] = /^\/(?:[\w.]*\.)?(\w+)\/(\w+)$/.exec(m.path) ?? [];
    if (full && method) return `${full}.${method}`;
  }
  if (!service) throw new Error(`cannot tell the service of rpc ${m.name}`);
  return `${service}.${m.name}`;
}

/**
 * Builds the typed client of a generated service class. Each call makes an instance of the generated class over
 * `rpcImplFor(options)`, so the generated code encodes the request and decodes the response, and the call's
 * options reach the rpcImpl without shared state.
 */
export function serviceClient<S extends protobuf.rpc.Service>(ctor: ServiceCtor<S>, rpcImplFor: (options: CallOptions) => protobuf.RPCImpl): ServiceClient<S> {
  const out: Record<string, unknown> = {};
  const proto = ctor.prototype as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    const fn = proto[key] as GeneratedMethod | undefined;
    if (key === 'constructor' || typeof fn !== 'function' || typeof fn.path !== 'string') continue;
    out[key] = (request: object, options: CallOptions = {}) => {
      const svc = new ctor(rpcImplFor(options));
      return fn.call(svc, request ?? {});
    };
  }
  return out as ServiceClient<S>;
}
