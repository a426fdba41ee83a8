import { z } from 'zod';
import { Money, PriceRange } from './money.js';

export const ProductCategory = z
  .enum(['fashion', 'makeup', 'travel'])
  .meta({ id: 'ProductCategory' });
export type ProductCategory = z.infer<typeof ProductCategory>;

export const ProductCardVariant = z
  .object({
    id: z.string(),
    title: z.string(),
    options: z.record(z.string(), z.string()).describe('Option title → value, e.g. { Size: "M" }'),
    prices: z.array(Money),
    inStock: z.boolean(),
  })
  .meta({ id: 'ProductCardVariant' });
export type ProductCardVariant = z.infer<typeof ProductCardVariant>;

/** What the feed and the product page know about a commerce product, read from the api's cache. */
export const ProductCard = z
  .object({
    id: z.string().describe('Medusa product id'),
    handle: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    thumbnail: z.string().nullable(),
    images: z.array(z.string()),
    category: ProductCategory.nullable(),
    priceRanges: z.array(PriceRange).describe('One range per region currency'),
    inStock: z.boolean().describe('True when at least one variant can be bought'),
    variants: z.array(ProductCardVariant),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ProductCard' });
export type ProductCard = z.infer<typeof ProductCard>;

export const ProductListQuery = z
  .object({
    cursor: z.string().min(1).max(200).optional().describe('Opaque cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(60).default(24),
    category: ProductCategory.optional(),
  })
  .meta({ id: 'ProductListQuery' });
export type ProductListQuery = z.infer<typeof ProductListQuery>;

export const ProductCardPage = z
  .object({
    items: z.array(ProductCard),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page'),
  })
  .meta({ id: 'ProductCardPage' });
export type ProductCardPage = z.infer<typeof ProductCardPage>;

export const ProductHandleParam = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/, 'A product handle is lower-case letters, digits and dashes'),
  })
  .meta({ id: 'ProductHandleParam' });
