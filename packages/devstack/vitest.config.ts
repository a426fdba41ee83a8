import { defineConfig } from 'vitest/config';

// Unit specs sit beside the code; integration specs in test/ start real processes, so they get more time.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.int.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
