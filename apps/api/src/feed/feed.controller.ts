import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CreatorHandleParam, ProductHandleParam } from '@noteshop/contracts';
import { ZodResponse } from 'nestjs-zod';
import { contractDto } from '../docs/contract-dto';
import { ApiErrorDto } from '../errors/api-error.dto';
import { OptionallyAuthenticated, Viewer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { FeedQueryDto, HashtagParamDto, NoteCardPageDto, NotePageQueryDto } from './feed.dto';
import { FeedService } from './feed.service';

class CreatorHandleParamDto extends contractDto(CreatorHandleParam) {}
class ProductHandleParamDto extends contractDto(ProductHandleParam) {}

const badPage = ApiBadRequestResponse({
  type: ApiErrorDto.Output,
  description: '`request/validation-failed` (e.g. limit outside 1–50) or `feed/invalid-cursor`',
});
const nextPage = 'Pass `nextCursor` back as `cursor` for the next page; null on the last page.';

@ApiTags('feed')
@Controller()
@OptionallyAuthenticated()
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get('feed')
  @ApiOperation({
    summary: 'The home feed: discover (hot) or following (newest, signed in)',
    description: `Only published notes, as hydrated cards. ${nextPage}`,
  })
  @ZodResponse({ status: HttpStatus.OK, type: NoteCardPageDto })
  @badPage
  @ApiUnauthorizedResponse({
    type: ApiErrorDto.Output,
    description: '`feed/following-needs-sign-in`, or a bad token',
  })
  feedPage(@Query() query: FeedQueryDto, @Viewer() viewer: AuthenticatedCustomer | null) {
    return this.feed.feedPage(query, viewer);
  }

  @Get('hashtags/:tag/notes')
  @ApiOperation({ summary: 'Notes carrying a #hashtag, newest first', description: nextPage })
  @ZodResponse({ status: HttpStatus.OK, type: NoteCardPageDto })
  @badPage
  hashtagPage(
    @Param() params: HashtagParamDto,
    @Query() query: NotePageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.feed.hashtagPage(params.tag, query, viewer);
  }

  @Get('creators/:handle/notes')
  @ApiOperation({ summary: "A creator's published notes, newest first", description: nextPage })
  @ZodResponse({ status: HttpStatus.OK, type: NoteCardPageDto })
  @badPage
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`creators/not-found`' })
  creatorPage(
    @Param() params: CreatorHandleParamDto,
    @Query() query: NotePageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.feed.creatorPage(params.handle, query, viewer);
  }

  @Get('products/:handle/notes')
  @ApiOperation({ summary: 'Notes that tag a product, newest first', description: nextPage })
  @ZodResponse({ status: HttpStatus.OK, type: NoteCardPageDto })
  @badPage
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`catalog/product-not-found`' })
  productPage(
    @Param() params: ProductHandleParamDto,
    @Query() query: NotePageQueryDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.feed.productPage(params.handle, query, viewer);
  }
}
