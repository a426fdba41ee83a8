import { Module } from '@nestjs/common';
import { OutboxWorkerService } from '../outbox/outbox-worker.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { SearchController } from './search.controller';
import { SearchIndexerService } from './search-indexer.service';
import { SearchIndexesRepository } from './search-indexes.repository';
import { SearchSourcesRepository } from './search-sources.repository';
import { SearchStatusService } from './search-status.service';

// The outbox worker lives here because search is, for now, the outbox's only consumer.
@Module({
  controllers: [SearchController],
  providers: [
    OutboxRepository,
    OutboxWorkerService,
    SearchIndexerService,
    SearchIndexesRepository,
    SearchSourcesRepository,
    SearchStatusService,
  ],
  exports: [OutboxWorkerService, SearchIndexesRepository],
})
export class SearchModule {}
