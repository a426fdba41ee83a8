import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import {
  Authenticated,
  CurrentCustomer,
  OptionallyAuthenticated,
  Viewer,
} from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { NoteCreateDto, NoteDetailDto, NoteIdParamDto, NoteUpdateDto } from './notes.dto';
import { NotesService } from './notes.service';

const badNoteInput =
  '`request/validation-failed`, `notes/invalid-media` (names the media), `notes/unknown-product` (names the products or variants) or `notes/invalid-hotspot`';
const notVisible = '`notes/not-found`: no such note, or a draft or hidden note of someone else';

@ApiTags('notes')
@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: 'Write a draft note',
    description:
      'Creators only. `#hashtags` and `@mentions` are parsed from the body. Publish it with POST /api/notes/{id}/publish.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: NoteDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: badNoteInput })
  @ApiForbiddenResponse({ type: ApiErrorDto.Output, description: '`identity/not-a-creator`' })
  create(@CurrentCustomer() customer: AuthenticatedCustomer, @Body() body: NoteCreateDto) {
    return this.notes.create(customer.customerId, body);
  }

  @Get(':id')
  @OptionallyAuthenticated()
  @ApiOperation({
    summary: 'One note, as its page shows it',
    description: 'Published notes for everyone; drafts and hidden notes only for their creator.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: NoteDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: notVisible })
  get(@Param() params: NoteIdParamDto, @Viewer() viewer: AuthenticatedCustomer | null) {
    return this.notes.get(params.id, viewer?.customerId ?? null);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit my note',
    description: 'Send only the fields to change. Lists (images, product tags) are replaced whole.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: NoteDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: badNoteInput })
  @ApiForbiddenResponse({ type: ApiErrorDto.Output, description: '`notes/not-owner`' })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: notVisible })
  update(
    @Param() params: NoteIdParamDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Body() body: NoteUpdateDto,
  ) {
    return this.notes.update(params.id, customer.customerId, body);
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete my note, with its likes, saves and comments' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiForbiddenResponse({ type: ApiErrorDto.Output, description: '`notes/not-owner`' })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: notVisible })
  async delete(
    @Param() params: NoteIdParamDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ): Promise<void> {
    await this.notes.delete(params.id, customer.customerId);
  }

  @Post(':id/publish')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Publish my draft',
    description: 'Publishing a published note changes nothing. A hidden note cannot be published.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: NoteDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiForbiddenResponse({ type: ApiErrorDto.Output, description: '`notes/not-owner`' })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: notVisible })
  @ApiConflictResponse({
    type: ApiErrorDto.Output,
    description: '`notes/invalid-state`: the note is hidden',
  })
  publish(@Param() params: NoteIdParamDto, @CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.notes.publish(params.id, customer.customerId);
  }
}
