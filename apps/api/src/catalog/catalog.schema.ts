import type { PriceRange, ProductCardVariant, ProductCategory } from '@noteshop/contracts';
import { boolean, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The api's copy of what the storefront shows about a commerce product; filled by the reconciler. */
export const productCards = pgTable(
  'product_cards',
  {
    productId: text('product_id').primaryKey(),
    handle: text('handle').notNull().unique(),
    title: text('title').notNull(),
    description: text('description'),
    thumbnail: text('thumbnail'),
    images: jsonb('images').$type<string[]>().notNull(),
    category: text('category').$type<ProductCategory>(),
    priceRanges: jsonb('price_ranges').$type<PriceRange[]>().notNull(),
    variants: jsonb('variants').$type<ProductCardVariant[]>().notNull(),
    inStock: boolean('in_stock').notNull(),
    commerceCreatedAt: timestamp('commerce_created_at', { withTimezone: true }).notNull(),
    commerceUpdatedAt: timestamp('commerce_updated_at', { withTimezone: true }).notNull(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Keyset pagination of the product list, newest first, optionally within one category.
    index('product_cards_newest_idx').on(table.commerceCreatedAt.desc(), table.productId.desc()),
    index('product_cards_category_newest_idx').on(
      table.category,
      table.commerceCreatedAt.desc(),
      table.productId.desc(),
    ),
  ],
);

export type ProductCardRow = typeof productCards.$inferSelect;
export type NewProductCardRow = typeof productCards.$inferInsert;

/** How far a sync has read another system, e.g. the newest commerce `updated_at` stored. */
export const syncWatermarks = pgTable('sync_watermarks', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
