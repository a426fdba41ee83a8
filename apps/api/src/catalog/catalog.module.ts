import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogReconcilerService } from './catalog-reconciler.service';
import { CatalogService } from './catalog.service';
import { CommerceCatalogRepository } from './commerce-catalog.repository';
import { ProductCardsRepository } from './product-cards.repository';
import { SyncWatermarksRepository } from './sync-watermarks.repository';

@Module({
  controllers: [CatalogController],
  providers: [
    CatalogService,
    CatalogReconcilerService,
    CommerceCatalogRepository,
    ProductCardsRepository,
    SyncWatermarksRepository,
  ],
  exports: [CommerceCatalogRepository, CatalogReconcilerService, ProductCardsRepository],
})
export class CatalogModule {}
