import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { StoreConfigController } from './store-config.controller';
import { StoreConfigService } from './store-config.service';

@Module({
  imports: [CatalogModule],
  controllers: [StoreConfigController],
  providers: [StoreConfigService],
})
export class StoreConfigModule {}
