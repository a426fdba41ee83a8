import type { PriceRange } from '@noteshop/contracts';
import { describe, expect, it } from 'vitest';
import { priceDisplayFor, priceIn } from './price-range';

const ranges: PriceRange[] = [
  { currencyCode: 'usd', min: 2500, max: 2500 },
  { currencyCode: 'cny', min: 9900, max: 16900 },
];

describe(priceDisplayFor.name, () => {
  it('shows the single price when every variant costs the same in that currency', () => {
    expect(priceDisplayFor(ranges, 'usd')).toEqual({ kind: 'exact', amount: 2500 });
  });

  it('shows "from" the cheapest variant when variant prices differ', () => {
    expect(priceDisplayFor(ranges, 'cny')).toEqual({ kind: 'from', amount: 9900 });
  });

  it('reports no price when the product is not priced in that currency', () => {
    expect(priceDisplayFor([{ currencyCode: 'usd', min: 100, max: 200 }], 'cny')).toEqual({
      kind: 'unavailable',
    });
  });
});

describe(priceIn.name, () => {
  it("picks the variant's price in the shopper's currency", () => {
    const prices = [
      { amount: 1999, currencyCode: 'usd' as const },
      { amount: 13900, currencyCode: 'cny' as const },
    ];
    expect(priceIn(prices, 'cny')).toEqual({ kind: 'exact', amount: 13900 });
    expect(priceIn(prices.slice(0, 1), 'cny')).toEqual({ kind: 'unavailable' });
  });
});
