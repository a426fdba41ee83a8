import path from 'node:path';
import { apiEnv as buildApiEnv } from '../api/api-env.js';
import { buildApi } from '../api/build-api.js';
import { startApi } from '../api/start-api.js';
import { StampStore } from '../build/stamps.js';
import { buildCommerce } from '../commerce/build-commerce.js';
import { commerceEnv, JWT_ISSUER } from '../commerce/commerce-env.js';
import type { CommerceSeed } from '../commerce/commerce-seed.js';
import { startCommerce } from '../commerce/start-commerce.js';
import { findRepoRoot } from '../config/repo-root.js';
import { DevstackError } from '../errors/devstack-error.js';
import { loadJwtKeys } from '../keys/jwt-keys.js';
import { loadSecrets } from '../keys/secrets.js';
import { startMeilisearch } from '../meilisearch/start-meilisearch.js';
import { Supervisor } from '../process/supervisor.js';
import { databaseUrl, maskUrl } from '../postgres/database-url.js';
import { ensureDatabases } from '../postgres/databases.js';
import { embeddedServerUrl, startEmbeddedPostgres } from '../postgres/embedded-postgres.js';
import { preflight } from './preflight.js';
import type { StackContext } from './stack-context.js';
import { planStack, portOf } from './stack-plan.js';
import type { Stack, StackOptions } from './stack-types.js';

/**
 * Starts NoteShop's services for `pnpm start`, integration tests and e2e, and waits until each is healthy.
 *
 * - PostgreSQL: the server in `DATABASE_URL` if set, else an embedded cluster in `<dataDir>/pg`;
 *   the databases (`commerce`, `noteshop` by default) are created when missing.
 * - Meilisearch: `MEILI_HOST` + `MEILI_MASTER_KEY` if set, else the bundled, checksum-verified binary.
 * - Keys: `<dataDir>/secrets.json` and the RS256 pair in `<dataDir>/keys`, generated on first start.
 * - commerce / api: built when their sources changed, migrated and seeded when needed, then run.
 *
 * Ports and configuration are checked before anything starts, so mistakes fail within seconds with
 * a DevstackError whose message says what to change. If the start fails or `options.signal` aborts,
 * everything already started is stopped before the promise rejects.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const plan = await planStack(options);
  const { dataDir, services, external, databaseNames: names, log } = plan;
  const { meiliHost } = await preflight(plan);
  const [secrets, jwt] = await Promise.all([loadSecrets(dataDir), loadJwtKeys(dataDir)]);

  const supervisor = new Supervisor(log);
  const ctx: StackContext = {
    repoRoot: findRepoRoot(),
    dataDir,
    serviceEnv: plan.serviceEnv,
    supervisor,
    stamps: new StampStore(path.join(dataDir, 'stamps')),
    log,
    isCancelled: () => supervisor.isStopping,
  };
  let interrupted = false;
  const onAbort = (): void => {
    interrupted = true;
    void supervisor.stop();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  const serverUrl = external.databaseUrl ?? embeddedServerUrl(portOf(plan, 'pg'));
  const databaseSource = external.databaseUrl ? 'DATABASE_URL' : 'embedded';
  const meili = {
    host: meiliHost ?? external.meiliHost ?? `http://127.0.0.1:${portOf(plan, 'meili')}`,
    masterKey: external.meiliHost ? (external.meiliKey ?? '') : secrets.meiliMasterKey,
  };
  let commerce: { url: string; seed: CommerceSeed } | undefined;
  let api: { url: string } | undefined;
  const apiEnv = (): Record<string, string> =>
    buildApiEnv({
      noteshopDatabaseUrl: databaseUrl(serverUrl, names.noteshop),
      meili,
      commerce,
      jwtPublicKeyPem: jwt.publicKeyPem,
      webhookSecret: secrets.webhookSecret,
      mediaDir: path.join(dataDir, 'media'),
      serviceEnv: plan.serviceEnv,
    });

  // Independent steps run side by side; each service waits only for what it needs.
  const pgReady = services.pg
    ? (async () => {
        if (external.databaseUrl)
          log(`[devstack] PostgreSQL: DATABASE_URL=${maskUrl(external.databaseUrl)}`);
        else
          await startEmbeddedPostgres({
            dataDir,
            port: portOf(plan, 'pg'),
            supervisor,
            log,
            isCancelled: ctx.isCancelled,
          });
        await ensureDatabases(serverUrl, [names.commerce, names.noteshop], databaseSource);
      })()
    : Promise.resolve();
  const meiliReady =
    services.meili && !external.meiliHost
      ? startMeilisearch({
          dataDir,
          port: portOf(plan, 'meili'),
          masterKey: meili.masterKey,
          supervisor,
          stamps: ctx.stamps,
          isCancelled: ctx.isCancelled,
        })
      : Promise.resolve();
  const commerceBuilt = services.commerce ? buildCommerce(ctx) : Promise.resolve('');
  const apiBuilt = services.api ? buildApi(ctx) : Promise.resolve();
  const commerceReady = services.commerce
    ? Promise.all([pgReady, commerceBuilt]).then(async ([, buildHash]) => {
        const env = commerceEnv({
          dataDir,
          port: portOf(plan, 'commerce'),
          apiPort: portOf(plan, 'api'),
          databaseUrl: databaseUrl(serverUrl, names.commerce),
          redisUrl: external.redisUrl,
          jwt,
          secrets,
          serviceEnv: plan.serviceEnv,
        });
        commerce = await startCommerce(ctx, {
          port: portOf(plan, 'commerce'),
          env,
          buildHash,
          databaseSource,
        });
      })
    : Promise.resolve();
  const apiReady = services.api
    ? Promise.all([meiliReady, commerceReady, apiBuilt]).then(async () => {
        api = await startApi(ctx, apiEnv(), portOf(plan, 'api'));
      })
    : Promise.resolve();

  const steps = [pgReady, meiliReady, commerceBuilt, apiBuilt, commerceReady, apiReady];
  try {
    await Promise.all(steps);
  } catch (error) {
    await supervisor.stop();
    await Promise.allSettled(steps); // let every step notice, so nothing runs on after we return
    if (interrupted) {
      throw new DevstackError(
        'devstack/interrupted',
        'The start was interrupted; everything started so far was stopped.',
      );
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  return {
    dataDir,
    databaseUrls: {
      server: serverUrl,
      commerce: databaseUrl(serverUrl, names.commerce),
      noteshop: databaseUrl(serverUrl, names.noteshop),
    },
    meili,
    redisUrl: external.redisUrl,
    jwt: { publicKeyPem: jwt.publicKeyPem, privateKeyPem: jwt.privateKeyPem, issuer: JWT_ISSUER },
    secrets: {
      cookieSecret: secrets.cookieSecret,
      adminPassword: secrets.adminPassword,
      webhookSecret: secrets.webhookSecret,
    },
    ...(commerce ? { commerce } : {}),
    ...(api ? { api } : {}),
    apiEnv,
    unexpectedExit: supervisor.unexpectedExit,
    stop: () => supervisor.stop(),
  };
}
