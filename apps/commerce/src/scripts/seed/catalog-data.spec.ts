import { describe, expect, it } from 'vitest';
import { catalogCategories, catalogProducts } from './catalog-data';
import { CATEGORY_HANDLES, catalogVariants } from './catalog-types';

const allVariants = catalogProducts.flatMap((product) =>
  catalogVariants(product).map((variant) => ({ product, variant })),
);

describe('catalogProducts', () => {
  it('has at least 60 products and at least 20 in every category', () => {
    expect(catalogProducts.length).toBeGreaterThanOrEqual(60);
    for (const handle of CATEGORY_HANDLES) {
      expect(
        catalogProducts.filter((product) => product.category === handle).length,
        handle,
      ).toBeGreaterThanOrEqual(20);
    }
  });

  it('uses unique handles that the api accepts as product handles', () => {
    const handles = catalogProducts.map((product) => product.handle);
    expect(new Set(handles).size).toBe(handles.length);
    for (const handle of handles) expect(handle).toMatch(/^[a-z0-9-]{1,200}$/);
  });

  it('gives every product 2 to 6 variants with unique SKUs', () => {
    for (const product of catalogProducts) {
      const count = catalogVariants(product).length;
      expect(count, product.handle).toBeGreaterThanOrEqual(2);
      expect(count, product.handle).toBeLessThanOrEqual(6);
    }
    const skus = allVariants.map(({ variant }) => variant.sku);
    expect(new Set(skus).size).toBe(skus.length);
  });

  it('prices every variant in usd and cny at a sensible exchange rate and price ending', () => {
    for (const { product, variant } of allVariants) {
      const { usd, cny } = variant.price;
      expect(usd, variant.sku).toBeGreaterThan(0);
      expect(cny, variant.sku).toBeGreaterThan(0);
      expect(cny / usd, `${product.handle} cny/usd`).toBeGreaterThan(6.5);
      expect(cny / usd, `${product.handle} cny/usd`).toBeLessThan(8);
      expect([0, 99], `${variant.sku} usd cents`).toContain(Math.round(usd * 100) % 100);
      expect(Number.isInteger(cny), `${variant.sku} cny is whole yuan`).toBe(true);
    }
  });

  it('gives every product at least two images and a description', () => {
    for (const product of catalogProducts) {
      expect(product.imageCount, product.handle).toBeGreaterThanOrEqual(2);
      expect(product.description.length, product.handle).toBeGreaterThan(40);
    }
  });

  it('has a few sold-out products while most are in stock', () => {
    const soldOut = catalogProducts.filter((product) => product.stock === 0);
    expect(soldOut.length).toBeGreaterThanOrEqual(3);
    expect(soldOut.length).toBeLessThan(catalogProducts.length / 4);
  });

  it('only references option values it declares when overriding prices', () => {
    for (const product of catalogProducts) {
      const values = new Set(product.options.flatMap((option) => option.values));
      for (const value of Object.keys(product.priceFor ?? {}))
        expect(values, `${product.handle} ${value}`).toContain(value);
    }
  });
});

describe('catalogCategories', () => {
  it('covers exactly the category handles products use', () => {
    expect(catalogCategories.map((category) => category.handle).sort()).toEqual(
      [...CATEGORY_HANDLES].sort(),
    );
  });
});
