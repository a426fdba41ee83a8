import { Body, Controller, Get, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import {
  MarkNotificationsReadDto,
  NotificationPageDto,
  NotificationPageQueryDto,
  NotificationsReadResultDto,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'My notifications, newest first, with my unread count',
    description:
      'Likes, comments, replies, follows and mentions. Pass `nextCursor` back as `cursor` for the next page.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: NotificationPageDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto.Output,
    description: '`request/validation-failed` or `notifications/invalid-cursor`',
  })
  list(
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Query() query: NotificationPageQueryDto,
  ) {
    return this.notifications.list(customer.customerId, query);
  }

  @Post('read')
  @Authenticated()
  @ApiOperation({
    summary: 'Mark my notifications read',
    description: 'Send `ids` to mark those; send `{}` to mark all. Others’ ids are ignored.',
  })
  @ZodResponse({ status: HttpStatus.OK, type: NotificationsReadResultDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  markRead(
    @CurrentCustomer() customer: AuthenticatedCustomer,
    @Body() body: MarkNotificationsReadDto,
  ) {
    return this.notifications.markRead(customer.customerId, body);
  }
}
