import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { notes } from '../notes/notes.schema';

export const likes = pgTable(
  'likes',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    customerId: text('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.noteId, table.customerId] }),
    index('likes_customer_idx').on(table.customerId, table.createdAt.desc()),
  ],
);

export const boardVisibility = pgEnum('board_visibility', ['private', 'public']);

/** A collection of saved notes. Every customer gets one default "Saved" board on first save. */
export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerCustomerId: text('owner_customer_id').notNull(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    visibility: boardVisibility('visibility').notNull().default('private'),
    noteCount: integer('note_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('boards_owner_name_key').on(table.ownerCustomerId, sql`lower(${table.name})`),
    uniqueIndex('boards_one_default_key')
      .on(table.ownerCustomerId)
      .where(sql`${table.isDefault}`),
  ],
);

export const boardSaves = pgTable(
  'board_saves',
  {
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    // Denormalised owner, so "did the viewer save this note?" needs no join.
    customerId: text('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.boardId, table.noteId] }),
    index('board_saves_customer_note_idx').on(table.customerId, table.noteId),
    index('board_saves_board_idx').on(table.boardId, table.createdAt.desc()),
  ],
);

/** Comments are two levels deep: a reply's parent is always a top-level comment. */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    authorCustomerId: text('author_customer_id').notNull(),
    body: text('body').notNull(),
    mentions: text('mentions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    replyCount: integer('reply_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    hidden: boolean('hidden').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('comments_note_idx').on(table.noteId, table.parentId, table.createdAt, table.id),
    index('comments_parent_idx').on(table.parentId, table.createdAt, table.id),
  ],
);

export const reportTarget = pgEnum('report_target', ['note', 'comment']);

/** One report per person per note or comment; enough reports hide the target. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterCustomerId: text('reporter_customer_id').notNull(),
    targetType: reportTarget('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    reason: text('reason').notNull(),
    details: text('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('reports_once_key').on(table.reporterCustomerId, table.targetType, table.targetId),
  ],
);
