// `pnpm --filter @noteshop/devstack services`: PostgreSQL, Meilisearch and the keys only, for manual
// work and the shutdown test. Prints the resulting environment as KEY=value lines, then waits for a signal.
import path from 'node:path';
import { resolveDataDir } from '../config/data-dir.js';
import { findRepoRoot } from '../config/repo-root.js';
import { startStack } from '../platform/start-stack.js';
import { runCli } from './run-cli.js';

const dataDir = resolveDataDir(process.env, findRepoRoot());

await runCli(
  (signal) => startStack({ dataDir, services: { pg: true, meili: true }, signal }),
  (stack) => {
    const env: Record<string, string | undefined> = {
      NOTESHOP_DATA_DIR: dataDir,
      DATABASE_URL: stack.databaseUrls.server,
      COMMERCE_DATABASE_URL: stack.databaseUrls.commerce,
      NOTESHOP_DATABASE_URL: stack.databaseUrls.noteshop,
      MEILI_HOST: stack.meili.host,
      MEILI_MASTER_KEY: stack.meili.masterKey,
      REDIS_URL: stack.redisUrl,
      JWT_PUBLIC_KEY_FILE: path.join(dataDir, 'keys', 'jwt-public.pem'),
      JWT_PRIVATE_KEY_FILE: path.join(dataDir, 'keys', 'jwt-private.pem'),
      JWT_ISSUER: stack.jwt.issuer,
    };
    for (const [key, value] of Object.entries(env))
      if (value !== undefined) process.stdout.write(`${key}=${value}\n`);
    process.stdout.write(
      `[devstack] services ready in ${process.uptime().toFixed(1)} s. Press Ctrl-C to stop.\n`,
    );
  },
);
