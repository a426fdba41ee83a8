import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from '@medusajs/medusa/core-flows';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import {
  MANUAL_FULFILLMENT_PROVIDER,
  regionSpecs,
  WAREHOUSE_NAME,
  type SeedContext,
} from './seed-context';

const FULFILLMENT_SET_NAME = `${WAREHOUSE_NAME} delivery`;

interface ShippingOptionSpec {
  name: string;
  code: string;
  description: string;
  /** Major units per currency. */
  prices: { usd: number; cny: number };
}

// Each zone gets both options, priced in both currencies, cheaper where the warehouse ships domestically.
const shippingOptionsByZone: Record<string, readonly ShippingOptionSpec[]> = {
  'United States': [
    {
      name: 'Standard Shipping',
      code: 'standard',
      description: 'Delivered in 3-5 business days.',
      prices: { usd: 5.99, cny: 43 },
    },
    {
      name: 'Express Shipping',
      code: 'express',
      description: 'Delivered in 1-2 business days.',
      prices: { usd: 14.99, cny: 109 },
    },
  ],
  China: [
    {
      name: 'Standard Shipping',
      code: 'standard',
      description: 'Delivered in 5-8 business days.',
      prices: { usd: 7.99, cny: 58 },
    },
    {
      name: 'Express Shipping',
      code: 'express',
      description: 'Delivered in 2-4 business days.',
      prices: { usd: 19.99, cny: 145 },
    },
  ],
};

async function ensureStockLocation({ container, logger }: SeedContext): Promise<string> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION);
  const [existing] = await stockLocations.listStockLocations({ name: WAREHOUSE_NAME });
  if (existing) return existing.id;
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: WAREHOUSE_NAME,
          address: {
            address_1: '1200 Harbor Blvd',
            city: 'Los Angeles',
            country_code: 'US',
            postal_code: '90021',
          },
        },
      ],
    },
  });
  const created = result[0];
  if (!created) throw new Error('seed: the stock location was not created');
  logger.info(`seed: created stock location "${WAREHOUSE_NAME}"`);
  return created.id;
}

interface LocationLinks {
  salesChannelIds: string[];
  fulfillmentProviderIds: string[];
  fulfillmentSetId: string | undefined;
}

// Query's result type is generated into .medusa/types only by `medusa develop`; name the fields we read.
interface LocationLinkRow {
  sales_channels?: ({ id: string } | null)[] | null;
  fulfillment_providers?: ({ id: string } | null)[] | null;
  fulfillment_sets?: ({ id: string; name: string } | null)[] | null;
}

async function readLocationLinks(
  { container }: SeedContext,
  locationId: string,
): Promise<LocationLinks> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'stock_location',
    fields: [
      'id',
      'sales_channels.id',
      'fulfillment_providers.id',
      'fulfillment_sets.id',
      'fulfillment_sets.name',
    ],
    filters: { id: locationId },
  });
  const [location] = data as unknown as LocationLinkRow[];
  const ids = (items: ({ id: string } | null)[] | null | undefined): string[] =>
    (items ?? []).flatMap((item) => (item ? [item.id] : []));
  return {
    salesChannelIds: ids(location?.sales_channels),
    fulfillmentProviderIds: ids(location?.fulfillment_providers),
    fulfillmentSetId: (location?.fulfillment_sets ?? []).find(
      (set) => set?.name === FULFILLMENT_SET_NAME,
    )?.id,
  };
}

async function ensureFulfillmentSet(
  context: SeedContext,
  locationId: string,
  links: LocationLinks,
): Promise<string> {
  const { container, logger } = context;
  if (!links.fulfillmentSetId) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: locationId,
        fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: 'shipping' },
      },
    });
    logger.info(`seed: created fulfillment set "${FULFILLMENT_SET_NAME}"`);
  }
  const fulfillmentSetId =
    links.fulfillmentSetId ?? (await readLocationLinks(context, locationId)).fulfillmentSetId;
  if (!fulfillmentSetId)
    throw new Error('seed: the fulfillment set was not linked to the warehouse');

  const fulfillment = container.resolve(Modules.FULFILLMENT);
  const zones = await fulfillment.listServiceZones({ fulfillment_set: { id: fulfillmentSetId } });
  const missing = regionSpecs.filter((spec) => !zones.some((zone) => zone.name === spec.name));
  if (missing.length > 0) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: missing.map((spec) => ({
          fulfillment_set_id: fulfillmentSetId,
          name: spec.name,
          geo_zones: spec.countries.map((country_code) => ({
            type: 'country' as const,
            country_code,
          })),
        })),
      },
    });
    logger.info(`seed: created service zones ${missing.map((spec) => spec.name).join(', ')}`);
  }
  return fulfillmentSetId;
}

export async function ensureShippingProfile({ container, logger }: SeedContext): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT);
  const [existing] = await fulfillment.listShippingProfiles({ type: 'default' });
  if (existing) return existing.id;
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: 'Default Shipping Profile', type: 'default' }] },
  });
  const created = result[0];
  if (!created) throw new Error('seed: the shipping profile was not created');
  logger.info('seed: created the default shipping profile');
  return created.id;
}

async function ensureShippingOptions(
  { container, logger }: SeedContext,
  fulfillmentSetId: string,
  shippingProfileId: string,
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT);
  const zones = await fulfillment.listServiceZones({ fulfillment_set: { id: fulfillmentSetId } });
  const existing = await fulfillment.listShippingOptions({
    service_zone: { id: zones.map((zone) => zone.id) },
  });

  const input = zones.flatMap((zone) =>
    (shippingOptionsByZone[zone.name] ?? [])
      .filter(
        (spec) =>
          !existing.some(
            (option) => option.service_zone_id === zone.id && option.name === spec.name,
          ),
      )
      .map((spec) => ({
        name: spec.name,
        price_type: 'flat' as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: {
          label: spec.name.replace(' Shipping', ''),
          description: spec.description,
          code: spec.code,
        },
        prices: [
          { currency_code: 'usd', amount: spec.prices.usd },
          { currency_code: 'cny', amount: spec.prices.cny },
        ],
        rules: [
          { attribute: 'enabled_in_store', value: 'true', operator: 'eq' as const },
          { attribute: 'is_return', value: 'false', operator: 'eq' as const },
        ],
      })),
  );
  if (input.length === 0) return;
  await createShippingOptionsWorkflow(container).run({ input });
  logger.info(`seed: created ${input.length} shipping options`);
}

/**
 * The warehouse: a stock location selling through the storefront channel, shipped by the manual
 * provider, with US and CN service zones and Standard/Express options. Returns the location id.
 */
export async function ensureWarehouse(
  context: SeedContext,
  salesChannelId: string,
  shippingProfileId: string,
): Promise<string> {
  const { container, logger } = context;
  const locationId = await ensureStockLocation(context);
  const links = await readLocationLinks(context, locationId);

  if (!links.salesChannelIds.includes(salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: locationId, add: [salesChannelId] },
    });
    logger.info('seed: linked the warehouse to the storefront sales channel');
  }
  if (!links.fulfillmentProviderIds.includes(MANUAL_FULFILLMENT_PROVIDER)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
        },
      ],
    });
    logger.info('seed: linked the warehouse to the manual fulfillment provider');
  }
  const fulfillmentSetId = await ensureFulfillmentSet(context, locationId, links);
  await ensureShippingOptions(context, fulfillmentSetId, shippingProfileId);
  return locationId;
}
