import { Controller, Delete, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { LikeStateDto, NoteIdParamDto } from './engagement.dto';
import { LikesService } from './likes.service';

@ApiTags('engagement')
@Controller('notes/:id/like')
@Authenticated()
@ApiBadRequestResponse({
  type: ApiErrorDto.Output,
  description: '`request/validation-failed`: the id is not a UUID',
})
@ApiNotFoundResponse({
  type: ApiErrorDto.Output,
  description: '`engagement/note-not-found`: no published note has this id',
})
export class LikesController {
  constructor(private readonly likes: LikesService) {}

  @Put()
  @ApiOperation({
    summary: 'Like a note',
    description: 'Idempotent. Notifies the note’s creator on the first like.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: LikeStateDto })
  like(@Param() params: NoteIdParamDto, @CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.likes.like(customer.customerId, params.id);
  }

  @Delete()
  @ApiOperation({ summary: 'Unlike a note', description: 'Idempotent.' })
  @ZodResponse({ status: HttpStatus.OK, type: LikeStateDto })
  unlike(@Param() params: NoteIdParamDto, @CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.likes.unlike(customer.customerId, params.id);
  }
}
