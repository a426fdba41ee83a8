import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Nest needs decorator metadata, which esbuild cannot emit, so both projects compile with swc.
// `@noteshop/source` makes @noteshop/contracts resolve to its TypeScript source (no build needed).
const shared = {
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { conditions: ['@noteshop/source', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@noteshop/source', 'node', 'import', 'default'] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts'],
          environment: 'node',
          setupFiles: ['test/support/quiet-nest-logs.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['test/**/*.int.spec.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // One stack per run, one database per suite: suites run one after another, in one process.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
