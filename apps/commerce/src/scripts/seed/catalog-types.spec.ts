import { describe, expect, it } from 'vitest';
import { catalogVariants, type CatalogProduct } from './catalog-types';

const product: CatalogProduct = {
  handle: 'test-jacket',
  title: 'Test Jacket',
  category: 'fashion',
  description: 'A jacket used only by this test.',
  skuPrefix: 'TST-JKT',
  price: { usd: 10.0, cny: 72 },
  options: [
    { title: 'Size', values: ['S', 'XL'] },
    { title: 'Colour', values: ['Dusty Rose', 'Black'] },
  ],
  priceFor: { XL: { usd: 12.99, cny: 95 } },
  stock: 7,
  imageCount: 2,
};

describe(catalogVariants.name, () => {
  it('makes one variant per combination of option values, in option order', () => {
    const sut = catalogVariants(product);

    expect(sut.map((variant) => variant.title)).toEqual([
      'S / Dusty Rose',
      'S / Black',
      'XL / Dusty Rose',
      'XL / Black',
    ]);
    expect(sut[2]?.options).toEqual({ Size: 'XL', Colour: 'Dusty Rose' });
  });

  it('builds upper-case SKUs from the prefix and the option values', () => {
    const sut = catalogVariants(product);

    expect(sut.map((variant) => variant.sku)).toEqual([
      'TST-JKT-S-DUSTY-ROSE',
      'TST-JKT-S-BLACK',
      'TST-JKT-XL-DUSTY-ROSE',
      'TST-JKT-XL-BLACK',
    ]);
  });

  it('uses the override price for variants carrying that value and the base price otherwise', () => {
    const sut = catalogVariants(product);

    expect(sut.map((variant) => variant.price.usd)).toEqual([10.0, 10.0, 12.99, 12.99]);
    expect(sut.every((variant) => variant.stock === 7)).toBe(true);
  });
});
