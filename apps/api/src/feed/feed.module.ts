import { Module } from '@nestjs/common';
import { FeedController } from './feed.controller';
import { FeedRepository } from './feed.repository';
import { FeedService } from './feed.service';
import { HotScoreRepairService } from './hot-score-repair.service';
import { NoteCardHydrator } from './note-card.hydrator';
import { NoteCardsRepository } from './note-cards.repository';

@Module({
  controllers: [FeedController],
  providers: [
    FeedService,
    FeedRepository,
    NoteCardsRepository,
    NoteCardHydrator,
    HotScoreRepairService,
  ],
  // Other lists of notes (a board's saves) hydrate their cards the same way.
  exports: [NoteCardHydrator],
})
export class FeedModule {}
