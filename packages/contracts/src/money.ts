import { z } from 'zod';

/** Currencies the demo regions sell in, lower-case as Medusa stores them. */
export const CurrencyCode = z.enum(['usd', 'cny']).meta({ id: 'CurrencyCode' });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Money is always an integer amount of minor units (cents, fen) plus its currency. */
export const Money = z
  .object({
    amount: z.number().int().describe('Integer minor units, e.g. 1999 = $19.99'),
    currencyCode: CurrencyCode,
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof Money>;

export const PriceRange = z
  .object({
    currencyCode: CurrencyCode,
    min: z.number().int().describe('Lowest variant price, in minor units'),
    max: z.number().int().describe('Highest variant price, in minor units'),
  })
  .meta({ id: 'PriceRange' });
export type PriceRange = z.infer<typeof PriceRange>;
