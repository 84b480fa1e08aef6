import { Module } from '@nestjs/common';

/** The hypervisor service. Ping and Health come from the shared service host; domain handlers grow here. */
@Module({})
export class HypervisorModule {}
