import path from 'node:path';
import { inheritedEnv } from '../config/service-variables.js';
import type { StackContext } from '../platform/stack-context.js';

const STAMP = 'demo-seed';

/**
 * Once per data folder, after the api is healthy: `node dist/demo/seed-demo.js` with the api's
 * environment fills the feed with demo creators, notes and engagement. The seeder itself is
 * idempotent too, so a lost stamp costs one quick no-op run. NOTESHOP_SKIP_DEMO_SEED=1 skips it.
 */
export async function seedDemoOnce(ctx: StackContext, env: Record<string, string>): Promise<void> {
  if (ctx.serviceEnv.NOTESHOP_SKIP_DEMO_SEED === '1') return;
  if (await ctx.stamps.read(STAMP)) return;
  ctx.log('[devstack] seeding demo creators, notes and engagement (first start only)');
  const startedAt = Date.now();
  await ctx.supervisor.run('demo-seed', process.execPath, ['dist/demo/seed-demo.js'], {
    cwd: path.join(ctx.repoRoot, 'apps', 'api'),
    env: {
      ...inheritedEnv(),
      ...env,
      DEMO_ACCOUNTS_FILE: path.join(ctx.dataDir, 'demo-accounts.json'),
    },
  });
  await ctx.stamps.write(STAMP, { seededAt: new Date().toISOString() });
  ctx.log(`[devstack] demo content ready in ${Math.round((Date.now() - startedAt) / 1000)} s`);
}
