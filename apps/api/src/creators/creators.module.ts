import { Module } from '@nestjs/common';
import { CreatorAccessService } from './creator-access.service';
import { CreatorCardsRepository } from './creator-cards.repository';
import { CreatorsController } from './creators.controller';
import { CreatorsRepository } from './creators.repository';
import { CreatorsService } from './creators.service';

/** Creators, their profiles and follows. Exports the batched card reads other domains show. */
@Module({
  controllers: [CreatorsController],
  providers: [CreatorsService, CreatorsRepository, CreatorCardsRepository, CreatorAccessService],
  exports: [CreatorCardsRepository, CreatorAccessService],
})
export class CreatorsModule {}
