import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { pkvm } from '@pkvm/proto';
import { CallContext, Hypercall } from '@pkvm/transport';
import { BootSagaService } from './boot-saga.service';

/** pkvm.v1.boot.saga: start a boot under the saga, read its state and history, export and import histories. */
@Controller()
export class BootSagaController {
  constructor(@Inject(BootSagaService) private readonly svc: BootSagaService) {}

  @Hypercall('BootSagaService.StartBoot')
  startBoot(@Payload() req: pkvm.v1.StartBootRequest, @Ctx() ctx: CallContext): Promise<pkvm.v1.IStartBootResponse> {
    return this.svc.start(req, ctx.requestId);
  }

  @Hypercall('BootSagaService.GetBoot')
  getBoot(@Payload() req: pkvm.v1.GetBootRequest): Promise<pkvm.v1.IGetBootResponse> {
    return this.svc.get(req);
  }

  @Hypercall('BootSagaService.ListBoots')
  listBoots(): Promise<pkvm.v1.IListBootsResponse> {
    return this.svc.list();
  }

  @Hypercall('BootSagaService.ExportBoot')
  exportBoot(@Payload() req: pkvm.v1.ExportBootRequest): Promise<pkvm.v1.IExportBootResponse> {
    return this.svc.export(req);
  }

  @Hypercall('BootSagaService.ImportBoot')
  importBoot(@Payload() req: pkvm.v1.ImportBootRequest): Promise<pkvm.v1.IImportBootResponse> {
    return this.svc.import(req);
  }
}
