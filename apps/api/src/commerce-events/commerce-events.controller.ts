import { Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { RequestValidationError } from '../errors/request-validation.error';
import { CommerceEvent } from './commerce-event';
import { CommerceEventAcceptedDto, CommerceEventDto } from './commerce-events.dto';
import { CommerceEventsService } from './commerce-events.service';
import { rawBodyOf } from './raw-body-capture';

@ApiTags('internal')
@Controller('internal/commerce-events')
export class CommerceEventsController {
  constructor(private readonly events: CommerceEventsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Internal: a signed product, variant or stock event from commerce',
    description:
      "Called by commerce's subscribers, not by browsers. The body is signed with WEBHOOK_SECRET: " +
      '`x-signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`. ' +
      'The api re-reads the product from commerce and refreshes its card; replays are harmless.',
  })
  @ApiHeader({
    name: 'x-noteshop-timestamp',
    description: 'Unix seconds; ±5 minutes',
    required: true,
  })
  @ApiHeader({ name: 'x-signature', description: '`sha256=<hex>`', required: true })
  @ApiBody({ type: CommerceEventDto })
  @ZodResponse({ status: HttpStatus.ACCEPTED, type: CommerceEventAcceptedDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto.Output,
    description: '`commerce-events/bad-signature` or `commerce-events/stale-timestamp`',
  })
  // The body is validated here, after the signature: @Body() would answer unsigned callers first.
  async receive(@Req() request: FastifyRequest) {
    this.events.verify({
      rawBody: rawBodyOf(request) ?? Buffer.alloc(0),
      timestampHeader: header(request, 'x-noteshop-timestamp'),
      signatureHeader: header(request, 'x-signature'),
    });
    const event = CommerceEvent.safeParse(request.body);
    if (!event.success) throw new RequestValidationError(event.error);
    return this.events.handle(event.data);
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
