import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One stored rendition of an uploaded image. */
export interface MediaVariant {
  width: number;
  height: number;
  /** Key in the storage backend, e.g. `<media id>/640.webp`; served at `<MEDIA_PUBLIC_BASE_URL>/<key>`. */
  key: string;
  bytes: number;
}

/** An uploaded image, re-encoded to WebP at several widths. Owned by the customer who uploaded it. */
export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerCustomerId: text('owner_customer_id').notNull(),
    sourceMime: text('source_mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull(),
    dominantColor: text('dominant_color').notNull(),
    blurhash: text('blurhash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('media_owner_idx').on(table.ownerCustomerId, table.createdAt.desc())],
);
