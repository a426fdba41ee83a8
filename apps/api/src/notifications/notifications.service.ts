import { Injectable } from '@nestjs/common';
import {
  SHOPPER_DISPLAY_NAME,
  type MarkNotificationsRead,
  type NotificationPage,
  type NotificationsReadResult,
  type PageQuery,
} from '@noteshop/contracts';
import { z } from 'zod';
import { CreatorCardsRepository } from '../creators/creator-cards.repository';
import { decodePageCursor, encodePageCursor, type PagePosition } from '../creators/page-cursor';
import { NotificationsError } from './notifications.error';
import { NotificationsRepository } from './notifications.repository';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly creatorCards: CreatorCardsRepository,
  ) {}

  async list(customerId: string, query: PageQuery): Promise<NotificationPage> {
    const after = decodeCursor(query.cursor);
    const [records, unreadCount] = await Promise.all([
      this.notifications.listForRecipient(customerId, { after, limit: query.limit + 1 }),
      this.notifications.countUnread(customerId),
    ]);
    const page = records.slice(0, query.limit);
    const last = page.at(-1);
    const actors = await this.creatorCards.findCardsByCustomerIds(
      page.map((record) => record.actorCustomerId),
    );
    return {
      items: page.map((record) => ({
        id: record.id,
        type: record.type,
        // Shoppers who are not creators have no public name; clients translate this one.
        actor: actors.get(record.actorCustomerId) ?? { displayName: SHOPPER_DISPLAY_NAME },
        note: record.note,
        commentId: record.commentId,
        createdAt: record.createdAt.toISOString(),
        read: record.read,
      })),
      nextCursor: records.length > query.limit && last ? encodePageCursor(last.position) : null,
      unreadCount,
    };
  }

  async markRead(
    customerId: string,
    { ids }: MarkNotificationsRead,
  ): Promise<NotificationsReadResult> {
    // Ids of other people's notifications match nothing: the update is scoped to the caller.
    const marked = await this.notifications.markRead(customerId, ids);
    return { marked, unreadCount: await this.notifications.countUnread(customerId) };
  }
}

function decodeCursor(cursor: string | undefined): PagePosition | null {
  if (cursor === undefined) return null;
  const position = decodePageCursor(cursor);
  if (!position || !z.uuid().safeParse(position.key).success) {
    throw NotificationsError.invalidCursor();
  }
  return position;
}
