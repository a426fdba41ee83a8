import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CommerceEventsController } from './commerce-events.controller';
import { CommerceEventsRepository } from './commerce-events.repository';
import { CommerceEventsService } from './commerce-events.service';

@Module({
  imports: [CatalogModule],
  controllers: [CommerceEventsController],
  providers: [CommerceEventsService, CommerceEventsRepository],
})
export class CommerceEventsModule {}
