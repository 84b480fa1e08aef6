import { Module } from '@nestjs/common';

/** The boot-coordinator service. Ping and Health come from the shared service host; domain handlers grow here. */
@Module({})
export class BootCoordinatorModule {}
