import fastifyHttpProxy from '@fastify/http-proxy';
import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { ApiEnv } from '../config/env';
import { withForwardedHeaders } from './forwarded-headers';
import { WebError } from './web.error';

/** Commerce's public surface, served on the api's origin so the browser sees one site. */
export const COMMERCE_PREFIXES = ['/store', '/auth', '/hooks'] as const;

/**
 * Proxies {@link COMMERCE_PREFIXES} to commerce with their prefix kept. Bodies pass through as raw
 * streams: payment webhooks are verified against the exact bytes the sender signed.
 */
export async function registerCommerceProxy(
  fastify: FastifyInstance,
  env: Pick<ApiEnv, 'COMMERCE_URL'>,
): Promise<void> {
  const logger = new Logger('CommerceProxy');
  await fastify.register(async (proxy) => {
    // Nest's JSON parser is inherited from the root; this scope must not parse anything.
    proxy.removeAllContentTypeParsers();
    proxy.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    for (const prefix of COMMERCE_PREFIXES) {
      await proxy.register(fastifyHttpProxy, {
        upstream: env.COMMERCE_URL,
        prefix,
        rewritePrefix: prefix,
        proxyPayloads: false,
        replyOptions: {
          rewriteRequestHeaders: (request, headers) =>
            withForwardedHeaders(
              {
                protocol: request.protocol,
                host: request.host,
                remoteAddress: request.socket.remoteAddress,
                headers: request.headers,
              },
              headers,
            ),
          // Sent as an error so the global filter answers in the api's error shape.
          onError: (reply, { error }) => {
            const path = reply.request.url.split('?')[0] ?? prefix;
            const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
            logger.warn(`${reply.request.method} ${path}: ${error.message}${cause}`);
            void reply.send(WebError.commerceUnavailable(path));
          },
        },
      });
    }
  });
}
