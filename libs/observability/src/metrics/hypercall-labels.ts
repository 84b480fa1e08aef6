import { errnoName, SMCCC_RET_NOT_SUPPORTED } from '@pkvm/errno';
import { hypercallById } from '@pkvm/hypercalls';
import type { ServedCall } from '@pkvm/transport';

const HVC = 'HypService.Hvc';
/** The kernel's IS_ERR_VALUE bound: x1 in [-4095, -1] is a -errno. */
const MAX_ERRNO = 4095;

export interface HypercallLabels {
  /** The proto method, e.g. `IommuMmioService.Write`. */
  readonly method: string;
  /** For HypService.Hvc the SMCCC function (`__pkvm_host_share_hyp`, `unknown`), else ''. */
  readonly function: string;
  /** The failure's name (EPERM, ...; SMCCC_RET_NOT_SUPPORTED), or undefined when the call succeeded. */
  readonly errno?: string;
}

/**
 * Metric labels of a served call. A hypercall fails in two ways: the transport refuses it (an errno reply), or
 * EL2 answers it as the kernel does, x0 = SMCCC_RET_NOT_SUPPORTED for an unknown or no-longer-allowed function
 * (handle_host_hcall) or x0 = SMCCC_RET_SUCCESS with x1 = -errno from the handler (`cpu_reg(host_ctxt, 1) = ret`).
 */
export function hypercallLabels(call: ServedCall): HypercallLabels {
  const method = call.method.name;
  let fn = '';
  if (method === HVC) {
    const x0 = Number((call.request as { x0?: unknown } | undefined)?.x0);
    fn = hypercallById(x0)?.name ?? 'unknown'; // unknown ids share one label: a fuzzer cannot grow the series
  }
  if (call.errno !== undefined) return { method, function: fn, errno: errnoName(call.errno) };
  if (method === HVC && call.response) {
    const r = call.response as { x0?: unknown; x1?: unknown };
    if (Number(r.x0) === SMCCC_RET_NOT_SUPPORTED) return { method, function: fn, errno: 'SMCCC_RET_NOT_SUPPORTED' };
    const x1 = Number(r.x1 ?? 0);
    if (x1 < 0 && x1 >= -MAX_ERRNO) return { method, function: fn, errno: errnoName(x1) };
  }
  return { method, function: fn };
}
