import { resolve } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Pool } from 'pg';

// Same relative place from src/ (tests) and dist/ (production): apps/api/drizzle.
export const MIGRATIONS_FOLDER = resolve(__dirname, '../../drizzle');
const MIGRATIONS_LOCK = 'noteshop:api:migrations';

/**
 * Applies the committed SQL migrations. Several api instances may start at once, so the
 * migrator runs under a session-level advisory lock; the ones that wait find nothing left to do.
 */
export async function runMigrations(
  pool: Pool,
  migrationsFolder = MIGRATIONS_FOLDER,
): Promise<void> {
  const client = await pool.connect();
  let failure: unknown;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [MIGRATIONS_LOCK]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [MIGRATIONS_LOCK]);
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // A connection that failed mid-way may still hold the lock: destroy it instead of pooling it.
    client.release(failure instanceof Error ? failure : undefined);
  }
}
