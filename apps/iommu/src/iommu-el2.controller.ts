import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import type { El2Result, InitIommuResult } from './machine';
import { MachineService } from './machine.service';
import { wireIdmap } from './machine-wire';

/** An unmap of N pages issues 2N commands: the reply lists the first ones only, so it always fits a NATS message. */
const MAX_LISTED_COMMANDS = 256;

function cappedCommands(r: El2Result): El2Result & { commandsTotal: number } {
  return { ...r, commands: r.commands.slice(0, MAX_LISTED_COMMANDS), commandsTotal: r.commands.length };
}

/**
 * pkvm.v1.iommu.el2: the hypervisor's calls into the machine (kvm_iommu_init, the idmap hook, enable/disable_dev,
 * and the host CPU's stage-2 permissions).
 */
@Controller()
export class IommuEl2Controller {
  constructor(@Inject(MachineService) private readonly svc: MachineService) {}

  @Hypercall('IommuEl2Service.InitIommu')
  async initIommu(@Payload() req: pkvm.v1.InitIommuRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IInitIommuResponse> {
    this.svc.crashPoint('IommuEl2Service.InitIommu');
    const r = await this.svc.execute<InitIommuResult>(ctx, 'InitIommu', req);
    return { idmap: wireIdmap(r.idmap), commands: r.commands, smmus: r.smmus, poolFreePages: r.poolFreePages };
  }

  @Hypercall('IommuEl2Service.SnapshotHostStage2')
  async snapshotHostStage2(@Payload() req: pkvm.v1.SnapshotHostStage2Request, @Ctx() ctx: CallContext): Promise<El2Result & { commandsTotal: number }> {
    this.svc.crashPoint('IommuEl2Service.SnapshotHostStage2');
    return cappedCommands(await this.svc.execute<El2Result>(ctx, 'SnapshotHostStage2', req));
  }

  @Hypercall('IommuEl2Service.HostStage2Idmap')
  async hostStage2Idmap(@Payload() req: pkvm.v1.HostStage2IdmapRequest, @Ctx() ctx: CallContext): Promise<El2Result & { commandsTotal: number }> {
    this.svc.crashPoint('IommuEl2Service.HostStage2Idmap');
    return cappedCommands(await this.svc.execute<El2Result>(ctx, 'HostStage2Idmap', req));
  }

  @Hypercall('IommuEl2Service.EnableDev')
  enableDev(@Payload() req: pkvm.v1.EnableDevRequest, @Ctx() ctx: CallContext): Promise<El2Result> {
    this.svc.crashPoint('IommuEl2Service.EnableDev');
    return this.svc.execute<El2Result>(ctx, 'EnableDev', req);
  }

  @Hypercall('IommuEl2Service.DisableDev')
  disableDev(@Payload() req: pkvm.v1.DisableDevRequest, @Ctx() ctx: CallContext): Promise<El2Result> {
    this.svc.crashPoint('IommuEl2Service.DisableDev');
    return this.svc.execute<El2Result>(ctx, 'DisableDev', req);
  }

  @Hypercall('IommuEl2Service.SetHostAccess')
  setHostAccess(@Payload() req: pkvm.v1.SetHostAccessRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.ISetHostAccessResponse> {
    this.svc.crashPoint('IommuEl2Service.SetHostAccess');
    return this.svc.execute<pkvm.v1.ISetHostAccessResponse>(ctx, 'SetHostAccess', req);
  }
}
