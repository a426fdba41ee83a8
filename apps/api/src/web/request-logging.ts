import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** One line per request: `GET /api/products 200 3.1 ms`. */
export function logRequests(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.log(
      `${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms`,
    );
    done();
  });
}
