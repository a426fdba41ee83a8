import { defineConfig } from 'vitest/config';

// Unit tests only: pure code beside its source. The lifecycle (build, migrate, seed, start) is
// exercised against real PostgreSQL by the api's integration tests through devstack.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
