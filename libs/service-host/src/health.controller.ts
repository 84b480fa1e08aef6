import { Controller, Inject, Type } from '@nestjs/common';
import { methodsOf, pkvm } from '@pkvm/proto';
import { Hypercall } from '@pkvm/transport';
import { ServiceRuntime } from './service-runtime';

/**
 * Ping and Health for one app, on that app's own subjects (pkvm.v1.<root>.Ping / .Health).
 * A factory because each app's subjects differ while the answers do not.
 */
export function healthController(runtime: ServiceRuntime): Type<unknown> {
  const ping = methodsOf(runtime.config.app).find((m) => m.method === 'Ping');
  const health = methodsOf(runtime.config.app).find((m) => m.method === 'Health');
  if (!ping || !health) throw new Error(`${runtime.config.app} has no Ping/Health in proto/`);

  @Controller()
  class HealthController {
    constructor(@Inject(ServiceRuntime) private readonly rt: ServiceRuntime) {}

    @Hypercall(ping!.subject)
    ping(req: pkvm.v1.PingRequest): pkvm.v1.IPingResponse {
      return { nonce: req.nonce, service: this.rt.config.app, instanceId: this.rt.config.instanceId, timeMs: Date.now() };
    }

    @Hypercall(health!.subject)
    async health(): Promise<pkvm.v1.IHealthResponse> {
      const r = await this.rt.readiness();
      return {
        service: this.rt.config.app,
        instanceId: this.rt.config.instanceId,
        live: this.rt.live(),
        ready: r.ready,
        natsConnected: r.natsConnected,
        storeWritable: r.storeWritable,
        leaseHeld: r.leaseHeld,
        storePosition: r.storePosition,
        detail: r.detail,
      };
    }
  }
  return HealthController;
}
