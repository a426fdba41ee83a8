import {
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from '@medusajs/medusa/core-flows';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import type { SeedRegion } from './seed-output';
import {
  regionSpecs,
  STOREFRONT_SALES_CHANNEL,
  STRIPE_PAYMENT_PROVIDER,
  SYSTEM_PAYMENT_PROVIDER,
  type SeedContext,
} from './seed-context';

export async function ensureSalesChannel({ container, logger }: SeedContext): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL);
  const [existing] = await salesChannels.listSalesChannels({ name: STOREFRONT_SALES_CHANNEL });
  if (existing) return existing.id;
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: STOREFRONT_SALES_CHANNEL, description: 'The NoteShop web storefront' },
      ],
    },
  });
  const created = result[0];
  if (!created) throw new Error('seed: the sales channel was not created');
  logger.info(`seed: created sales channel "${STOREFRONT_SALES_CHANNEL}"`);
  return created.id;
}

// Query's result type is generated into .medusa/types only by `medusa develop`; name the fields we read.
interface RegionRow {
  id: string;
  payment_providers?: ({ id: string } | null)[] | null;
}

// Stripe joins the regions only while its provider is loaded and enabled (STRIPE_API_KEY set).
async function wantedPaymentProviders({ container }: SeedContext): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT);
  const [stripe] = await payment.listPaymentProviders({
    id: [STRIPE_PAYMENT_PROVIDER],
    is_enabled: true,
  });
  return stripe ? [SYSTEM_PAYMENT_PROVIDER, STRIPE_PAYMENT_PROVIDER] : [SYSTEM_PAYMENT_PROVIDER];
}

export async function ensureRegions(context: SeedContext): Promise<SeedRegion[]> {
  const { container, logger } = context;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const providers = await wantedPaymentProviders(context);
  const regions: SeedRegion[] = [];

  for (const spec of regionSpecs) {
    // Payment providers hang off the region through a module link, so only Query sees them.
    const { data } = await query.graph({
      entity: 'region',
      fields: ['id', 'payment_providers.id'],
      filters: { name: spec.name },
    });
    const [existing] = data as unknown as RegionRow[];
    let id: string;
    if (!existing) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: spec.name,
              currency_code: spec.currencyCode,
              countries: spec.countries,
              payment_providers: providers,
            },
          ],
        },
      });
      const created = result[0];
      if (!created) throw new Error(`seed: region ${spec.name} was not created`);
      id = created.id;
      logger.info(
        `seed: created region ${spec.name} (${spec.currencyCode}) with ${providers.join(', ')}`,
      );
    } else {
      id = existing.id;
      const current = new Set(
        (existing.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : [])),
      );
      const missing = providers.filter((provider) => !current.has(provider));
      if (missing.length > 0) {
        await updateRegionsWorkflow(container).run({
          input: { selector: { id }, update: { payment_providers: [...current, ...missing] } },
        });
        logger.info(`seed: added ${missing.join(', ')} to region ${spec.name}`);
      }
    }
    regions.push({
      id,
      name: spec.name,
      currencyCode: spec.currencyCode,
      countries: [...spec.countries],
    });
  }

  await ensureTaxRegions(context);
  return regions;
}

async function ensureTaxRegions({ container, logger }: SeedContext): Promise<void> {
  const tax = container.resolve(Modules.TAX);
  const countries = regionSpecs.flatMap((spec) => spec.countries);
  const existing = await tax.listTaxRegions({ country_code: countries });
  const missing = countries.filter(
    (country) => !existing.some((region) => region.country_code === country),
  );
  if (missing.length === 0) return;
  await createTaxRegionsWorkflow(container).run({
    input: missing.map((country_code) => ({ country_code, provider_id: 'tp_system' })),
  });
  logger.info(`seed: created tax regions ${missing.join(', ')}`);
}

export interface StoreDefaults {
  salesChannelId: string;
  defaultRegionId: string;
  stockLocationId: string;
}

/** usd (default) and cny, with the storefront channel, the US region and the warehouse as defaults. */
export async function ensureStore(
  { container, logger }: SeedContext,
  defaults: StoreDefaults,
): Promise<void> {
  const storeModule = container.resolve(Modules.STORE);
  const supported_currencies = [
    { currency_code: 'usd', is_default: true },
    { currency_code: 'cny', is_default: false },
  ];
  const [store] = await storeModule.listStores({}, { relations: ['supported_currencies'] });
  if (!store) {
    await createStoresWorkflow(container).run({
      input: {
        stores: [
          {
            name: 'NoteShop',
            supported_currencies,
            default_sales_channel_id: defaults.salesChannelId,
            default_region_id: defaults.defaultRegionId,
            default_location_id: defaults.stockLocationId,
          },
        ],
      },
    });
    logger.info('seed: created the store');
    return;
  }

  const currencies = (store.supported_currencies ?? [])
    .map((currency) => `${currency.currency_code}:${currency.is_default}`)
    .sort()
    .join(',');
  const upToDate =
    currencies === 'cny:false,usd:true' &&
    store.default_sales_channel_id === defaults.salesChannelId &&
    store.default_region_id === defaults.defaultRegionId &&
    store.default_location_id === defaults.stockLocationId;
  if (upToDate) return;
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies,
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.defaultRegionId,
        default_location_id: defaults.stockLocationId,
      },
    },
  });
  logger.info('seed: set store currencies (usd default, cny) and defaults');
}
