import type { CurrencyCode, Money, PriceRange } from '@noteshop/contracts';

/** How a product's price reads for one currency: one amount, or "from" the cheapest variant. */
export type PriceDisplay =
  | { kind: 'exact'; amount: number }
  | { kind: 'from'; amount: number }
  | { kind: 'unavailable' };

/** Picks the range for the shopper's currency; a product may not be priced in every region. */
export function priceDisplayFor(
  ranges: readonly PriceRange[],
  currencyCode: CurrencyCode,
): PriceDisplay {
  const range = ranges.find((candidate) => candidate.currencyCode === currencyCode);
  if (!range) return { kind: 'unavailable' };
  return range.min === range.max
    ? { kind: 'exact', amount: range.min }
    : { kind: 'from', amount: range.min };
}

/** A variant's price in the shopper's currency, if it has one. */
export function priceIn(prices: readonly Money[], currencyCode: CurrencyCode): PriceDisplay {
  const price = prices.find((candidate) => candidate.currencyCode === currencyCode);
  return price ? { kind: 'exact', amount: price.amount } : { kind: 'unavailable' };
}
