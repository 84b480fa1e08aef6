import { traceIdOf } from '@pkvm/transport';

/** The fields every log line written on behalf of a hypercall carries. */
export interface CallLogFields {
  request_id?: string;
  subject: string;
  trace_id?: string;
}

/** Log fields of a call (snake_case, as OpenTelemetry's log data model names trace_id). */
export function callLogFields(call: { requestId: string | undefined; subject: string; traceparent: string | undefined }): CallLogFields {
  const fields: CallLogFields = { subject: call.subject };
  if (call.requestId !== undefined) fields.request_id = call.requestId;
  const traceId = traceIdOf(call.traceparent);
  if (traceId !== undefined) fields.trace_id = traceId;
  return fields;
}
