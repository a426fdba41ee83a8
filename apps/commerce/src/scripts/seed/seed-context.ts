import type { Logger, MedusaContainer } from '@medusajs/framework/types';

/** What every seed step needs: Medusa's container and a logger. */
export interface SeedContext {
  container: MedusaContainer;
  logger: Logger;
}

export const STOREFRONT_SALES_CHANNEL = 'NoteShop Storefront';
export const WAREHOUSE_NAME = 'NoteShop Warehouse';
export const SYSTEM_PAYMENT_PROVIDER = 'pp_system_default';
export const STRIPE_PAYMENT_PROVIDER = 'pp_stripe_stripe';
export const MANUAL_FULFILLMENT_PROVIDER = 'manual_manual';

export interface RegionSpec {
  name: string;
  currencyCode: 'usd' | 'cny';
  countries: string[];
}

export const regionSpecs: readonly RegionSpec[] = [
  { name: 'United States', currencyCode: 'usd', countries: ['us'] },
  { name: 'China', currencyCode: 'cny', countries: ['cn'] },
];
