import { z } from 'zod';
import { CurrencyCode } from './money.js';

export const StoreRegion = z
  .object({
    id: z.string(),
    name: z.string(),
    currencyCode: CurrencyCode,
    countries: z.array(z.string().length(2)),
  })
  .meta({ id: 'StoreRegion' });
export type StoreRegion = z.infer<typeof StoreRegion>;

/** Public settings the storefront needs at boot. Never carries a secret. */
export const StoreConfig = z
  .object({
    publishableKey: z.string().describe('Medusa publishable API key; public by design'),
    regions: z.array(StoreRegion),
    stripePublishableKey: z.string().nullable(),
  })
  .meta({ id: 'StoreConfig' });
export type StoreConfig = z.infer<typeof StoreConfig>;
