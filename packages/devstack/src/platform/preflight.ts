import { mkdir } from 'node:fs/promises';
import { checkExternalMeilisearch } from '../meilisearch/external-meilisearch.js';
import { locateMeiliBinary } from '../meilisearch/meili-binary.js';
import { assertPortsFree } from '../net/port-check.js';
import { connect } from '../postgres/databases.js';
import { embeddedPgDir } from '../postgres/embedded-postgres.js';
import { assertNoLeftoverPostmaster } from '../postgres/leftover-postmaster.js';
import { locatePostgresBinaries } from '../postgres/postgres-binaries.js';
import { checkRedis } from '../redis/check-redis.js';
import type { StackPlan } from './stack-plan.js';

/**
 * Everything that can be wrong, checked before the first process starts, so a mistake fails
 * within seconds: binaries, leftovers, taken ports, and the services named by variables.
 * @returns MEILI_HOST normalised, when it is used.
 */
export async function preflight(plan: StackPlan): Promise<{ meiliHost: string | undefined }> {
  const { services, external, dataDir } = plan;
  const embeddedPg = services.pg && !external.databaseUrl;
  if (embeddedPg) locatePostgresBinaries();
  if (services.meili && !external.meiliHost) locateMeiliBinary();
  await mkdir(dataDir, { recursive: true });
  if (embeddedPg) assertNoLeftoverPostmaster(embeddedPgDir(dataDir));
  await assertPortsFree(plan.ports);
  const [meiliHost] = await Promise.all([
    services.meili && external.meiliHost
      ? checkExternalMeilisearch(external.meiliHost, external.meiliKey)
      : undefined,
    services.pg && external.databaseUrl
      ? connect(external.databaseUrl, 'DATABASE_URL').then((client) => client.end())
      : undefined,
    services.commerce && external.redisUrl ? checkRedis(external.redisUrl) : undefined,
  ]);
  return { meiliHost };
}
