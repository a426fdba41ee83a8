import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorDto } from '../errors/api-error.dto';
import { Authenticated, CurrentCustomer } from '../identity/auth.decorators';
import type { AuthenticatedCustomer } from '../identity/authenticated-customer';
import { ReportCreateDto, ReportDto } from './engagement.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: 'Report a note or a comment',
    description:
      'Once per person per target. After 3 people report it, the note or comment is hidden.',
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: ReportDto })
  @ApiBadRequestResponse({ type: ApiErrorDto.Output, description: '`request/validation-failed`' })
  @ApiNotFoundResponse({
    type: ApiErrorDto.Output,
    description: '`engagement/note-not-found` or `engagement/comment-not-found`',
  })
  @ApiConflictResponse({ type: ApiErrorDto.Output, description: '`engagement/already-reported`' })
  report(@Body() body: ReportCreateDto, @CurrentCustomer() customer: AuthenticatedCustomer) {
    return this.reports.report(customer.customerId, body);
  }
}
