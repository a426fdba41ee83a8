import { describe, expect, it } from 'vitest';
import type { MedusaStoreProduct, MedusaStoreVariant } from './medusa-product';
import { isVariantInStock, toProductCards } from './product-card.mapper';

const variant = (overrides: Partial<MedusaStoreVariant> = {}): MedusaStoreVariant => ({
  id: 'variant_s',
  title: 'S / Sand',
  options: [
    { value: 'S', option: { title: 'Size' } },
    { value: 'Sand', option: { title: 'Colour' } },
  ],
  calculated_price: { calculated_amount: 39.99, currency_code: 'usd' },
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: 4,
  ...overrides,
});

const product = (overrides: Partial<MedusaStoreProduct> = {}): MedusaStoreProduct => ({
  id: 'prod_linen',
  handle: 'oversized-linen-shirt',
  title: 'Oversized Linen Shirt',
  description: 'Breathable linen for hot days.',
  thumbnail: 'http://localhost:9000/static/linen-1.webp',
  created_at: '2025-11-20T10:00:00.000Z',
  updated_at: '2025-11-21T08:30:00.123Z',
  images: [
    { url: 'http://localhost:9000/static/linen-1.webp' },
    { url: 'http://localhost:9000/static/linen-2.webp' },
  ],
  categories: [{ handle: 'fashion' }],
  variants: [variant()],
  ...overrides,
});

describe(isVariantInStock.name, () => {
  it('is in stock while units are left', () => {
    expect(isVariantInStock(variant({ inventory_quantity: 1 }))).toBe(true);
    expect(isVariantInStock(variant({ inventory_quantity: 0 }))).toBe(false);
    expect(isVariantInStock(variant({ inventory_quantity: null }))).toBe(false);
  });

  it('is always in stock when inventory is not managed', () => {
    expect(isVariantInStock(variant({ manage_inventory: false, inventory_quantity: 0 }))).toBe(
      true,
    );
  });

  it('is in stock when backorders are allowed, even with nothing left', () => {
    expect(isVariantInStock(variant({ allow_backorder: true, inventory_quantity: 0 }))).toBe(true);
  });
});

describe(toProductCards.name, () => {
  it('maps a Medusa product to a card with prices in minor units', () => {
    const [sut] = toProductCards([{ currencyCode: 'usd', products: [product()] }]);

    expect(sut).toEqual({
      id: 'prod_linen',
      handle: 'oversized-linen-shirt',
      title: 'Oversized Linen Shirt',
      description: 'Breathable linen for hot days.',
      thumbnail: 'http://localhost:9000/static/linen-1.webp',
      images: [
        'http://localhost:9000/static/linen-1.webp',
        'http://localhost:9000/static/linen-2.webp',
      ],
      category: 'fashion',
      priceRanges: [{ currencyCode: 'usd', min: 3999, max: 3999 }],
      inStock: true,
      variants: [
        {
          id: 'variant_s',
          title: 'S / Sand',
          options: { Size: 'S', Colour: 'Sand' },
          prices: [{ amount: 3999, currencyCode: 'usd' }],
          inStock: true,
        },
      ],
      updatedAt: '2025-11-21T08:30:00.123Z',
      createdAt: '2025-11-20T10:00:00.000Z',
    });
  });

  it('merges the answers of each region by product id, whatever their order', () => {
    const usd = [
      product({
        id: 'prod_a',
        handle: 'a',
        variants: [
          variant({ id: 'va', calculated_price: { calculated_amount: 10, currency_code: 'usd' } }),
        ],
      }),
      product({
        id: 'prod_b',
        handle: 'b',
        variants: [
          variant({ id: 'vb', calculated_price: { calculated_amount: 20, currency_code: 'usd' } }),
        ],
      }),
    ];
    const cny = [
      product({
        id: 'prod_b',
        handle: 'b',
        variants: [
          variant({ id: 'vb', calculated_price: { calculated_amount: 139, currency_code: 'cny' } }),
        ],
      }),
      product({
        id: 'prod_a',
        handle: 'a',
        variants: [
          variant({
            id: 'va',
            calculated_price: { calculated_amount: 69.9, currency_code: 'cny' },
          }),
        ],
      }),
    ];

    const sut = toProductCards([
      { currencyCode: 'usd', products: usd },
      { currencyCode: 'cny', products: cny },
    ]);

    expect(sut.map((card) => [card.id, card.variants[0]?.prices])).toEqual([
      [
        'prod_a',
        [
          { amount: 1000, currencyCode: 'usd' },
          { amount: 6990, currencyCode: 'cny' },
        ],
      ],
      [
        'prod_b',
        [
          { amount: 2000, currencyCode: 'usd' },
          { amount: 13900, currencyCode: 'cny' },
        ],
      ],
    ]);
    expect(sut[1]?.priceRanges).toEqual([
      { currencyCode: 'usd', min: 2000, max: 2000 },
      { currencyCode: 'cny', min: 13900, max: 13900 },
    ]);
  });

  it('spans the cheapest and dearest variant in each currency', () => {
    const variants = [
      variant({ id: 'v1', calculated_price: { calculated_amount: 24.5, currency_code: 'usd' } }),
      variant({ id: 'v2', calculated_price: { calculated_amount: 19.99, currency_code: 'usd' } }),
      variant({ id: 'v3', calculated_price: { calculated_amount: 31, currency_code: 'usd' } }),
    ];

    const [sut] = toProductCards([{ currencyCode: 'usd', products: [product({ variants })] }]);

    expect(sut?.priceRanges).toEqual([{ currencyCode: 'usd', min: 1999, max: 3100 }]);
  });

  it('leaves out a currency in which no variant has a price', () => {
    const unpriced = product({ variants: [variant({ calculated_price: null })] });

    const [sut] = toProductCards([
      { currencyCode: 'usd', products: [product()] },
      { currencyCode: 'cny', products: [unpriced] },
    ]);

    expect(sut?.priceRanges.map((range) => range.currencyCode)).toEqual(['usd']);
    expect(sut?.variants[0]?.prices).toEqual([{ amount: 3999, currencyCode: 'usd' }]);
  });

  it('marks a product out of stock when no variant can be bought', () => {
    const soldOut = product({
      variants: [
        variant({ id: 'v1', inventory_quantity: 0 }),
        variant({ id: 'v2', inventory_quantity: 0 }),
      ],
    });
    const lastOne = product({
      variants: [
        variant({ id: 'v1', inventory_quantity: 0 }),
        variant({ id: 'v2', inventory_quantity: 1 }),
      ],
    });

    const [soldOutCard, lastOneCard] = toProductCards([
      { currencyCode: 'usd', products: [soldOut, { ...lastOne, id: 'prod_last' }] },
    ]);

    expect(soldOutCard?.inStock).toBe(false);
    expect(lastOneCard?.inStock).toBe(true);
  });

  it('recognises sub-categories and ignores categories outside the storefront', () => {
    const cards = toProductCards([
      {
        currencyCode: 'usd',
        products: [
          product({ id: 'p1', categories: [{ handle: 'makeup-lips' }] }),
          product({ id: 'p2', categories: [{ handle: 'sale' }, { handle: 'travel' }] }),
          product({ id: 'p3', categories: [{ handle: 'fashionable' }] }),
          product({ id: 'p4', categories: null }),
        ],
      },
    ]);

    expect(cards.map((card) => card.category)).toEqual(['makeup', 'travel', null, null]);
  });

  it('falls back to the first image when the product has no thumbnail', () => {
    const [sut] = toProductCards([
      { currencyCode: 'usd', products: [product({ thumbnail: null, description: '' })] },
    ]);

    expect(sut?.thumbnail).toBe('http://localhost:9000/static/linen-1.webp');
    expect(sut?.description).toBeNull();
  });
});
