import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthReport } from '@noteshop/contracts';
import type { FastifyReply } from 'fastify';
import { HealthReportDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({
    summary: 'PostgreSQL, Meilisearch and commerce, each with its latency',
    description: 'Each probe gives up after 2 s. Load balancers can use the status code alone.',
  })
  @ApiResponse({
    status: HttpStatus.OK,
    type: HealthReportDto.Output,
    description: 'Every dependency is up',
  })
  @ApiResponse({
    status: HttpStatus.SERVICE_UNAVAILABLE,
    type: HealthReportDto.Output,
    description: 'At least one dependency is down; its `error` says why',
  })
  async check(@Res() reply: FastifyReply): Promise<void> {
    // The status depends on the report, which Nest's return-value path cannot express.
    const report = await this.health.check();
    await reply
      .status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .send(HealthReport.parse(report));
  }
}
