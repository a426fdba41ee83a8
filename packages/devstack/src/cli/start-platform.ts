// `pnpm start`: the whole platform (PostgreSQL, Meilisearch, commerce, api + storefront) on <repo>/.data.
import { resolveDataDir } from '../config/data-dir.js';
import { findRepoRoot } from '../config/repo-root.js';
import { readVariable } from '../config/service-variables.js';
import { startStack } from '../platform/start-stack.js';
import { platformBanner } from './platform-banner.js';
import { runCli } from './run-cli.js';

const dataDir = resolveDataDir(process.env, findRepoRoot());

await runCli(
  (signal) =>
    startStack({ dataDir, services: { pg: true, meili: true, commerce: true, api: true }, signal }),
  (stack) => {
    const embeddedPostgres = readVariable(process.env, 'DATABASE_URL') === undefined;
    process.stdout.write(
      `\n${platformBanner(stack, process.uptime() * 1000, embeddedPostgres)}\n\n`,
    );
  },
);
