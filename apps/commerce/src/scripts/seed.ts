import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { resolveSeedOutputPath } from '../lib/data-dir';
import { ensureAdminUser } from './seed/admin-user-setup';
import { ensurePublishableKey, ensureSecretKey } from './seed/api-keys-setup';
import { ensureCategories, ensureInventoryLevels, ensureProducts } from './seed/catalog-setup';
import type { SeedContext } from './seed/seed-context';
import { readSeedOutput, writeSeedOutput } from './seed/seed-output';
import { ensureRegions, ensureSalesChannel, ensureStore } from './seed/store-setup';
import { ensureShippingProfile, ensureWarehouse } from './seed/warehouse-setup';

function adminCredentials(env: NodeJS.ProcessEnv): { email: string; password: string } {
  const email = env['NOTESHOP_ADMIN_EMAIL']?.trim() || 'admin@noteshop.local';
  const password = env['NOTESHOP_ADMIN_PASSWORD'];
  if (!password) {
    throw new Error(
      'seed: NOTESHOP_ADMIN_PASSWORD is not set; it becomes the password of the admin user.',
    );
  }
  return { email, password };
}

/**
 * Seeds NoteShop's commerce data. Idempotent: every step looks its records up by name, handle or
 * email first, so a second run changes nothing. Run with `medusa exec ./src/scripts/seed.js` from
 * `.medusa/server` (or `./src/scripts/seed.ts` from apps/commerce).
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const context: SeedContext = {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
  };
  const credentials = adminCredentials(process.env);
  const outputPath = resolveSeedOutputPath(process.env);
  const started = Date.now();

  const salesChannelId = await ensureSalesChannel(context);
  const regions = await ensureRegions(context);
  const shippingProfileId = await ensureShippingProfile(context);
  const stockLocationId = await ensureWarehouse(context, salesChannelId, shippingProfileId);
  const usRegion = regions.find((region) => region.currencyCode === 'usd');
  if (!usRegion) throw new Error('seed: the United States region is missing');
  await ensureStore(context, { salesChannelId, defaultRegionId: usRegion.id, stockLocationId });

  const publishableKey = await ensurePublishableKey(context, salesChannelId);
  const adminUserId = await ensureAdminUser(context, credentials);
  const previous = await readSeedOutput(outputPath);
  const secretApiKey = await ensureSecretKey(context, previous?.secretApiKey, adminUserId);

  const categoryIds = await ensureCategories(context);
  await ensureProducts(context, { categoryIds, salesChannelId, shippingProfileId });
  await ensureInventoryLevels(context, stockLocationId);

  await writeSeedOutput(outputPath, {
    publishableKey,
    secretApiKey,
    adminEmail: credentials.email,
    regions,
    salesChannelId,
  });
  context.logger.info(
    `seed: done in ${((Date.now() - started) / 1000).toFixed(1)}s; hand-over written to ${outputPath}`,
  );
}
