import { Module } from '@nestjs/common';
import { HostKernelBootController } from './host-kernel-boot.controller';
import { HostKernelStateService } from './host-kernel-state.service';

/**
 * The host-kernel service: the host's boot steps (pkvm.v1.host.boot.*) over a folded event stream, its
 * IOMMU driver registry and the v3 host SMMUv3 driver. Ping and Health come from the shared service host.
 */
@Module({
  controllers: [HostKernelBootController],
  providers: [HostKernelStateService],
})
export class HostKernelModule {}
