import { sql } from 'drizzle-orm';
import { media } from '../media/media.schema';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A customer who posts notes. One per Medusa customer; the handle is unique case-insensitively. */
export const creators = pgTable(
  'creators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: text('customer_id').notNull().unique(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    bio: text('bio').notNull().default(''),
    avatarMediaId: uuid('avatar_media_id').references(() => media.id, { onDelete: 'set null' }),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Denormalised counters, only ever changed in the same transaction as the rows they count.
    followerCount: integer('follower_count').notNull().default(0),
    noteCount: integer('note_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('creators_handle_lower_key').on(sql`lower(${table.handle})`)],
);

/** A customer following a creator. Any customer may follow; only creators are followed. */
export const follows = pgTable(
  'follows',
  {
    followerCustomerId: text('follower_customer_id').notNull(),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.followerCustomerId, table.creatorId] }),
    index('follows_creator_idx').on(table.creatorId, table.createdAt.desc()),
  ],
);
