import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { inheritedEnv } from '../config/service-variables.js';
import { DevstackError } from '../errors/devstack-error.js';
import { waitUntilReady } from '../net/wait-until-ready.js';
import type { Supervisor } from '../process/supervisor.js';
import { initialiseCluster, isInitialised } from './initialise-cluster.js';
import { locatePostgresBinaries } from './postgres-binaries.js';
import { isRoot, postgresUserIds } from './postgres-user.js';
import { ensureTraversable } from './traversable.js';

// The cluster listens on loopback only, so a fixed password is enough and keeps URLs stable.
export const EMBEDDED_PASSWORD = 'noteshop-local';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  supervisor: Supervisor;
  log: (line: string) => void;
  isCancelled: () => boolean;
}

/** The server-level URL of the embedded cluster on `port`. */
export const embeddedServerUrl = (port: number): string =>
  `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

/** `<dataDir>/pg`, where the embedded cluster keeps its files. */
export const embeddedPgDir = (dataDir: string): string => path.join(dataDir, 'pg');

/**
 * Starts the embedded PostgreSQL on 127.0.0.1:`port`, initialising `<dataDir>/pg` on first use,
 * and waits until it accepts connections. Returns the server-level URL.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<string> {
  const { dataDir, port, supervisor, log } = options;
  const pgDir = embeddedPgDir(dataDir);
  const binaries = locatePostgresBinaries();
  if (isRoot()) await ensureTraversable(dataDir, await postgresUserIds());
  if (!isInitialised(pgDir)) {
    log('[devstack] initialising the embedded PostgreSQL cluster (first start)');
    await mkdir(pgDir, { recursive: true });
    await initialiseCluster(pgDir, EMBEDDED_PASSWORD, log);
  }
  const user = isRoot() ? await postgresUserIds() : undefined;
  if (isRoot() && !user) {
    throw new DevstackError(
      'devstack/service-failed',
      'Running as root, but there is no "postgres" user to run PostgreSQL as.',
    );
  }
  const settings = [
    'listen_addresses=127.0.0.1',
    'unix_socket_directories=', // TCP only: no socket folder to depend on
    'max_connections=200', // test runs open a pool per suite database
  ];
  const server = supervisor.start(
    'postgres',
    binaries.postgres,
    ['-D', pgDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])],
    {
      cwd: pgDir,
      env: { ...inheritedEnv(), LC_MESSAGES: 'C' },
      ...(user ?? {}),
      stopSignal: 'SIGINT', // "fast" shutdown: SIGTERM would wait for every client to disconnect
      stopTimeoutMs: 15_000,
    },
  );
  const serverUrl = embeddedServerUrl(port);
  await waitUntilReady({
    label: 'The embedded PostgreSQL',
    process: server,
    timeoutMs: 60_000,
    intervalMs: 100,
    isCancelled: options.isCancelled,
    probe: () => canQuery(serverUrl),
  });
  return serverUrl;
}

async function canQuery(url: string): Promise<true> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
