import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { CommentsService } from './comments.service';
import {
  CommentCreateDto,
  CommentDto,
  CommentIdParamDto,
  CommentPageDto,
  CommentReplyPageDto,
  NoteIdParamDto,
  PageQueryDto,
} from './engagement.dto';

const badPage = {
  type: ApiErrorDto.Output,
  description: '`request/validation-failed` or `engagement/invalid-cursor`',
};

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('notes/:id/comments')
  @OptionallyAuthenticated()
  @ApiOperation({
    summary: 'A note’s comments',
    description:
      'Top-level comments, oldest first, each with its reply count and first two replies. ' +
      'Pass `nextCursor` back as `cursor`.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: CommentPageDto })
  @ApiBadRequestResponse(badPage)
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`engagement/note-not-found`' })
  list(
    @Param() params: NoteIdParamDto,
    @Query() query: PageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.comments.list(params.id, viewer?.customerId ?? null, query);
  }

  @Get('comments/:id/replies')
  @OptionallyAuthenticated()
  @ApiOperation({ summary: 'Replies to a comment, oldest first' })
  @ZodResponse({ status: HttpStatus.OK, type: CommentReplyPageDto })
  @ApiBadRequestResponse(badPage)
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`engagement/comment-not-found`' })
  replies(
    @Param() params: CommentIdParamDto,
    @Query() query: PageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.comments.listReplies(params.id, viewer?.customerId ?? null, query);
  }

  @Post('notes/:id/comments')
  @Authenticated()
  @ApiOperation({
    summary: 'Comment on a note, or reply to a comment',
    description:
      'Notifies the note’s creator, the author replied to and mentioned creators (@handle).',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: CommentDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiNotFoundResponse({
    type: ApiErrorDto.Output,
    description: '`engagement/note-not-found` or `engagement/comment-not-found` (the parent)',
  })
  create(
    @Param() params: NoteIdParamDto,
    @Body() body: CommentCreateDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ) {
    return this.comments.create(params.id, customer.customerId, body);
  }

  @Delete('comments/:id')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete a comment',
    description: 'By its author or the note’s creator. Deleting a comment deletes its replies.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiForbiddenResponse({
    type: ApiErrorDto.Output,
    description: '`engagement/not-comment-author`',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`engagement/comment-not-found`' })
  async delete(
    @Param() params: CommentIdParamDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ): Promise<void> {
    await this.comments.delete(params.id, customer.customerId);
  }
}
