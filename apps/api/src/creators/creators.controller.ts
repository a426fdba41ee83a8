import {
  Body,
  Controller,
  Delete,
  Get,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
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
import {
  BecomeCreatorDto,
  CreatorCardPageDto,
  CreatorHandleParamDto,
  CreatorPageQueryDto,
  CreatorProfileDto,
  FollowerPageDto,
  FollowStateDto,
  UpdateCreatorDto,
} from './creators.dto';
import { CreatorsService } from './creators.service';

@ApiTags('creators')
@Controller()
export class CreatorsController {
  constructor(private readonly creators: CreatorsService) {}

  @Post('me/creator')
  @Authenticated()
  @ApiOperation({
    summary: 'Become a creator',
    description: 'Once per customer. Handles are unique ignoring case.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: CreatorProfileDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/invalid-avatar` (not your upload)',
  })
  @ApiConflictResponse({
    type: ApiErrorDto.Output,
    description: '`creators/handle-taken` or `creators/already-creator`',
  })
  become(@CurrentCustomer() customer: AuthenticatedCustomer, @Body() body: BecomeCreatorDto) {
    return this.creators.becomeCreator(customer.customerId, body);
  }

  @Get('me/creator')
  @Authenticated()
  @ApiOperation({ summary: 'My creator profile' })
  @ZodResponse({ status: HttpStatus.OK, type: CreatorProfileDto })
  @ApiNotFoundResponse({
    type: ApiErrorDto.Output,
    description: '`creators/not-found`: not a creator yet',
  })
  getMine(@CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.creators.getMine(customer.customerId);
  }

  @Patch('me/creator')
  @Authenticated()
  @ApiOperation({ summary: 'Change my creator profile', description: 'Fields left out stay.' })
  @ZodResponse({ status: HttpStatus.OK, type: CreatorProfileDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/invalid-avatar` (not your upload)',
  })
  @ApiNotFoundResponse({
    type: ApiErrorDto.Output,
    description: '`creators/not-found`: not a creator yet',
  })
  updateMine(@CurrentCustomer() customer: AuthenticatedCustomer, @Body() body: UpdateCreatorDto) {
    return this.creators.updateMine(customer.customerId, body);
  }

  @Get('me/following')
  @Authenticated()
  @ApiOperation({
    summary: 'The creators I follow, most recently followed first',
    description: 'Pass `nextCursor` back as `cursor` for the next page.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: CreatorCardPageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/invalid-cursor`',
  })
  listFollowing(
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Query() query: CreatorPageQueryDto,
  ) {
    return this.creators.listFollowing(customer.customerId, query);
  }

  @Get('creators/:handle')
  @OptionallyAuthenticated()
  @ApiOperation({
    summary: "A creator's public profile",
    description: 'Handles match ignoring case. `viewer` is set when signed in.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: CreatorProfileDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed`: not a handle',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`creators/not-found`' })
  getProfile(
    @Param() params: CreatorHandleParamDto,
    @Viewer() viewer: AuthenticatedCustomer | null,
  ) {
    return this.creators.getProfile(params.handle, viewer);
  }

  @Get('creators/:handle/followers')
  @ApiOperation({
    summary: "A creator's followers, most recent first",
    description:
      'Followers who are not creators show as a shopper with a neutral name. Pass `nextCursor` back as `cursor`.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: FollowerPageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/invalid-cursor`',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`creators/not-found`' })
  listFollowers(@Param() params: CreatorHandleParamDto, @Query() query: CreatorPageQueryDto) {
    return this.creators.listFollowers(params.handle, query);
  }

  @Put('creators/:handle/follow')
  @Authenticated()
  @ApiOperation({ summary: 'Follow a creator', description: 'Idempotent.' })
  @ZodResponse({ status: HttpStatus.OK, type: FollowStateDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/cannot-follow-self`',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`creators/not-found`' })
  follow(
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Param() params: CreatorHandleParamDto,
  ) {
    return this.creators.follow(customer.customerId, params.handle);
  }

  @Delete('creators/:handle/follow')
  @Authenticated()
  @ApiOperation({ summary: 'Unfollow a creator', description: 'Idempotent.' })
  @ZodResponse({ status: HttpStatus.OK, type: FollowStateDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `creators/cannot-follow-self`',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto.Output, description: '`creators/not-found`' })
  unfollow(
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Param() params: CreatorHandleParamDto,
  ) {
    return this.creators.unfollow(customer.customerId, params.handle);
  }
}
