import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PKVM_PROT_FINALIZE_INDEX } from '@pkvm/hypercalls';
import { componentName } from '@pkvm/ownership';
import { pkvm } from '@pkvm/proto';
import { Hypercall } from '@pkvm/transport';
import { HypervisorStateService } from './hypervisor-state.service';

/** pkvm.v1.hypervisor.dump: read-only views (`pkvm mem`, the boot saga's sub-steps, oracles). */
@Controller()
export class HypervisorDumpController {
  constructor(@Inject(HypervisorStateService) private readonly svc: HypervisorStateService) {}

  @Hypercall('HypervisorDumpService.MemMap')
  memMap(@Payload() req: pkvm.v1.MemMapRequest): Promise<pkvm.v1.IMemMapResponse> {
    return this.svc.read((h) => ({ ranges: h.memMap(Number(req.start ?? 0), Number(req.end ?? 0)) }));
  }

  @Hypercall('HypervisorDumpService.InitHistory')
  initHistory(): Promise<pkvm.v1.IInitHistoryResponse> {
    return this.svc.read((h) => ({
      steps: h.initSteps,
      result: h.initResult,
      idmapInitialized: h.idmapInitialized,
      finalizedCpus: [...h.finalizedCpus].sort((a, b) => a - b),
      protectedModeInitialized: h.protectedModeInitialized,
      deprivileged: h.deprivileged,
      earlyBoundary: PKVM_PROT_FINALIZE_INDEX,
      iommuPoolPages: h.iommuPoolPages,
      ops: h.ops ?? undefined,
      carveOutBase: h.carveOut?.base ?? 0,
      carveOutSize: h.carveOut?.size ?? 0,
    }));
  }

  @Hypercall('HypervisorDumpService.Warnings')
  warnings(): Promise<pkvm.v1.IWarningsResponse> {
    return this.svc.read((h) => ({
      splats: h.splats.map((s) => ({
        kind: s.kind === 'BUG' ? pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_BUG : pkvm.v1.KernelSplatKind.KERNEL_SPLAT_KIND_WARN,
        site: s.site, detail: s.detail, call: s.call,
      })),
    }));
  }

  @Hypercall('HypervisorDumpService.HypState')
  hypState(): Promise<pkvm.v1.IHypStateResponse> {
    return this.svc.read((h) => ({
      stateHash: h.stateHash(),
      streamVersion: this.svc.version,
      vms: [...h.vms.values()].map((vm) => ({ handle: vm.handle, protected: vm.protected, nrVcpus: vm.nrVcpus, vcpus: vm.vcpus })),
      idmapCalls: h.idmapCalls,
      hostAccessCalls: h.hostAccessCalls,
      hostFaults: h.hostFaultCount,
      hostAccessPushed: h.hostAccessPushed,
    }));
  }

  @Hypercall('HypervisorDumpService.HostFaults')
  hostFaults(@Payload() req: pkvm.v1.HostFaultsRequest): Promise<pkvm.v1.IHostFaultsResponse> {
    return this.svc.read((h) => {
      const list = req.limit ? h.hostFaults.slice(-req.limit) : h.hostFaults;
      return { faults: list.map((f) => ({ ...f, owner: componentName(f.owner) })), total: h.hostFaultCount };
    });
  }

  @Hypercall('HypervisorDumpService.OwnerChanges')
  ownerChanges(@Payload() req: pkvm.v1.OwnerChangesRequest): Promise<pkvm.v1.IOwnerChangesResponse> {
    return this.svc.read((h) => {
      const all = h.ownerChanges;
      const list = req.limit ? all.slice(-req.limit) : all;
      return { changes: list.map((c) => ({ ...c, owner: componentName(c.owner) })) };
    });
  }
}
