import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

/** The node-postgres pool shared by every repository. */
export const PG_POOL = Symbol('PG_POOL');
/** Drizzle over {@link PG_POOL}, provided only after the migrations have run. */
export const DATABASE = Symbol('DATABASE');
export type Database = NodePgDatabase;
