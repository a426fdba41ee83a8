import { buildIfStale, type BuildStep } from '../build/build-if-stale.js';
import { inheritedEnv } from '../config/service-variables.js';
import type { StackContext } from '../platform/stack-context.js';
import { pnpmCommand } from '../process/pnpm-command.js';

const CONTRACTS = [
  'packages/contracts/src',
  'packages/contracts/package.json',
  'packages/contracts/tsconfig*.json',
];

/** The workspace builds the api needs, in order: each one's inputs and the file it must produce. */
export const API_BUILDS = [
  { filter: '@noteshop/contracts', inputs: CONTRACTS, output: 'packages/contracts/dist/index.js' },
  {
    filter: '@noteshop/storefront',
    inputs: [
      ...CONTRACTS,
      'apps/storefront/src',
      'apps/storefront/public',
      'apps/storefront/index.html',
      'apps/storefront/package.json',
      'apps/storefront/tsconfig*.json',
      'apps/storefront/vite.config.ts',
    ],
    output: 'apps/storefront/dist/index.html',
  },
  {
    filter: '@noteshop/api',
    inputs: [
      ...CONTRACTS,
      'apps/api/src',
      'apps/api/package.json',
      'apps/api/tsconfig*.json',
      'apps/api/nest-cli.json',
    ],
    output: 'apps/api/dist/main.js',
  },
] as const;

/** Builds contracts, storefront and api, each only when its inputs changed since its last build. */
export async function buildApi(ctx: StackContext): Promise<void> {
  const pnpm = pnpmCommand();
  for (const { filter, inputs, output } of API_BUILDS) {
    const name = `${filter.replace('@noteshop/', '')}-build`;
    const step: BuildStep = {
      name,
      inputs,
      outputs: [output],
      salt: `pnpm --filter ${filter} build`,
      build: () =>
        ctx.supervisor.run(name, pnpm.command, [...pnpm.prefix, '--filter', filter, 'build'], {
          cwd: ctx.repoRoot,
          env: inheritedEnv(),
        }),
    };
    await buildIfStale(step, ctx.repoRoot, ctx.stamps, (line) => ctx.log(`[devstack] ${line}`));
  }
}
