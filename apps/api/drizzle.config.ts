import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes SQL migrations from the table definitions; the api applies them on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.schema.ts',
  out: './drizzle',
});
