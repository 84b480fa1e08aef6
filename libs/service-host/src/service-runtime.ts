import { connect } from '@nats-io/transport-node';
import { EventStore } from '@pkvm/event-store';
import { ServedCallLog, ServiceMetrics, type ServiceLogger } from '@pkvm/observability';
import { NatsHypercallServer, natsIdentityFromEnv } from '@pkvm/transport';
import { storeLocation, TwinConfig } from './twin-config';

export interface Readiness {
  ready: boolean;
  natsConnected: boolean;
  storeWritable: boolean;
  leaseHeld: boolean;
  storePosition: number;
  detail: string;
}

/**
 * What one service process holds: its config, logger, metrics, NATS connection, event store and transport server.
 * Injected into controllers under this class as the token.
 */
export class ServiceRuntime {
  private constructor(
    readonly config: TwinConfig,
    readonly log: ServiceLogger,
    readonly metrics: ServiceMetrics,
    readonly nc: Awaited<ReturnType<typeof connect>>,
    readonly store: EventStore,
    readonly server: NatsHypercallServer,
  ) {}

  static async open(config: TwinConfig, log: ServiceLogger): Promise<ServiceRuntime> {
    const metrics = new ServiceMetrics(config.app);
    const nc = await connect({ servers: config.natsUrl, name: config.instanceId, maxReconnectAttempts: -1, reconnectTimeWait: 250, ...natsIdentityFromEnv() });
    const store = await EventStore.open({
      service: config.app,
      database: storeLocation(config),
      nats: { connection: nc, streamName: config.streamName, subjectPrefix: config.subjectPrefix },
      logger: { warn: (m) => log.warn({ context: 'event-store' }, m) },
    });
    const server = new NatsHypercallServer({
      connection: nc,
      service: config.app,
      instanceId: config.instanceId,
      subjectPrefix: config.subjectPrefix,
      ledger: store,
      lease: { ttlMs: config.leaseTtlMs },
      // Calls that stage no events (Ping, Health, dumps) answer without writing a dedupe row.
      readsBypassLedger: true,
      // Every answered request feeds the hypercall metrics and (LOG_LEVEL=debug) one log line.
      observers: [metrics, new ServedCallLog(log)],
    });
    // A standby that takes over must not trust versions it cached while another instance was writing.
    server.on('lease-acquired', () => store.forgetCachedVersions());
    return new ServiceRuntime(config, log, metrics, nc, store, server);
  }

  /** Liveness: the process runs and its event loop answers (this call itself is the proof). */
  live(): boolean {
    return true;
  }

  /** Readiness: NATS connected, the store writable, and this instance holding the writer lease. */
  async readiness(): Promise<Readiness> {
    const natsConnected = this.server.isConnected();
    const storeWritable = await this.store.isWritable().catch(() => false);
    const leaseHeld = this.server.isLeaseHolder();
    const storePosition = storeWritable ? await this.store.currentPosition() : 0;
    const missing = [!natsConnected && 'NATS disconnected', !storeWritable && 'store not writable', !leaseHeld && 'standby (no writer lease)'].filter(Boolean);
    return { ready: missing.length === 0, natsConnected, storeWritable, leaseHeld, storePosition, detail: missing.join('; ') || 'ready' };
  }

  async close(): Promise<void> {
    await this.server.close();
    await this.store.close();
    if (!this.nc.isClosed()) await this.nc.close();
  }
}
