import { z } from 'zod';
import { PersonCard } from './creators.js';
import { Image } from './media.js';

export const NotificationType = z
  .enum(['like', 'comment', 'reply', 'follow', 'mention'])
  .meta({ id: 'NotificationType' });
export type NotificationType = z.infer<typeof NotificationType>;

/** The note a notification is about, enough to show a thumbnail and link to it. */
export const NotificationNote = z
  .object({ id: z.uuid(), title: z.string(), cover: Image.nullable() })
  .meta({ id: 'NotificationNote' });
export type NotificationNote = z.infer<typeof NotificationNote>;

export const Notification = z
  .object({
    id: z.uuid(),
    type: NotificationType,
    actor: PersonCard.describe('Who did it: a creator card, or a shopper with a neutral name'),
    note: NotificationNote.nullable().describe('Null for follows, or when the note is gone'),
    commentId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** Newest first. `unreadCount` counts every unread notification, not only this page's. */
export const NotificationPage = z
  .object({
    items: z.array(Notification),
    nextCursor: z.string().nullable(),
    unreadCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const MarkNotificationsRead = z
  .object({
    ids: z
      .array(z.uuid())
      .min(1)
      .max(100)
      .optional()
      .describe('The notifications to mark read; leave out to mark all of them read'),
  })
  .meta({ id: 'MarkNotificationsRead' });
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsRead>;

export const NotificationsReadResult = z
  .object({
    marked: z.number().int().nonnegative().describe('How many were unread and are now read'),
    unreadCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'NotificationsReadResult' });
export type NotificationsReadResult = z.infer<typeof NotificationsReadResult>;
