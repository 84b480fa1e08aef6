import type { ServedCall, ServedCallObserver } from '@pkvm/transport';
import { hypercallLabels } from '../metrics/hypercall-labels';
import { callLogFields } from './call-log-fields';
import type { ServiceLogger } from './service-logger';

/**
 * One debug line per hypercall served (LOG_LEVEL=debug): request id, subject, trace id, the method (for Hvc the
 * SMCCC function), the duration and the errno of a refusal. Silent at the default level, so it costs a level check.
 */
export class ServedCallLog implements ServedCallObserver {
  constructor(private readonly log: ServiceLogger) {}

  onServed(call: ServedCall): void {
    if (!this.log.isLevelEnabled('debug')) return;
    const labels = hypercallLabels(call);
    this.log.debug(
      {
        ...callLogFields({ requestId: call.requestId, subject: call.method.subject, traceparent: call.traceparent }),
        method: labels.method,
        ...(labels.function ? { function: labels.function } : {}),
        duration_ms: Math.round(call.durationMs * 1000) / 1000,
        ...(labels.errno ? { errno: labels.errno } : {}),
        ...(call.errno !== undefined ? { error: call.message } : {}),
        ...(call.replayed ? { replayed: true } : {}),
      },
      labels.errno ? `served ${labels.function || labels.method}: ${labels.errno}` : `served ${labels.function || labels.method}`,
    );
  }
}
