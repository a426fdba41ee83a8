import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { creators } from '../creators/creators.schema';
import { media } from '../media/media.schema';

export const noteStatus = pgEnum('note_status', ['draft', 'published', 'hidden']);

export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    status: noteStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    category: text('category').notNull(),
    language: text('language').notNull(),
    locationName: text('location_name'),
    // Parsed from the body on every write; lower-cased, without the # or @.
    hashtags: text('hashtags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    mentions: text('mentions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    likeCount: integer('like_count').notNull().default(0),
    saveCount: integer('save_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    // Engagement decayed by age; recomputed on engagement and by a periodic job.
    hotScore: doublePrecision('hot_score').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('notes_published_idx')
      .on(table.publishedAt.desc(), table.id.desc())
      .where(sql`${table.status} = 'published'`),
    index('notes_published_category_idx')
      .on(table.category, table.publishedAt.desc(), table.id.desc())
      .where(sql`${table.status} = 'published'`),
    index('notes_hot_idx')
      .on(table.hotScore.desc(), table.id.desc())
      .where(sql`${table.status} = 'published'`),
    index('notes_creator_idx').on(table.creatorId, table.publishedAt.desc(), table.id.desc()),
    index('notes_hashtags_idx').using('gin', table.hashtags),
  ],
);

/** The note's images, in carousel order (position 0 is the cover). */
export const noteImages = pgTable(
  'note_images',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.noteId, table.position] })],
);

/** A product tagged in a note, optionally pinned as a hotspot on one of its images (x, y in %). */
export const noteProductTags = pgTable(
  'note_product_tags',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id'),
    imageIndex: smallint('image_index'),
    x: real('x'),
    y: real('y'),
  },
  (table) => [
    primaryKey({ columns: [table.noteId, table.position] }),
    index('note_product_tags_product_idx').on(table.productId),
  ],
);
