import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { TransportError } from '../errors/transport-errors';
import { HypercallClient, type HypercallClientOptions } from './hypercall-client';

export interface NatsHypercallClientProxyOptions extends HypercallClientOptions {
  /** An open connection to share (not closed by the proxy), or `servers` to connect to. */
  connection?: import('@nats-io/transport-node').NatsConnection;
  servers?: string | string[];
  name?: string;
}

/**
 * NestJS ClientProxy over HypercallClient: `send(pattern, data)` where pattern is `Service.Method` or a
 * METHODS subject and data the request message; the Observable emits the decoded response once. Errors are
 * the HypercallClient's (KernelError, NoRespondersError, ...). Unsubscribing cancels the call.
 */
export class NatsHypercallClientProxy extends ClientProxy {
  private client?: HypercallClient;
  private connecting?: Promise<HypercallClient>;

  constructor(private readonly options: NatsHypercallClientProxyOptions = {}) {
    super();
  }

  async connect(): Promise<HypercallClient> {
    if (this.client) return this.client;
    this.connecting ??= this.options.connection
      ? Promise.resolve(new HypercallClient(this.options.connection, this.options))
      : HypercallClient.connect(this.options);
    try {
      this.client = await this.connecting;
    } finally {
      this.connecting = undefined;
    }
    this._status$.next('connected');
    return this.client;
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.close();
    this._status$.next('closed');
  }

  unwrap<T>(): T {
    if (!this.client) throw new Error('NatsHypercallClientProxy is not connected');
    return this.client.connection as T;
  }

  /** The underlying client (after connect()). */
  hypercallClient(): HypercallClient | undefined {
    return this.client;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const ac = new AbortController();
    const client = this.client;
    if (!client) {
      callback({ err: new TransportError('NatsHypercallClientProxy is not connected') });
      return () => undefined;
    }
    if (typeof packet.pattern !== 'string') {
      callback({ err: new TransportError(`pattern must be a METHODS subject or Service.Method, got ${JSON.stringify(packet.pattern)}`) });
      return () => undefined;
    }
    let settled = false;
    client.call(packet.pattern, packet.data ?? {}, { signal: ac.signal }).then(
      (response) => {
        settled = true;
        callback({ response, isDisposed: true });
      },
      (err) => {
        settled = true;
        callback({ err });
      },
    );
    return () => {
      if (!settled) ac.abort();
    };
  }

  protected dispatchEvent<T = unknown>(_packet: ReadPacket): Promise<T> {
    return Promise.reject(new TransportError('events do not travel as hypercalls: publish them to JetStream'));
  }
}
