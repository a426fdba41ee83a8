import { randomUUID } from 'node:crypto';
import type { CreatorCard } from '@noteshop/contracts';
import { describe, expect, it } from 'vitest';
import type { CreatorCardsRepository } from '../creators/creator-cards.repository';
import type { NotificationRecord, NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const record = (actorCustomerId: string, second: number): NotificationRecord => {
  const id = randomUUID();
  const createdAt = `2026-11-25T01:00:${String(second).padStart(2, '0')}.000000Z`;
  return {
    id,
    type: 'like',
    actorCustomerId,
    note: null,
    commentId: null,
    createdAt: new Date(createdAt),
    read: false,
    position: { createdAt, key: id },
  };
};

const leeCard: CreatorCard = {
  id: randomUUID(),
  handle: 'lee_cooks',
  displayName: 'Lee',
  avatar: null,
};

function setUp(records: NotificationRecord[]) {
  const calls: { limit: number }[] = [];
  const repository: Pick<NotificationsRepository, 'listForRecipient' | 'countUnread' | 'markRead'> =
    {
      listForRecipient: async (_, slice) => {
        calls.push({ limit: slice.limit });
        return Promise.resolve(records.slice(0, slice.limit));
      },
      countUnread: async () => Promise.resolve(7),
      markRead: async () => Promise.resolve(0),
    };
  const cards: Pick<CreatorCardsRepository, 'findCardsByCustomerIds'> = {
    findCardsByCustomerIds: async () => Promise.resolve(new Map([['cus_lee', leeCard]])),
  };
  const sut = new NotificationsService(
    repository as NotificationsRepository,
    cards as CreatorCardsRepository,
  );
  return { sut, calls };
}

describe(NotificationsService.name, () => {
  it('shows creators by their card and other customers by the neutral shopper name', async () => {
    const { sut } = setUp([record('cus_lee', 2), record('cus_shopper', 1)]);

    const page = await sut.list('cus_mei', { limit: 20 });

    expect(page.items.map((item) => item.actor)).toEqual([
      leeCard,
      { displayName: 'NoteShop shopper' },
    ]);
    expect(page).toMatchObject({ nextCursor: null, unreadCount: 7 });
  });

  it('fetches one extra row to know there is a next page, and hands a cursor to it', async () => {
    const { sut, calls } = setUp([
      record('cus_lee', 3),
      record('cus_lee', 2),
      record('cus_lee', 1),
    ]);

    const page = await sut.list('cus_mei', { limit: 2 });

    expect(calls).toEqual([{ limit: 3 }]);
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
  });

  it('rejects a cursor that is not one of ours', async () => {
    const { sut } = setUp([]);

    await expect(sut.list('cus_mei', { cursor: 'bogus!', limit: 20 })).rejects.toMatchObject({
      code: 'notifications/invalid-cursor',
    });
  });
});
