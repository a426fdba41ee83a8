import 'reflect-metadata';
import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AppModule } from './app.module';
import type { ApiEnv } from './config/env';
import { setupOpenApi } from './docs/openapi';
import { registerMediaFiles } from './media/media-files';
import { MEDIA_STORAGE, type MediaStorage } from './media/media-storage';
import { registerMultipart } from './media/multipart-upload';
import { captureCommerceEventRawBody } from './commerce-events/raw-body-capture';
import { registerCommerceProxy } from './web/commerce-proxy';
import { registerRateLimits } from './web/rate-limits';
import { logRequests } from './web/request-logging';
import { registerStorefront } from './web/storefront-static';

export interface CreateAppOptions {
  /** Nest's logger setting; `false` silences the app (tests). */
  logger?: LoggerService | LogLevel[] | false;
  /** One log line per request. Defaults to on, except when NODE_ENV is `test`. */
  logRequests?: boolean;
}

/**
 * Builds the api, ready to `listen()` or to answer `inject()`: migrations applied, routes,
 * proxy and storefront registered. It does not listen, so tests can run it in-process.
 */
export async function createApp(
  env: ApiEnv,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env),
    // Behind a load balancer the client's scheme, host and address come from X-Forwarded-*.
    new FastifyAdapter({ trustProxy: true }),
    // Throw instead of process.abort() when boot fails, so the caller can say why.
    { logger: options.logger ?? ['log', 'warn', 'error'], abortOnError: false },
  );
  app.setGlobalPrefix('api');
  // Before init: the hook must see the route when Nest registers it.
  captureCommerceEventRawBody(app.getHttpAdapter().getInstance());
  await registerMultipart(app);
  setupOpenApi(app);
  // Nest sets Fastify's error and not-found handlers during init; scopes created after it inherit
  // them, so proxy and storefront errors reach the global filter too.
  await app.init();

  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  if (options.logRequests ?? env.NODE_ENV !== 'test') logRequests(fastify);
  registerRateLimits(fastify, env);
  await registerCommerceProxy(fastify, env);
  registerMediaFiles(fastify, app.get<MediaStorage>(MEDIA_STORAGE));
  if (env.STOREFRONT_DIST) {
    await registerStorefront(fastify, env.STOREFRONT_DIST);
  } else {
    new Logger('Storefront').warn('STOREFRONT_DIST is not set: / is not served');
  }
  await fastify.ready();
  return app;
}
