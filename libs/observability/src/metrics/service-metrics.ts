import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { ServedCall, ServedCallObserver } from '@pkvm/transport';
import { hypercallLabels } from './hypercall-labels';

/** Seconds: from a cached Ping (~50 us) to a large __pkvm_init (seconds). */
const DURATION_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's Prometheus registry (label `service` on every series), the Node process metrics, and the
 * hypercall metrics every service has, fed by the transport as a ServedCallObserver:
 * - pkvm_hypercall_duration_seconds{method,function}: histogram, receipt to reply bytes;
 * - pkvm_hypercall_errors_total{method,function,errno}: refusals and SMCCC failures by errno name.
 */
export class ServiceMetrics implements ServedCallObserver {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'function'>;
  private readonly errors: Counter<'method' | 'function' | 'errno'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'pkvm_hypercall_duration_seconds',
      help: 'Hypercalls served: time from receipt to reply, by proto method and (for HypService.Hvc) SMCCC function',
      labelNames: ['method', 'function'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'pkvm_hypercall_errors_total',
      help: 'Hypercalls that failed, by errno name (a refusal, or an SMCCC x0/x1 failure of HypService.Hvc)',
      labelNames: ['method', 'function', 'errno'],
      registers: [this.registry],
    });
  }

  onServed(call: ServedCall): void {
    const l = hypercallLabels(call);
    this.duration.observe({ method: l.method, function: l.function }, call.durationMs / 1000);
    if (l.errno) this.errors.inc({ method: l.method, function: l.function, errno: l.errno });
  }

  /** The text exposition format for GET /metrics. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
