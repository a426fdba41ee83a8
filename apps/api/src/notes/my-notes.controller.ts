import { Controller, Get, HttpStatus, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { MyNoteCardPageDto, MyNotesQueryDto } from './notes.dto';
import { NotesService } from './notes.service';

@ApiTags('notes')
@Controller('me/notes')
export class MyNotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'My notes, drafts included, newest first',
    description: 'Pass `nextCursor` back as `cursor` for the next page. Empty for non-creators.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: MyNoteCardPageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `notes/invalid-cursor`',
  })
  list(@CurrentCustomer() customer: AuthenticatedCustomer, @Query() query: MyNotesQueryDto) {
    return this.notes.listMine(customer.customerId, query);
  }
}
