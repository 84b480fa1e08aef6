import { randomUUID } from 'node:crypto';
import type * as protobuf from 'protobufjs/minimal';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { KernelError } from '@pkvm/errno';
import { encodeHypercall, hypercallByName, HypercallArgsError } from '@pkvm/hypercalls';
import { pkvm, type MethodDescriptor } from '@pkvm/proto';
// Relative imports on purpose: @pkvm/transport's index also exports the NestJS server strategy, which a plain
// Node script using the SDK must not load. These modules are the transport's own client, errors and headers.
import { HypercallClient } from '../../transport/src/client/hypercall-client';
import { natsIdentityFromEnv } from '../../transport/src/nats-identity';
import { CancelledError, DeadlineExceededError, NoRespondersError } from '../../transport/src/errors/transport-errors';
import { childTraceparent, newTraceparent } from '../../transport/src/headers/hypercall-headers';
import { EventStream, type EventsOptions } from './events';
import { PkvmError, type HvcRegisters } from './pkvm-error';
import { backoffMs, retryPolicy, sleep, type RetryPolicy } from './retry';
import { serviceClient, methodNameOf, type CallOptions, type ServiceClient, type ServiceCtor } from './service-client';

export interface PkvmClientOptions {
  /** NATS server(s). Default `127.0.0.1:4222`. */
  servers?: string | string[];
  /** An open connection to use instead (not closed by `close()`). */
  connection?: NatsConnection;
  /** The deployment's (or a test's) subject prefix, as the services' PKVM_SUBJECT_PREFIX. Default ''. */
  subjectPrefix?: string;
  /** Per-call deadline when a call sets none. Default 5000 ms. */
  defaultTimeoutMs?: number;
  /** Retry policy for idempotent methods; `false` turns retries off. */
  retry?: Partial<RetryPolicy> | false;
  /** The JetStream stream of the events. Default `<prefix>_PKVM`, or `PKVM` without a prefix (as the services). */
  streamName?: string;
  /** NATS connection name. */
  name?: string;
  /** Called before each retry (logging, tests). */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  method: string;
  /** The attempt that failed (1 = the first). */
  attempt: number;
  delayMs: number;
  error: Error;
  requestId: string;
}

/** What `hyp.call` returns for an accepted hypercall. */
export interface HvcResult extends HvcRegisters {
  /** The kernel's name, e.g. `__pkvm_host_share_hyp`. */
  name: string;
  /** x0 as sent: 0xC6000000 + index. */
  functionId: number;
}

export interface HvcCallOptions extends CallOptions {
  /** The physical CPU that issues the HVC. Default 0. */
  cpu?: number;
}

export type HypercallArgs = Record<string, number | string> | readonly (number | string)[];

export type HostClient = ServiceClient<pkvm.v1.HostKernelService> & {
  /** pkvm.v1.host.boot: the host's boot steps. */
  boot: ServiceClient<pkvm.v1.HostKernelBootService>;
};

export type HypClient = ServiceClient<pkvm.v1.HypervisorService> & {
  /** The raw hypercall (pkvm.v1.hyp.Hvc): registers in, registers out, no interpretation. */
  hvc: ServiceClient<pkvm.v1.HypService>['hvc'];
  /**
   * One host hypercall by its kernel name (libs/hypercalls): arguments by name (`{ pfn }`) or position.
   * Resolves with x0..x3 when x0 = SMCCC_RET_SUCCESS and x1 >= 0; otherwise throws PkvmError (errno from x1,
   * or EOPNOTSUPP for SMCCC_RET_NOT_SUPPORTED, with `smcccX0`). Not retried: a hypercall changes state.
   */
  call(name: string, args?: HypercallArgs, options?: HvcCallOptions): Promise<HvcResult>;
  /** pkvm.v1.hypervisor.early: the host's writes into EL2 memory before de-privilege. */
  early: ServiceClient<pkvm.v1.HypervisorEarlyService>;
  /** pkvm.v1.hypervisor.dump: read-only views. */
  dump: ServiceClient<pkvm.v1.HypervisorDumpService>;
};

export type IommuClient = ServiceClient<pkvm.v1.IommuService> & {
  el2: ServiceClient<pkvm.v1.IommuEl2Service>;
  mmio: ServiceClient<pkvm.v1.IommuMmioService>;
  mem: ServiceClient<pkvm.v1.IommuMemService>;
  dma: ServiceClient<pkvm.v1.IommuDmaService>;
  dump: ServiceClient<pkvm.v1.IommuDumpService>;
};

export type BootClient = ServiceClient<pkvm.v1.BootCoordinatorService> & {
  /** pkvm.v1.boot.saga: start, follow and export boots. */
  saga: ServiceClient<pkvm.v1.BootSagaService>;
};

/**
 * The typed client of the twin, from a plain Node script (no NestJS):
 *
 *   const client = await PkvmClient.connect({ servers: 'nats://127.0.0.1:4222' });
 *   const pong = await client.iommu.ping({ nonce: 'hi' }, { timeoutMs: 1000 });
 *   await client.hyp.call('__pkvm_host_share_hyp', { pfn: 0x40100 });
 *   for await (const e of client.events({ from: 'first' })) console.log(e.service, e.type);
 *   await client.close();
 *
 * Each method comes from the generated protobufjs service classes (libs/proto), whose rpcImpl is implemented
 * here over libs/transport's HypercallClient (NATS request-reply with the `pkvm.v1.Reply` envelope).
 */
export class PkvmClient {
  readonly host: HostClient;
  readonly hyp: HypClient;
  readonly iommu: IommuClient;
  readonly boot: BootClient;
  /** The transport client underneath (raw calls by `Service.Method`). */
  readonly transport: HypercallClient;
  private readonly retry: RetryPolicy;
  private readonly defaultTimeoutMs: number;
  private readonly streams = new Set<EventStream>();

  private constructor(
    readonly connection: NatsConnection,
    private readonly options: PkvmClientOptions,
    private readonly ownsConnection: boolean,
  ) {
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 5000;
    this.retry = retryPolicy(options.retry);
    this.transport = new HypercallClient(connection, { subjectPrefix: options.subjectPrefix ?? '', defaultTimeoutMs: this.defaultTimeoutMs });
    const v1 = pkvm.v1;
    this.host = { ...this.service(v1.HostKernelService), boot: this.service(v1.HostKernelBootService) };
    this.hyp = {
      ...this.service(v1.HypervisorService),
      hvc: this.service(v1.HypService).hvc,
      call: (name, args, opts) => this.hypercall(name, args, opts),
      early: this.service(v1.HypervisorEarlyService),
      dump: this.service(v1.HypervisorDumpService),
    };
    this.iommu = {
      ...this.service(v1.IommuService),
      el2: this.service(v1.IommuEl2Service),
      mmio: this.service(v1.IommuMmioService),
      mem: this.service(v1.IommuMemService),
      dma: this.service(v1.IommuDmaService),
      dump: this.service(v1.IommuDumpService),
    };
    this.boot = { ...this.service(v1.BootCoordinatorService), saga: this.service(v1.BootSagaService) };
  }

  /** Connects to NATS (or uses `connection`) and returns the client. */
  static async connect(options: PkvmClientOptions = {}): Promise<PkvmClient> {
    if (options.connection) return new PkvmClient(options.connection, options, false);
    const nc = await connect({ servers: options.servers ?? '127.0.0.1:4222', name: options.name ?? 'pkvm-sdk', maxReconnectAttempts: -1, ...natsIdentityFromEnv() });
    return new PkvmClient(nc, options, true);
  }

  /** The subject prefix the client calls under. */
  get subjectPrefix(): string {
    return this.options.subjectPrefix ?? '';
  }

  /** The typed client of any generated service class, e.g. one added after this SDK: `client.service(pkvm.v1.X)`. */
  service<S extends protobuf.rpc.Service>(ctor: ServiceCtor<S>): ServiceClient<S> {
    return serviceClient(ctor, (opts) => this.rpcImpl(opts));
  }

  /**
   * The protobufjs rpcImpl over NATS request-reply: `pkvm.v1.IommuDumpService.create(client.rpcImpl())` gives
   * the generated class itself, every call with `defaults` as its options.
   */
  rpcImpl(defaults: CallOptions = {}): protobuf.RPCImpl {
    return (method, requestData, callback) => {
      if (!method || !requestData) return; // end of the service: nothing to release
      let name: string;
      let request: object;
      try {
        name = methodNameOf(method as { name: string; path?: string });
        request = this.transport.target(name).descriptor.requestType.decode(requestData) as object;
      } catch (err) {
        callback(err as Error, null);
        return;
      }
      this.invoke(name, request, defaults).then(
        (res) => callback(null, res as never),
        (err: Error) => callback(err, null),
      );
    };
  }

  /** A call by `Service.Method` (or subject) with a plain request object; same deadline, retry and error rules. */
  call<Res = unknown>(method: string, request: object, options: CallOptions = {}): Promise<Res> {
    return this.invoke<Res>(method, request, options);
  }

  /** Whether the proto marks the method idempotent (NO_SIDE_EFFECTS or IDEMPOTENT): only those are retried. */
  isIdempotent(method: string): boolean {
    return this.transport.target(method).descriptor.idempotent;
  }

  /** The stack's events from JetStream, as an async iterator (see EventsOptions). */
  events(options: EventsOptions = {}): EventStream {
    const prefix = this.subjectPrefix;
    const streamName = this.options.streamName ?? (prefix ? `${prefix}_PKVM` : 'PKVM');
    const s = new EventStream(this.connection, streamName, prefix, options, (x) => this.streams.delete(x));
    this.streams.add(s);
    return s;
  }

  /** Closes open event iterators, then the connection when the client opened it. */
  async close(): Promise<void> {
    await Promise.all([...this.streams].map((s) => s.close()));
    if (this.ownsConnection) {
      if (!this.connection.isClosed()) await this.connection.close();
    } else await this.transport.close();
  }

  private async hypercall(name: string, args: HypercallArgs = {}, options: HvcCallOptions = {}): Promise<HvcResult> {
    const def = hypercallByName(name);
    if (!def) throw new HypercallArgsError(`unknown hypercall ${name}`);
    const regs = encodeHypercall(def.name, args as Record<string, number | string>);
    const { cpu = 0, ...opts } = options;
    const res = await this.invoke<pkvm.v1.HvcResponse>('HypService.Hvc', { x0: regs.x0, args: regs.args, cpu }, opts);
    const out: HvcResult = { name: def.name, functionId: regs.x0, x0: Number(res.x0), x1: Number(res.x1), x2: Number(res.x2), x3: Number(res.x3) };
    const refused = PkvmError.fromRegisters(def.name, out);
    if (refused) throw refused;
    return out;
  }

  /** One logical call: one deadline, one request id and trace, retries with backoff for idempotent methods. */
  private async invoke<Res>(method: string, request: object, options: CallOptions): Promise<Res> {
    const target = this.transport.target(method);
    const d: MethodDescriptor = target.descriptor;
    const now = Date.now();
    const until = Math.min(
      now + (options.timeoutMs ?? this.defaultTimeoutMs),
      options.deadline === undefined ? Infinity : +options.deadline,
    );
    const policy = d.idempotent ? retryPolicy(this.options.retry, options.retry) : retryPolicy(false);
    const requestId = options.requestId ?? randomUUID();
    const trace = options.traceparent ?? newTraceparent();
    for (let attempt = 1; ; attempt++) {
      const remaining = until - Date.now();
      try {
        return await this.transport.call<Res>(method, request, {
          deadline: until,
          timeoutMs: policy.perAttemptTimeoutMs === undefined ? remaining : Math.min(policy.perAttemptTimeoutMs, remaining),
          requestId,
          signal: options.signal,
          traceparent: childTraceparent(trace),
        });
      } catch (err) {
        if (err instanceof KernelError) throw PkvmError.fromKernelError(err, d.name);
        const retryable = err instanceof NoRespondersError || err instanceof DeadlineExceededError;
        if (!retryable || attempt >= policy.maxAttempts) throw err;
        const delayMs = backoffMs(policy, attempt);
        // no attempt can start (and get a reply) before the deadline: the last failure is the answer
        if (Date.now() + delayMs >= until) throw err;
        this.options.onRetry?.({ method: d.name, attempt, delayMs, error: err as Error, requestId });
        await sleep(delayMs, options.signal, () => new CancelledError(target.wireSubject, { cause: options.signal?.reason }));
      }
    }
  }
}
