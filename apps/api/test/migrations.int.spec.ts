import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, runMigrations } from '../src/database/run-migrations';
import { freshDatabase } from './support/boot-api';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
  entries: unknown[];
};

describe(runMigrations.name, () => {
  let pool: Pool;

  beforeAll(async () => {
    pool = new Pool({ connectionString: await freshDatabase('migrations'), max: 6 });
  });

  afterAll(async () => {
    await pool.end();
  });

  it('creates the schema on an empty database, once, even when api instances start together', async () => {
    await Promise.all([runMigrations(pool), runMigrations(pool), runMigrations(pool)]);

    const tables = await pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      'board_saves',
      'boards',
      'comments',
      'creators',
      'follows',
      'likes',
      'media',
      'note_images',
      'note_product_tags',
      'notes',
      'notifications',
      'outbox',
      'product_cards',
      'reports',
      'sync_watermarks',
    ]);
    const applied = await pool.query('select hash from drizzle.__drizzle_migrations');
    expect(applied.rowCount).toBe(journal.entries.length);
  });

  it('stores time with its zone', async () => {
    const columns = await pool.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
        where table_name = 'product_cards' and column_name like '%_at' order by 1`,
    );

    expect(columns.rows).toEqual([
      { column_name: 'commerce_created_at', data_type: 'timestamp with time zone' },
      { column_name: 'commerce_updated_at', data_type: 'timestamp with time zone' },
      { column_name: 'synced_at', data_type: 'timestamp with time zone' },
    ]);
  });

  it('does nothing the second time', async () => {
    await runMigrations(pool);

    const applied = await pool.query('select hash from drizzle.__drizzle_migrations');
    expect(applied.rowCount).toBe(journal.entries.length);
  });
});
