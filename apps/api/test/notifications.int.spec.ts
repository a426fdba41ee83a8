import type {
  ApiError,
  CreatorProfile,
  Notification,
  NotificationPage,
  NotificationsReadResult,
} from '@noteshop/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, type Database } from '../src/database/database.tokens';
import { media } from '../src/media/media.schema';
import { noteImages, notes } from '../src/notes/notes.schema';
import { notifications } from '../src/notifications/notifications.schema';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';

describe('notifications', () => {
  let api: BootedApi;
  let db: Database;
  let mei: TestCustomer;
  let lee: TestCustomer;
  let fan: TestCustomer;
  let noteId: string;
  let coverId: string;

  const inbox = (customer: TestCustomer, query = '') =>
    api.request({ url: `/api/me/notifications${query}`, headers: customer.headers });

  const markRead = (customer: TestCustomer | null, payload: Record<string, unknown>) =>
    api.request({
      method: 'POST',
      url: '/api/me/notifications/read',
      headers: customer?.headers ?? {},
      payload,
    });

  async function allItems(customer: TestCustomer): Promise<Notification[]> {
    const items: Notification[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${cursor}` : '';
      const response = await inbox(customer, `?limit=2${suffix}`);
      expect(response.statusCode).toBe(200);
      const page = response.json<NotificationPage>();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    api = await bootApi('notifications');
    db = api.app.get<Database>(DATABASE);
    [mei, lee, fan] = await Promise.all([
      registerCustomer('Mei'),
      registerCustomer('Lee'),
      registerCustomer('Fan'),
    ]);
    for (const [customer, handle] of [
      [mei, 'mei_travels'],
      [lee, 'lee_cooks'],
    ] as const) {
      const response = await api.request({
        method: 'POST',
        url: '/api/me/creator',
        headers: customer.headers,
        payload: { handle, displayName: handle },
      });
      expect(response.statusCode).toBe(201);
    }
    const meiCreator = (
      await api.request({ url: '/api/me/creator', headers: mei.headers })
    ).json<CreatorProfile>();

    // Mei's note with a cover, as the notes domain stores it.
    const [cover] = await db
      .insert(media)
      .values({
        ownerCustomerId: mei.customerId,
        sourceMime: 'image/jpeg',
        width: 1080,
        height: 1350,
        variants: [{ width: 320, height: 400, key: 'cover/320.webp', bytes: 9000 }],
        dominantColor: '#d8c3b0',
      })
      .returning({ id: media.id });
    const [note] = await db
      .insert(notes)
      .values({
        creatorId: meiCreator.id,
        status: 'published',
        title: 'Kyoto in the rain',
        category: 'travel',
        language: 'en',
      })
      .returning({ id: notes.id });
    if (!cover || !note) throw new Error('fixture rows missing');
    coverId = cover.id;
    noteId = note.id;
    await db.insert(noteImages).values({ noteId, position: 0, mediaId: coverId });

    // A follow through the api; likes, comments and mentions as engagement writes them, all
    // in one instant so the page cursor has to break ties by id.
    expect(
      (
        await api.request({
          method: 'PUT',
          url: '/api/creators/mei_travels/follow',
          headers: fan.headers,
        })
      ).statusCode,
    ).toBe(200);
    const sameInstant = new Date(Date.now() + 1000);
    await db.insert(notifications).values([
      {
        recipientCustomerId: mei.customerId,
        type: 'like',
        actorCustomerId: lee.customerId,
        noteId,
        createdAt: sameInstant,
      },
      {
        recipientCustomerId: mei.customerId,
        type: 'comment',
        actorCustomerId: fan.customerId,
        noteId,
        commentId: '11111111-1111-4111-8111-111111111111',
        createdAt: sameInstant,
      },
      {
        recipientCustomerId: mei.customerId,
        type: 'mention',
        actorCustomerId: lee.customerId,
        noteId: '22222222-2222-4222-8222-222222222222',
        createdAt: sameInstant,
      },
      {
        recipientCustomerId: mei.customerId,
        type: 'reply',
        actorCustomerId: lee.customerId,
        noteId,
        commentId: '33333333-3333-4333-8333-333333333333',
        createdAt: sameInstant,
      },
      // Someone else's, which Mei must never see.
      {
        recipientCustomerId: lee.customerId,
        type: 'like',
        actorCustomerId: mei.customerId,
        noteId,
      },
    ]);
  });

  afterAll(async () => {
    await api.close();
  });

  it('is 401 without a token', async () => {
    expect((await api.request('/api/me/notifications')).statusCode).toBe(401);
    expect((await markRead(null, {})).statusCode).toBe(401);
  });

  it('is 400 for a cursor that is not ours or a bad limit', async () => {
    const notOurs = Buffer.from('["2026-01-01T00:00:00.000000Z","nope"]').toString('base64url');
    for (const query of ['?cursor=%25%25', `?cursor=${notOurs}`, '?limit=51']) {
      const response = await inbox(mei, query);
      expect(response.statusCode).toBe(400);
    }
    const response = await inbox(mei, '?cursor=bogus!');
    expect(response.json<ApiError>().error.code).toBe('notifications/invalid-cursor');
  });

  it('is 400 for ids that are not UUIDs, or an empty list', async () => {
    expect((await markRead(mei, { ids: ['nope'] })).statusCode).toBe(400);
    expect((await markRead(mei, { ids: [] })).statusCode).toBe(400);
  });

  it('lists my notifications newest first across pages, with actors, notes and unread count', async () => {
    const first = (await inbox(mei)).json<NotificationPage>();
    expect(first.unreadCount).toBe(5);

    const items = await allItems(mei);
    expect(items).toHaveLength(5);
    expect(new Set(items.map((item) => item.id)).size).toBe(5);
    expect(items.at(-1)).toMatchObject({
      type: 'follow',
      actor: { displayName: 'NoteShop shopper' },
      note: null,
      read: false,
    });

    const like = items.find((item) => item.type === 'like');
    expect(like?.actor).toMatchObject({ handle: 'lee_cooks', displayName: 'lee_cooks' });
    expect(like?.note).toMatchObject({ id: noteId, title: 'Kyoto in the rain' });
    expect(like?.note?.cover?.id).toBe(coverId);
    expect(like?.note?.cover?.renditions[0]?.url).toBe(
      `${api.env.MEDIA_PUBLIC_BASE_URL}/cover/320.webp`,
    );
    const comment = items.find((item) => item.type === 'comment');
    expect(comment).toMatchObject({
      actor: { displayName: 'NoteShop shopper' },
      commentId: '11111111-1111-4111-8111-111111111111',
    });
    // A mention on a note that no longer exists still shows, without the note.
    expect(items.find((item) => item.type === 'mention')?.note).toBeNull();
  });

  it("ignores someone else's ids and marks only mine", async () => {
    const mine = (await inbox(mei)).json<NotificationPage>().items;
    const stolen = await markRead(lee, { ids: mine.map((item) => item.id) });
    expect(stolen.statusCode).toBe(200);
    expect(stolen.json<NotificationsReadResult>()).toEqual({ marked: 0, unreadCount: 1 });
    expect((await inbox(mei)).json<NotificationPage>().unreadCount).toBe(5);
  });

  it('marks the given notifications read, then all of them', async () => {
    const [newest, second] = (await inbox(mei)).json<NotificationPage>().items;
    if (!newest || !second) throw new Error('expected notifications');

    const some = await markRead(mei, { ids: [newest.id, second.id] });
    expect(some.statusCode).toBe(200);
    expect(some.json<NotificationsReadResult>()).toEqual({ marked: 2, unreadCount: 3 });
    const again = await markRead(mei, { ids: [newest.id] });
    expect(again.json<NotificationsReadResult>()).toEqual({ marked: 0, unreadCount: 3 });

    const page = (await inbox(mei)).json<NotificationPage>();
    expect(page.unreadCount).toBe(3);
    expect(
      page.items
        .filter((item) => item.read)
        .map((item) => item.id)
        .sort(),
    ).toEqual([newest.id, second.id].sort());

    const all = await markRead(mei, {});
    expect(all.json<NotificationsReadResult>()).toEqual({ marked: 3, unreadCount: 0 });
    expect((await inbox(mei)).json<NotificationPage>().items.every((item) => item.read)).toBe(true);
    // Lee's own notification is untouched.
    expect((await inbox(lee)).json<NotificationPage>().unreadCount).toBe(1);
  });
});
