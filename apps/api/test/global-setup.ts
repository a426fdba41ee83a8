import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort, startStack } from '@noteshop/devstack';
import type { TestProject } from 'vitest/node';
import type { TestStack } from './support/test-stack';

const repoRoot = resolve(__dirname, '../../..');

/**
 * Starts PostgreSQL, Meilisearch and commerce once per run, on free ports and in a data dir of
 * their own, so `pnpm test` works while `pnpm start` runs. Suites boot the api in-process.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Parallel runs (several engineers, or CI shards) each need their own folder.
  const dataDir = process.env.NOTESHOP_TEST_DATA_DIR ?? join(repoRoot, '.data', 'test-api');
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'stack.log');
  const log = (line: string) => appendFileSync(logFile, `${line}\n`);
  log(`--- ${new Date().toISOString()} integration run`);
  const startedAt = Date.now();
  // Suites run the api in-process; commerce's subscribers post events to this port, which the
  // commerce-events suite listens on (never a `pnpm start` api on the default port).
  const apiPort = await findFreePort();
  const stack = await startStack({
    env: { ...process.env, API_PORT: String(apiPort) },
    dataDir,
    services: { pg: true, meili: true, commerce: true },
    ports: { pg: 0, meili: 0, commerce: 0 },
    // Names of their own, so a DATABASE_URL shared with `pnpm start` never has its data touched.
    databaseNames: { commerce: 'test_commerce', noteshop: 'test_noteshop' },
    log,
  });
  const { commerce } = stack;
  if (!commerce) throw new Error('devstack started without commerce');
  console.log(`[api tests] stack ready in ${Date.now() - startedAt} ms (log: ${logFile})`);
  const provided: TestStack = {
    serverUrl: stack.databaseUrls.server,
    apiEnv: stack.apiEnv(),
    commerceUrl: commerce.url,
    apiPort,
    seed: commerce.seed,
  };
  project.provide('stack', provided);
  return () => stack.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStack;
  }
}
