import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const notificationType = pgEnum('notification_type', [
  'like',
  'comment',
  'reply',
  'follow',
  'mention',
]);

/** Something that happened to a person's notes, comments or profile. Written with the action. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientCustomerId: text('recipient_customer_id').notNull(),
    type: notificationType('type').notNull(),
    actorCustomerId: text('actor_customer_id').notNull(),
    noteId: uuid('note_id'),
    commentId: uuid('comment_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('notifications_recipient_idx').on(
      table.recipientCustomerId,
      table.createdAt.desc(),
      table.id.desc(),
    ),
  ],
);
