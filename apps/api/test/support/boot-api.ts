import { createFreshDatabase } from '@noteshop/devstack';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { parseApiEnv, type ApiEnv } from '../../src/config/env';
import { createApp } from '../../src/create-app';

export interface BootedApi {
  app: NestFastifyApplication;
  env: ApiEnv;
  request(options: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A fresh database named after the suite, so suites never see each other's rows. */
export async function freshDatabase(suite: string): Promise<string> {
  return createFreshDatabase(inject('stack').serverUrl, `api_test_${suite}`);
}

/** Boots the api in-process on its own fresh database, against the shared stack. */
export async function bootApi(
  suite: string,
  overrides: Record<string, string> = {},
): Promise<BootedApi> {
  const stack = inject('stack');
  const env = parseApiEnv({
    ...stack.apiEnv,
    NODE_ENV: 'test',
    DATABASE_URL: await freshDatabase(suite),
    // Suites run passes themselves; the timer must not race them.
    CATALOG_RECONCILE_INTERVAL_MS: '600000',
    // Each suite indexes into its own Meilisearch indexes, like its own database.
    MEILI_INDEX_PREFIX: `${suite}_`,
    // Suites fire hundreds of writes from one address on purpose; rate-limits.int.spec tests the limits.
    RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    RATE_LIMIT_LOGINS_PER_MINUTE: '100000',
    ...overrides,
  });
  const app = await createApp(env, { logger: false });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  return {
    app,
    env,
    request: (options) => fastify.inject(options),
    close: () => app.close(),
  };
}
