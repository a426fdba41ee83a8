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
  Query,
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
import { BoardsService } from './boards.service';
import {
  BoardCreateDto,
  BoardDetailDto,
  BoardDto,
  BoardIdParamDto,
  BoardListDto,
  BoardUpdateDto,
  PageQueryDto,
} from './engagement.dto';

const badInput = { type: ApiErrorDto.Output, description: '`request/validation-failed`' };
const notFound = { type: ApiErrorDto.Output, description: '`engagement/board-not-found`' };

@ApiTags('boards')
@Controller()
export class BoardsController {
  constructor(private readonly boards: BoardsService) {}

  @Get('me/boards')
  @Authenticated()
  @ApiOperation({
    summary: 'My boards',
    description: 'The default "Saved" board first (created on first use), then oldest first.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: BoardListDto })
  listMine(@CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.boards.listMine(customer.customerId);
  }

  @Post('me/boards')
  @Authenticated()
  @ApiOperation({ summary: 'Create a board' })
  @ZodResponse({ status: HttpStatus.CREATED, type: BoardDto })
  @ApiBadRequestResponse(badInput)
  @ApiConflictResponse({ type: ApiErrorDto.Output, description: '`engagement/board-name-taken`' })
  create(@Body() body: BoardCreateDto, @CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.boards.create(customer.customerId, body);
  }

  @Patch('me/boards/:id')
  @Authenticated()
  @ApiOperation({
    summary: 'Rename a board or change its visibility',
    description: 'The default board may change visibility but keeps its name.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: BoardDto })
  @ApiBadRequestResponse(badInput)
  @ApiForbiddenResponse({
    type: ApiErrorDto.Output,
    description: '`engagement/not-board-owner` or `engagement/default-board-locked` (renaming it)',
  })
  @ApiNotFoundResponse(notFound)
  @ApiConflictResponse({ type: ApiErrorDto.Output, description: '`engagement/board-name-taken`' })
  update(
    @Param() params: BoardIdParamDto,
    @Body() body: BoardUpdateDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ) {
    return this.boards.update(customer.customerId, params.id, body);
  }

  @Delete('me/boards/:id')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete a board',
    description: 'Its saves go with it; the default board cannot be deleted.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse(badInput)
  @ApiForbiddenResponse({
    type: ApiErrorDto.Output,
    description: '`engagement/not-board-owner` or `engagement/default-board-locked`',
  })
  @ApiNotFoundResponse(notFound)
  async delete(
    @Param() params: BoardIdParamDto,
    @CurrentCustomer() customer: AuthenticatedCustomer,
  ): Promise<void> {
    await this.boards.delete(customer.customerId, params.id);
  }

  @Get('boards/:id')
  @OptionallyAuthenticated()
  @ApiOperation({
    summary: 'A board and a page of its notes',
    description:
      'Public boards for anyone, private boards for their owner only (404 for others). Notes are ' +
      'most recently saved first; pass `notes.nextCursor` back as `cursor`.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: BoardDetailDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `engagement/invalid-cursor`',
  })
  @ApiNotFoundResponse(notFound)
  get(
    @Param() params: BoardIdParamDto,
    @Query() query: PageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.boards.get(params.id, viewer, query);
  }
}
