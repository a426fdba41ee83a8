import {
  type CurrencyCode,
  type Money,
  type PriceRange,
  type ProductCard,
  ProductCategory,
  type ProductCardVariant,
} from '@noteshop/contracts';
import type { MedusaStoreProduct, MedusaStoreVariant } from './medusa-product';
import { toMinorUnits } from './money';

/** A product card plus when commerce created the product (the list's sort key). */
export type SyncedProductCard = ProductCard & { createdAt: string };

/** One store-API answer: the same products, priced in one region's currency. */
export interface RegionalProducts {
  currencyCode: CurrencyCode;
  products: MedusaStoreProduct[];
}

/** A variant can be bought when stock is not tracked, backorders are allowed, or units are left. */
export function isVariantInStock(variant: MedusaStoreVariant): boolean {
  return (
    variant.manage_inventory === false ||
    variant.allow_backorder === true ||
    (variant.inventory_quantity ?? 0) > 0
  );
}

// Sub-categories such as `fashion-dresses` count as their top-level category.
function categoryOf(product: MedusaStoreProduct): ProductCategory | null {
  for (const { handle } of product.categories ?? []) {
    const category = ProductCategory.options.find(
      (name) => handle === name || handle.startsWith(`${name}-`),
    );
    if (category) return category;
  }
  return null;
}

function optionsOf(variant: MedusaStoreVariant): Record<string, string> {
  const options: Record<string, string> = {};
  for (const { value, option } of variant.options ?? []) {
    if (option) options[option.title] = value;
  }
  return options;
}

function priceOf(variant: MedusaStoreVariant, currencyCode: CurrencyCode): Money | null {
  const price = variant.calculated_price;
  // No price in this region, or a price list in another currency: the variant is not sold here.
  if (price?.calculated_amount == null) return null;
  if (price.currency_code && price.currency_code.toLowerCase() !== currencyCode) return null;
  return { amount: toMinorUnits(price.calculated_amount, currencyCode), currencyCode };
}

function priceRangesOf(variants: ProductCardVariant[], currencies: CurrencyCode[]): PriceRange[] {
  return currencies.flatMap((currencyCode) => {
    const amounts = variants.flatMap((variant) =>
      variant.prices
        .filter((price) => price.currencyCode === currencyCode)
        .map((price) => price.amount),
    );
    return amounts.length === 0
      ? []
      : [{ currencyCode, min: Math.min(...amounts), max: Math.max(...amounts) }];
  });
}

const isoTimestamp = (value: string) => new Date(value).toISOString();

/**
 * Merges the per-region store answers into one card per product. The answers may list products
 * in any order and may disagree on which products exist (a product published between two calls),
 * so products are matched by id and a product seen in any answer gets a card.
 */
export function toProductCards(answers: RegionalProducts[]): SyncedProductCard[] {
  const currencies = [...new Set(answers.map((answer) => answer.currencyCode))];
  const base = new Map<string, MedusaStoreProduct>();
  const prices = new Map<string, Money[]>();
  for (const { currencyCode, products } of answers) {
    for (const product of products) {
      if (!base.has(product.id)) base.set(product.id, product);
      for (const variant of product.variants ?? []) {
        const price = priceOf(variant, currencyCode);
        if (price) prices.set(variant.id, [...(prices.get(variant.id) ?? []), price]);
      }
    }
  }

  return [...base.values()].map((product) => {
    const variants = (product.variants ?? []).map((variant) => ({
      id: variant.id,
      title: variant.title ?? '',
      options: optionsOf(variant),
      prices: prices.get(variant.id) ?? [],
      inStock: isVariantInStock(variant),
    }));
    const images = (product.images ?? []).map((image) => image.url);
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      description: product.description || null,
      thumbnail: product.thumbnail || images[0] || null,
      images,
      category: categoryOf(product),
      priceRanges: priceRangesOf(variants, currencies),
      inStock: variants.some((variant) => variant.inStock),
      variants,
      updatedAt: isoTimestamp(product.updated_at),
      createdAt: isoTimestamp(product.created_at),
    };
  });
}
