import { buildIfStale } from '../build/build-if-stale.js';
import { inheritedEnv, readVariable } from '../config/service-variables.js';
import type { StackContext } from '../platform/stack-context.js';
import { commercePaths } from './commerce-paths.js';

/**
 * Runs `medusa build` when apps/commerce's sources changed or `.medusa/server` is missing.
 * @returns the build's input hash, which keys the migrate and seed stamps.
 */
export async function buildCommerce(ctx: StackContext): Promise<string> {
  const paths = commercePaths(ctx.repoRoot);
  // The admin bundle bakes in its backend URL, so every stack builds for the platform's URL;
  // a test stack on a random port then reuses the same build instead of rebuilding.
  const platformPort = readVariable(ctx.serviceEnv, 'COMMERCE_PORT') ?? '9000';
  const buildEnv = {
    ...inheritedEnv(),
    MEDUSA_BACKEND_URL: `http://localhost:${platformPort}`,
    MEDUSA_DISABLE_TELEMETRY: 'true',
  };
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
      salt: `medusa build|${buildEnv.MEDUSA_BACKEND_URL}|ADMIN_DISABLED=${process.env.ADMIN_DISABLED ?? ''}`,
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
