export const CATEGORY_HANDLES = ['fashion', 'makeup', 'travel'] as const;
export type CategoryHandle = (typeof CATEGORY_HANDLES)[number];

/** Amounts in major units (19.99 = $19.99), as Medusa v2 stores prices. */
export interface Price {
  usd: number;
  cny: number;
}

export interface CatalogCategory {
  handle: CategoryHandle;
  name: string;
  description: string;
}

export interface CatalogOption {
  title: string;
  values: readonly string[];
}

export interface CatalogProduct {
  handle: string;
  title: string;
  category: CategoryHandle;
  description: string;
  /** First part of every variant SKU, unique per product. */
  skuPrefix: string;
  price: Price;
  /** Variants are every combination of these values, in order. */
  options: readonly CatalogOption[];
  /** A different price for the variants that carry this option value (e.g. a larger size). */
  priceFor?: Readonly<Record<string, Price>>;
  /** Units per variant at the warehouse; 0 makes the product sold out (no backorders). */
  stock: number;
  /** How many generated images the product gets; the first is its thumbnail. */
  imageCount: number;
}

export interface CatalogVariant {
  title: string;
  sku: string;
  options: Record<string, string>;
  price: Price;
  stock: number;
}

const skuPart = (value: string): string =>
  value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function combinations(options: readonly CatalogOption[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (partials, option) =>
      partials.flatMap((partial) =>
        option.values.map((value) => ({ ...partial, [option.title]: value })),
      ),
    [{}],
  );
}

/** Expands a product's options into its variants, with SKUs and prices. */
export function catalogVariants(product: CatalogProduct): CatalogVariant[] {
  return combinations(product.options).map((options) => {
    const values = product.options.map((option) => options[option.title] ?? '');
    const override = values
      .map((value) => product.priceFor?.[value])
      .find((price) => price !== undefined);
    return {
      title: values.join(' / '),
      sku: [product.skuPrefix, ...values.map(skuPart)].join('-'),
      options,
      price: override ?? product.price,
      stock: product.stock,
    };
  });
}
