import { Inject, Injectable } from '@nestjs/common';
import type { Image, NotificationType } from '@noteshop/contracts';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { createdAtText } from '../creators/created-at-text';
import type { PagePosition } from '../creators/page-cursor';
import { DATABASE, type Database } from '../database/database.tokens';
import { toImage } from '../media/media-image';
import { media } from '../media/media.schema';
import { noteImages, notes } from '../notes/notes.schema';
import { notifications } from './notifications.schema';

/** One stored notification, with the note it is about (null when there is none any more). */
export interface NotificationRecord {
  id: string;
  type: NotificationType;
  actorCustomerId: string;
  note: { id: string; title: string; cover: Image | null } | null;
  commentId: string | null;
  createdAt: Date;
  read: boolean;
  position: PagePosition;
}

@Injectable()
export class NotificationsRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(API_ENV) private readonly env: ApiEnv,
  ) {}

  /** Newest first, by (created_at desc, id desc), strictly after `after`: the recipient index. */
  async listForRecipient(
    recipientCustomerId: string,
    { after, limit }: { after: PagePosition | null; limit: number },
  ): Promise<NotificationRecord[]> {
    const rows = await this.db
      .select({
        notification: notifications,
        createdAtText: createdAtText(notifications.createdAt),
        note: { id: notes.id, title: notes.title },
        cover: media,
      })
      .from(notifications)
      .leftJoin(notes, eq(notes.id, notifications.noteId))
      .leftJoin(noteImages, and(eq(noteImages.noteId, notes.id), eq(noteImages.position, 0)))
      .leftJoin(media, eq(media.id, noteImages.mediaId))
      .where(
        and(
          eq(notifications.recipientCustomerId, recipientCustomerId),
          after
            ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after.createdAt}::timestamptz, ${after.key}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit);
    return rows.map(({ notification, createdAtText: createdAt, note, cover }) => ({
      id: notification.id,
      type: notification.type,
      actorCustomerId: notification.actorCustomerId,
      note: note
        ? {
            id: note.id,
            title: note.title,
            cover: cover ? toImage(cover, this.env.MEDIA_PUBLIC_BASE_URL) : null,
          }
        : null,
      commentId: notification.commentId,
      createdAt: notification.createdAt,
      read: notification.readAt !== null,
      position: { createdAt, key: notification.id },
    }));
  }

  async countUnread(recipientCustomerId: string): Promise<number> {
    const [row] = await this.db
      .select({ unread: count() })
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientCustomerId, recipientCustomerId),
          isNull(notifications.readAt),
        ),
      );
    return row?.unread ?? 0;
  }

  /** Marks the recipient's unread notifications read (only `ids`, when given); returns how many. */
  async markRead(recipientCustomerId: string, ids: string[] | undefined): Promise<number> {
    const marked = await this.db
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(
        and(
          eq(notifications.recipientCustomerId, recipientCustomerId),
          isNull(notifications.readAt),
          ids ? inArray(notifications.id, ids) : undefined,
        ),
      )
      .returning({ id: notifications.id });
    return marked.length;
  }
}
