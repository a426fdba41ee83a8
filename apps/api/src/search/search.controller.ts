import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { SearchStatusDto } from './search.dto';
import { SearchStatusService } from './search-status.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchStatus: SearchStatusService) {}

  @Get('status')
  @ApiOperation({
    summary: 'How far the search indexes lag behind the database',
    description:
      'Pending outbox rows, the age of the oldest, the latest indexing error, and document ' +
      'counts per index (`indexes` is null while Meilisearch is unreachable).',
  })
  @ZodResponse({ status: HttpStatus.OK, type: SearchStatusDto })
  status() {
    return this.searchStatus.status();
  }
}
