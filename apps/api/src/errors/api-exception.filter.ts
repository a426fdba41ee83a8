import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { inspect } from 'node:util';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './error-response';

/** The one place that turns thrown errors into HTTP responses. Clients never see a stack. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, body, unexpected } = toErrorResponse(exception);
    if (unexpected !== undefined) {
      this.logger.error(
        `${request.method} ${request.url} failed`,
        unexpected instanceof Error ? unexpected.stack : inspect(unexpected),
      );
    }
    void reply.status(status).type('application/json; charset=utf-8').send(body);
  }
}
