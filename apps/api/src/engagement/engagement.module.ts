import { Module } from '@nestjs/common';
import { CreatorsModule } from '../creators/creators.module';
import { FeedModule } from '../feed/feed.module';
import { BoardsController } from './boards.controller';
import { BoardsRepository } from './boards.repository';
import { BoardsService } from './boards.service';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { LikesController } from './likes.controller';
import { LikesRepository } from './likes.repository';
import { LikesService } from './likes.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { SavesController } from './saves.controller';
import { ViewerStateRepository } from './viewer-state.repository';

/** Likes, boards and saves, comments and reports. Exports the viewer's batched like/save state. */
@Module({
  imports: [CreatorsModule, FeedModule],
  controllers: [
    LikesController,
    SavesController,
    BoardsController,
    CommentsController,
    ReportsController,
  ],
  providers: [
    LikesService,
    LikesRepository,
    BoardsService,
    BoardsRepository,
    CommentsService,
    CommentsRepository,
    ReportsService,
    ReportsRepository,
    ViewerStateRepository,
  ],
  exports: [ViewerStateRepository],
})
export class EngagementModule {}
