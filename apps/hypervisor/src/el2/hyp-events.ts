import { pkvm } from '@pkvm/proto';
import { ReplayPort, type PortCall } from './el2-port';
import type { HostFaultInput } from './host-access';
import type { Hypervisor } from './hypervisor';
import type { IommuOpsState } from './hyp-types';
import { HypPanic } from './kernel-splat';

/** The one stream of EL2 state. */
export const HYP_STREAM = 'hyp:state';

/**
 * Event types on `hyp:state`. A hypercall's event type is its kernel name (e.g. `__pkvm_host_donate_hyp`) with
 * an HvcEvent payload; the early writes, WARN and BUG have their own.
 */
export const HYP_EVENT = {
  installIommuOps: 'InstallIommuOps',
  setIommuPoolPages: 'SetIommuPoolPages',
  armInitFault: 'ArmInitFault',
  bug: 'BUG',
  /** Informational: a WARN that fired during the hypercall event before it (the fold re-derives it from that call). */
  warn: 'WARN',
  /** A host stage-2 fault the machine reported (HostStage2FaultEvent payload). */
  hostStage2Fault: 'handle_host_mem_abort',
} as const;

/** A reported fault off the wire. */
export function faultFromWire(r: pkvm.v1.IHostStage2FaultRequest): HostFaultInput {
  return { addr: Number(r.addr ?? 0), write: !!r.write, length: r.length ?? 0, area: r.area ?? '', hostProt: r.hostProt ?? 0 };
}

export function opsFromWire(r: pkvm.v1.IInstallIommuOpsRequest): IommuOpsState {
  return {
    driver: r.driver ?? '',
    init: !!r.init,
    hostStage2Idmap: !!r.hostStage2Idmap,
    enableDev: !!r.enableDev,
    disableDev: !!r.disableDev,
    smmuArrayPfn: Number(r.smmuArrayPfn ?? 0),
    smmuArrayPages: r.smmuArrayPages ?? 0,
    smmus: (r.smmus ?? []).map((t) => ({
      cmdqBase: Number(t.cmdqBase ?? 0),
      cmdqLog2Entries: t.cmdqLog2Entries ?? 0,
      strtabBase: Number(t.strtabBase ?? 0),
      strtabTwoLevel: !!t.strtabTwoLevel,
      strtabLog2Size: t.strtabLog2Size ?? 0,
    })),
  };
}

/** The fold: one stored event applied to the state, through the same code the live calls run. */
export async function applyHypEvent(hyp: Hypervisor, type: string, payload: Uint8Array): Promise<void> {
  switch (type) {
    case HYP_EVENT.installIommuOps:
      hyp.installIommuOps(opsFromWire(pkvm.v1.InstallIommuOpsRequest.decode(payload)));
      return;
    case HYP_EVENT.setIommuPoolPages:
      hyp.setIommuPoolPages(Number(pkvm.v1.SetIommuPoolPagesRequest.decode(payload).pages));
      return;
    case HYP_EVENT.armInitFault: {
      const f = pkvm.v1.ArmInitFaultRequest.decode(payload);
      hyp.armInitFault(f.subStep ? { subStep: f.subStep, errno: f.errno } : null);
      return;
    }
    case HYP_EVENT.warn:
      return;
    case HYP_EVENT.hostStage2Fault: {
      const e = pkvm.v1.HostStage2FaultEvent.decode(payload);
      const r = hyp.hostStage2Fault(faultFromWire(e.request ?? {}));
      if (r.ret !== (e.ret ?? 0)) throw new Error(`handle_host_mem_abort at 0x${r.addr.toString(16)} replayed to ${r.ret}, recorded ${e.ret}`);
      return;
    }
    case HYP_EVENT.bug: {
      const b = pkvm.v1.BugEvent.decode(payload);
      hyp.panic(new HypPanic(b.site, b.detail, b.call));
      return;
    }
    default: {
      const e = pkvm.v1.HvcEvent.decode(payload);
      const req = e.request!;
      const port = new ReplayPort(e.outcomes.map((o) => ({ call: o.call as PortCall, ret: o.ret ?? 0, detail: o.detail ?? "" })));
      const out = await hyp.hvc({ x0: Number(req.x0), args: (req.args ?? []).map(Number), cpu: req.cpu ?? 0 }, port);
      if (out.name !== type) throw new Error(`event ${type} replayed as ${out.name || 'an unknown call'}`);
      if (!port.consumedAll) throw new Error(`event ${type}: the code made fewer iommu calls than recorded`);
    }
  }
}
