import { describe, expect, it } from 'vitest';
import type { NewProductCardRow, ProductCardRow } from './catalog.schema';
import { cardContentChanged, productOutboxRows } from './product-outbox';

const stored: ProductCardRow = {
  productId: 'prod_1',
  handle: 'lip-oil',
  title: 'Lip oil',
  description: null,
  thumbnail: 'https://img/1.jpg',
  images: ['https://img/1.jpg'],
  category: 'makeup',
  priceRanges: [{ currencyCode: 'usd', min: 1200, max: 1500 }],
  variants: [],
  inStock: true,
  commerceCreatedAt: new Date('2026-01-01T00:00:00Z'),
  commerceUpdatedAt: new Date('2026-01-02T00:00:00Z'),
  syncedAt: new Date('2026-01-03T00:00:00Z'),
};

describe(cardContentChanged.name, () => {
  it('is false when only synced_at moves and jsonb reordered the keys', () => {
    const incoming: NewProductCardRow = {
      ...stored,
      priceRanges: [{ max: 1500, min: 1200, currencyCode: 'usd' }],
      commerceUpdatedAt: new Date('2026-01-02T00:00:00Z'),
      syncedAt: new Date(),
    };
    expect(cardContentChanged(stored, incoming)).toBe(false);
  });

  it('is false when only the order of variants or images changed', () => {
    const twoImages = { ...stored, images: ['https://img/1.jpg', 'https://img/2.jpg'] };
    expect(
      cardContentChanged(twoImages, {
        ...twoImages,
        images: ['https://img/2.jpg', 'https://img/1.jpg'],
      }),
    ).toBe(false);
  });

  it('is true for a new card, a price change or a stock change', () => {
    expect(cardContentChanged(undefined, stored)).toBe(true);
    expect(
      cardContentChanged(stored, {
        ...stored,
        priceRanges: [{ currencyCode: 'usd', min: 999, max: 1500 }],
      }),
    ).toBe(true);
    expect(cardContentChanged(stored, { ...stored, inStock: false })).toBe(true);
  });
});

describe(productOutboxRows.name, () => {
  it('writes one row per product and topic', () => {
    expect(productOutboxRows(['a'], ['b'])).toEqual([
      { topic: 'product.upserted', payload: { productId: 'a' } },
      { topic: 'product.deleted', payload: { productId: 'b' } },
    ]);
  });
});
