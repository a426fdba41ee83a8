import { Body, Controller, Delete, HttpStatus, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { BoardsService } from './boards.service';
import { NoteIdParamDto, SaveNoteDto, SaveStateDto, UnsaveNoteQueryDto } from './engagement.dto';

@ApiTags('boards')
@Controller('notes/:id/save')
@Authenticated()
@ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
@ApiForbiddenResponse({
  type: ApiErrorDto.Output,
  description: '`engagement/not-board-owner`: the board is someone else’s',
})
@ApiNotFoundResponse({
  type: ApiErrorDto.Output,
  description: '`engagement/note-not-found` or `engagement/board-not-found`',
})
export class SavesController {
  constructor(private readonly boards: BoardsService) {}

  @Put()
  @ApiOperation({
    summary: 'Save a note into a board',
    description:
      'Idempotent. Send `{}` (a JSON body is required) to save into your default "Saved" ' +
      'board, or `{ "boardId": … }` for another of yours. The note’s ' +
      'save count counts people: a second board does not count twice.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: SaveStateDto })
  save(
    @Param() params: NoteIdParamDto,
    @Body() body: SaveNoteDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ) {
    return this.boards.save(customer.customerId, params.id, body.boardId);
  }

  @Delete()
  @ApiOperation({
    summary: 'Remove a note from a board, or from all your boards',
    description: 'Idempotent. Without `boardId` the note leaves every board of yours.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: SaveStateDto })
  unsave(
    @Param() params: NoteIdParamDto,
    @Query() query: UnsaveNoteQueryDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ) {
    return this.boards.unsave(customer.customerId, params.id, query.boardId);
  }
}
