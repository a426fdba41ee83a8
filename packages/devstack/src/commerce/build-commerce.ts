import { buildIfStale } from '../build/build-if-stale.js';
import { inheritedEnv } from '../config/service-variables.js';
import type { StackContext } from '../platform/stack-context.js';
import { commercePaths } from './commerce-paths.js';

/**
 * Runs `medusa build` when apps/commerce's sources changed or `.medusa/server` is missing.
 * @returns the build's input hash, which keys the migrate and seed stamps.
 */
export async function buildCommerce(ctx: StackContext): Promise<string> {
  const paths = commercePaths(ctx.repoRoot);
  // The admin bundle bakes in its backend URL. Built without MEDUSA_BACKEND_URL it talks to its own
  // origin, so one build serves `pnpm start` and test stacks on any port.
  const buildEnv: Record<string, string> = { ...inheritedEnv(), MEDUSA_DISABLE_TELEMETRY: 'true' };
  delete buildEnv['MEDUSA_BACKEND_URL'];
  return buildIfStale(
    {
      name: 'commerce-build',
      inputs: [
        'apps/commerce/src',
        'apps/commerce/medusa-config.ts',
        'apps/commerce/package.json',
        'apps/commerce/tsconfig.json',
      ],
      outputs: ['apps/commerce/.medusa/server/medusa-config.js'],
      salt: `medusa build|same-origin-admin|ADMIN_DISABLED=${process.env.ADMIN_DISABLED ?? ''}`,
      build: () =>
        ctx.supervisor.run('commerce-build', paths.medusa, ['build'], {
          cwd: paths.appDir,
          env: buildEnv,
        }),
    },
    ctx.repoRoot,
    ctx.stamps,
    (line) => ctx.log(`[devstack] ${line}`),
  );
}
