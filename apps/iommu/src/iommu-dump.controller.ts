import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { KernelError } from '@pkvm/errno';
import { pkvm } from '@pkvm/proto';
import { Hypercall } from '@pkvm/transport';
import { peekEventQueue, ptdumpView, smmuInfo, stateHash, steView } from './machine';
import { MachineService } from './machine.service';
import { wireEvent, wireIdmap } from './machine-wire';

/** pkvm.v1.iommu.dump: read-only views for tools; nothing here changes state or writes an event. */
@Controller()
export class IommuDumpController {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuDumpService.Ptdump')
  async ptdump(@Payload() req: pkvm.v1.PtdumpRequest): Promise<pkvm.v1.IPtdumpResponse> {
    const m = await this.svc.ready();
    const v = ptdumpView(m, Number(req.start), Number(req.end), Number(req.tablePa));
    return { ranges: v.ranges, text: v.text, tableHex: v.tableHex, idmap: wireIdmap(m.idmapInfo()) };
  }

  @Hypercall('IommuDumpService.Ste')
  async ste(@Payload() req: pkvm.v1.SteRequest): Promise<pkvm.v1.ISteResponse> {
    const v = steView(await this.svc.ready(), req.smmu, req.sid);
    const s = v.ste;
    return {
      dwords: v.dwords, address: v.address, decoded: JSON.stringify(s), valid: s.valid, config: s.config, s2Vmid: s.s2Vmid,
      s2Ttb: s.s2Ttb, vtcr: v.vtcr, s2Aa64: s.s2Aa64, s2R: s.s2R, shcfg: s.shcfg,
    };
  }

  @Hypercall('IommuDumpService.Events')
  async events(@Payload() req: pkvm.v1.EventsRequest): Promise<pkvm.v1.IEventsResponse> {
    const m = await this.svc.ready();
    const d = m.smmus[req.smmu];
    if (!d) throw KernelError.of('ENODEV', `no SMMU ${req.smmu}`);
    const r = peekEventQueue(d, m.mem);
    return { events: r.events.map(wireEvent), overflowed: r.overflowed };
  }

  @Hypercall('IommuDumpService.StateHash')
  async stateHash(): Promise<pkvm.v1.IStateHashResponse> {
    const m = await this.svc.ready();
    return { ...stateHash(m), version: this.svc.version };
  }

  @Hypercall('IommuDumpService.MachineInfo')
  async machineInfo(): Promise<pkvm.v1.IMachineInfoResponse> {
    const m = await this.svc.ready();
    const el2 = m.el2;
    return {
      platform: m.platform.name, streamId: this.svc.streamId, version: this.svc.version, iommuInitialized: !!el2,
      idmapInitialized: !!el2?.domain.initialized, poolBase: el2?.pool.base ?? 0, poolPages: el2?.pool.nrPages ?? 0,
      poolFreePages: el2?.pool.freeCount ?? 0, idmap: wireIdmap(m.idmapInfo()), smmus: smmuInfo(m),
      touchedFrames: m.mem.touchedFrames, warnings: m.warnings, lastSnapshot: this.svc.snapshots.lastSnapshot,
    };
  }
}
