import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { inheritedEnv } from '../config/service-variables.js';
import { httpGet } from '../net/http-probe.js';
import { waitUntilReady } from '../net/wait-until-ready.js';
import type { StackContext } from '../platform/stack-context.js';
import { databaseIdentity } from '../postgres/databases.js';
import type { PostgresSource } from '../postgres/postgres-errors.js';
import { commercePaths } from './commerce-paths.js';
import { readCommerceSeed, type CommerceSeed } from './commerce-seed.js';

export interface CommerceStartInput {
  port: number;
  /** From commerceEnv(). */
  env: Record<string, string>;
  /** The build's input hash from buildCommerce(). */
  buildHash: string;
  databaseSource: PostgresSource;
}

/**
 * Migrates (when the build or the database changed), seeds (when the seed output is missing or
 * belongs to another database or build), then runs `medusa start` from `.medusa/server` until
 * `/health` answers 200.
 */
export async function startCommerce(
  ctx: StackContext,
  input: CommerceStartInput,
): Promise<{ url: string; seed: CommerceSeed }> {
  const paths = commercePaths(ctx.repoRoot);
  const databaseUrl = input.env.DATABASE_URL ?? '';
  const seedFile = input.env.NOTESHOP_SEED_OUTPUT ?? '';
  const options = { cwd: paths.serverDir, env: { ...inheritedEnv(), ...input.env } };
  const database = await databaseIdentity(databaseUrl, input.databaseSource);
  const expected = { build: input.buildHash, database };

  // One stamp per database, named by its identity rather than its URL: a test stack on a new free
  // port each run still finds its database migrated.
  const migrateStamp = `commerce-migrate-${createHash('sha256').update(database).digest('hex').slice(0, 16)}`;
  if (await ctx.stamps.matches(migrateStamp, expected)) {
    ctx.log('[devstack] commerce database: already migrated');
  } else {
    ctx.log('[devstack] commerce database: migrating');
    // --execute-safe-links: never prompt (there is no terminal), never drop link tables.
    await ctx.supervisor.run(
      'commerce-migrate',
      paths.medusa,
      ['db:migrate', '--execute-safe-links'],
      options,
    );
    await ctx.stamps.write(migrateStamp, expected);
  }

  if (existsSync(seedFile) && (await ctx.stamps.matches('commerce-seed', expected))) {
    ctx.log('[devstack] commerce seed: already seeded');
  } else {
    ctx.log('[devstack] commerce seed: seeding the demo catalog');
    await ctx.supervisor.run(
      'commerce-seed',
      paths.medusa,
      ['exec', './src/scripts/seed.js'],
      options,
    );
    await ctx.stamps.write('commerce-seed', expected);
  }

  const commerce = ctx.supervisor.start('commerce', paths.medusa, ['start'], options);
  const url = `http://127.0.0.1:${input.port}`;
  await waitUntilReady({
    label: 'commerce',
    process: commerce,
    timeoutMs: 180_000,
    intervalMs: 500,
    isCancelled: ctx.isCancelled,
    probe: async () => ((await httpGet(`${url}/health`)).status === 200 ? true : undefined),
  });
  return { url, seed: await readCommerceSeed(seedFile) };
}
