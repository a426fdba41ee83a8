import pg from 'pg';
import { databaseUrl } from './database-url.js';
import { describePostgresError, type PostgresSource } from './postgres-errors.js';

const CONNECT_TIMEOUT_MS = 5_000;

/** A connected client, or a DevstackError that says why the server cannot be used. */
export async function connect(url: string, source: PostgresSource): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A server that goes away later must not crash the host process through an unhandled 'error'.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw describePostgresError(error, url, source);
  }
}

/** Creates each database that does not exist yet; returns their URLs in the same order. */
export async function ensureDatabases(
  serverUrl: string,
  names: readonly string[],
  source: PostgresSource,
): Promise<string[]> {
  const client = await connect(serverUrl, source);
  try {
    for (const name of names) {
      const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (existing.rowCount) continue;
      await client
        .query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
        .catch((error: unknown) => {
          // Someone else created it in the meantime: that is what we wanted.
          if (!isDuplicateDatabase(error)) throw describePostgresError(error, serverUrl, source);
        });
    }
  } finally {
    await client.end();
  }
  return names.map((name) => databaseUrl(serverUrl, name));
}

/**
 * Drops database `name` if it exists (disconnecting its sessions) and creates it empty.
 * Integration tests use it to give each suite a database of its own.
 * @returns the URL of the new database.
 */
export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = await connect(serverUrl, 'url');
  try {
    const identifier = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${identifier} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${identifier}`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

/** Drops database `name` if it exists. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = await connect(serverUrl, 'url');
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Who this database is: the cluster's system identifier plus the database's oid.
 * A re-created database or a re-initialised cluster gets a new identity even at the same URL,
 * so "already migrated here" stamps keyed on it cannot lie.
 */
export async function databaseIdentity(url: string, source: PostgresSource): Promise<string> {
  const client = await connect(url, source);
  try {
    const database = await client.query<{ oid: string }>(
      'SELECT oid::text AS oid FROM pg_database WHERE datname = current_database()',
    );
    const system = await client
      .query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()')
      .then((result) => result.rows[0]?.id)
      .catch(() => undefined); // not every role may read pg_control_system()
    const server = system ?? `${client.host}:${client.port}`;
    return `${server}/${database.rows[0]?.oid ?? 'unknown'}`;
  } finally {
    await client.end();
  }
}

function isDuplicateDatabase(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '42P04' || code === '23505';
}
