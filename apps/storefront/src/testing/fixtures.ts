import type {
  ProductCard,
  ProductCardPage,
  ProductCardVariant,
  StoreConfig,
} from '@noteshop/contracts';

export const storeConfig: StoreConfig = {
  publishableKey: 'pk_test_storefront',
  regions: [
    { id: 'reg_us', name: 'United States', currencyCode: 'usd', countries: ['us'] },
    { id: 'reg_cn', name: 'China', currencyCode: 'cny', countries: ['cn'] },
  ],
  stripePublishableKey: null,
};

export function variant(
  overrides: Partial<ProductCardVariant> & Pick<ProductCardVariant, 'id' | 'options'>,
): ProductCardVariant {
  return {
    title: Object.values(overrides.options).join(' / '),
    prices: [
      { amount: 1999, currencyCode: 'usd' },
      { amount: 13900, currencyCode: 'cny' },
    ],
    inStock: true,
    ...overrides,
  };
}

export function productCard(
  overrides: Partial<ProductCard> & Pick<ProductCard, 'id' | 'handle' | 'title'>,
): ProductCard {
  return {
    description: 'Soft brushed cotton, relaxed fit.',
    thumbnail: `/static/${overrides.handle}-1.jpg`,
    images: [`/static/${overrides.handle}-1.jpg`, `/static/${overrides.handle}-2.jpg`],
    category: 'fashion',
    priceRanges: [
      { currencyCode: 'usd', min: 1999, max: 1999 },
      { currencyCode: 'cny', min: 13900, max: 13900 },
    ],
    inStock: true,
    variants: [variant({ id: `${overrides.id}_v1`, options: { Size: 'M' } })],
    updatedAt: '2025-06-01T08:00:00.000Z',
    ...overrides,
  };
}

export function productPage(
  items: ProductCard[],
  nextCursor: string | null = null,
): ProductCardPage {
  return { items, nextCursor };
}
