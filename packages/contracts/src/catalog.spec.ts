import { describe, expect, it } from 'vitest';
import { ProductCard, ProductHandleParam, ProductListQuery } from './catalog.js';

describe('ProductListQuery', () => {
  it('coerces a query-string limit and defaults it to 24', () => {
    expect(ProductListQuery.parse({ limit: '10' }).limit).toBe(10);
    expect(ProductListQuery.parse({}).limit).toBe(24);
  });

  it('refuses a limit above 60 and an unknown category', () => {
    expect(ProductListQuery.safeParse({ limit: '61' }).success).toBe(false);
    expect(ProductListQuery.safeParse({ category: 'cars' }).success).toBe(false);
  });
});

describe('ProductHandleParam', () => {
  it('accepts Medusa-style handles and refuses anything else', () => {
    expect(ProductHandleParam.safeParse({ handle: 'linen-shirt-2' }).success).toBe(true);
    expect(ProductHandleParam.safeParse({ handle: '../etc/passwd' }).success).toBe(false);
  });
});

describe('ProductCard', () => {
  it('refuses a price that is not an integer number of minor units', () => {
    const card = {
      id: 'prod_1',
      handle: 'a',
      title: 'A',
      description: null,
      thumbnail: null,
      images: [],
      category: 'fashion',
      priceRanges: [{ currencyCode: 'usd', min: 19.99, max: 20 }],
      inStock: true,
      variants: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(ProductCard.safeParse(card).success).toBe(false);
    card.priceRanges[0] = { currencyCode: 'usd', min: 1999, max: 2000 };
    expect(ProductCard.safeParse(card).success).toBe(true);
  });
});
