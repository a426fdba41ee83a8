import type {
  ApiError,
  CreatorCardPage,
  CreatorProfile,
  FollowerPage,
  FollowState,
  NotificationPage,
} from '@noteshop/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, type Database } from '../src/database/database.tokens';
import { media } from '../src/media/media.schema';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';

describe('creators and follows', () => {
  let api: BootedApi;
  let db: Database;
  let mei: TestCustomer;
  let fan: TestCustomer;
  let stranger: TestCustomer;

  const errorCode = (body: string) => (JSON.parse(body) as ApiError).error.code;

  const becomeCreator = (customer: TestCustomer | null, payload: unknown) =>
    api.request({
      method: 'POST',
      url: '/api/me/creator',
      headers: customer?.headers ?? {},
      payload: payload as Record<string, unknown>,
    });

  const follow = (
    customer: TestCustomer | null,
    handle: string,
    method: 'PUT' | 'DELETE' = 'PUT',
  ) =>
    api.request({
      method,
      url: `/api/creators/${handle}/follow`,
      headers: customer?.headers ?? {},
    });

  /** A stored upload, as POST /api/media would leave it. */
  async function uploadedImage(owner: TestCustomer): Promise<string> {
    const [row] = await db
      .insert(media)
      .values({
        ownerCustomerId: owner.customerId,
        sourceMime: 'image/png',
        width: 640,
        height: 640,
        variants: [{ width: 320, height: 320, key: 'avatar/320.webp', bytes: 1000 }],
        dominantColor: '#aabbcc',
      })
      .returning({ id: media.id });
    if (!row) throw new Error('no media row');
    return row.id;
  }

  async function followerRows(handle: string): Promise<{ rows: number; counter: number }> {
    const result = await db.execute<{ rows: number; counter: number }>(sql`
      select (select count(*)::int from follows where creator_id = c.id) as rows,
             c.follower_count as counter
      from creators c where lower(c.handle) = lower(${handle})`);
    const [row] = result.rows;
    if (!row) throw new Error(`no creator ${handle}`);
    return row;
  }

  beforeAll(async () => {
    api = await bootApi('creators');
    db = api.app.get<Database>(DATABASE);
    [mei, fan, stranger] = await Promise.all([
      registerCustomer('Mei'),
      registerCustomer('Fan'),
      registerCustomer('Stranger'),
    ]);
  });

  afterAll(async () => {
    await api.close();
  });

  it('documents every creator, follow and notification route in the OpenAPI document', async () => {
    const document = (await api.request('/api/docs/json')).json<{
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    }>();
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/me/creator',
        'GET /api/me/creator',
        'PATCH /api/me/creator',
        'GET /api/me/following',
        'GET /api/creators/{handle}',
        'GET /api/creators/{handle}/followers',
        'PUT /api/creators/{handle}/follow',
        'DELETE /api/creators/{handle}/follow',
        'GET /api/me/notifications',
        'POST /api/me/notifications/read',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'CreatorProfileDto_Output',
        'PersonCard_Output',
        'Notification_Output',
      ]),
    );
  });

  describe('POST /api/me/creator', () => {
    it('is 401 without a token', async () => {
      const response = await becomeCreator(null, { handle: 'anon', displayName: 'Anon' });
      expect(response.statusCode).toBe(401);
    });

    it('is 400 for a handle with characters other than letters, digits and _', async () => {
      const response = await becomeCreator(mei, { handle: 'mei travels!', displayName: 'Mei' });
      expect(response.statusCode).toBe(400);
      expect(errorCode(response.body)).toBe('request/validation-failed');
    });

    it("is 400 for an avatar someone else uploaded, or that doesn't exist", async () => {
      const theirs = await uploadedImage(stranger);
      for (const avatarMediaId of [theirs, '00000000-0000-4000-8000-000000000000']) {
        const response = await becomeCreator(mei, {
          handle: 'Mei_Travels',
          displayName: 'Mei',
          avatarMediaId,
        });
        expect(response.statusCode).toBe(400);
        expect(errorCode(response.body)).toBe('creators/invalid-avatar');
      }
    });

    it('makes the customer a creator, with their own avatar, once', async () => {
      const avatarMediaId = await uploadedImage(mei);
      const response = await becomeCreator(mei, {
        handle: 'Mei_Travels',
        displayName: 'Mei',
        bio: 'Slow travel',
        avatarMediaId,
        languages: ['en', 'zh-CN'],
      });

      expect(response.statusCode).toBe(201);
      const profile = response.json<CreatorProfile>();
      expect(profile).toMatchObject({
        handle: 'Mei_Travels',
        displayName: 'Mei',
        bio: 'Slow travel',
        languages: ['en', 'zh-CN'],
        followerCount: 0,
        noteCount: 0,
        viewer: { following: false, isSelf: true },
      });
      expect(profile.avatar?.id).toBe(avatarMediaId);
      expect(profile.avatar?.renditions[0]?.url).toBe(
        `${api.env.MEDIA_PUBLIC_BASE_URL}/avatar/320.webp`,
      );

      const again = await becomeCreator(mei, { handle: 'mei_again', displayName: 'Mei' });
      expect(again.statusCode).toBe(409);
      expect(errorCode(again.body)).toBe('creators/already-creator');
    });

    it('is 409 for a handle taken in another case, naming it', async () => {
      const response = await becomeCreator(fan, { handle: 'MEI_TRAVELS', displayName: 'Copy' });
      expect(response.statusCode).toBe(409);
      const { error } = response.json<ApiError>();
      expect(error.code).toBe('creators/handle-taken');
      expect(error.message).toContain('MEI_TRAVELS');
    });

    it('gives a handle to exactly one of two customers claiming it at once', async () => {
      const [first, second] = await Promise.all([
        registerCustomer('Racer'),
        registerCustomer('Racer'),
      ]);
      const responses = await Promise.all(
        [first, second].map((racer) =>
          becomeCreator(racer, { handle: 'photo_finish', displayName: 'Racer' }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      const loser = responses.find((response) => response.statusCode === 409);
      expect(errorCode(loser?.body ?? '{}')).toBe('creators/handle-taken');
    });
  });

  describe('GET and PATCH /api/me/creator', () => {
    it('is 401 without a token', async () => {
      expect((await api.request('/api/me/creator')).statusCode).toBe(401);
      const patch = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        payload: { bio: 'x' },
      });
      expect(patch.statusCode).toBe(401);
    });

    it('is 404 for a customer who is not a creator', async () => {
      const response = await api.request({ url: '/api/me/creator', headers: stranger.headers });
      expect(response.statusCode).toBe(404);
      expect(errorCode(response.body)).toBe('creators/not-found');
      const patch = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        headers: stranger.headers,
        payload: { bio: 'x' },
      });
      expect(patch.statusCode).toBe(404);
    });

    it('returns my own profile', async () => {
      const response = await api.request({ url: '/api/me/creator', headers: mei.headers });
      expect(response.statusCode).toBe(200);
      expect(response.json<CreatorProfile>()).toMatchObject({
        handle: 'Mei_Travels',
        viewer: { isSelf: true },
      });
    });

    it('is 400 for an empty display name or someone else’s avatar', async () => {
      const empty = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        headers: mei.headers,
        payload: { displayName: '   ' },
      });
      expect(empty.statusCode).toBe(400);
      const theirs = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        headers: mei.headers,
        payload: { avatarMediaId: await uploadedImage(stranger) },
      });
      expect(theirs.statusCode).toBe(400);
      expect(errorCode(theirs.body)).toBe('creators/invalid-avatar');
    });

    it('changes only the fields sent, and only my own profile', async () => {
      const response = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        headers: mei.headers,
        payload: { bio: 'Slow travel, fast noodles' },
      });
      expect(response.statusCode).toBe(200);
      const profile = response.json<CreatorProfile>();
      expect(profile).toMatchObject({
        handle: 'Mei_Travels',
        displayName: 'Mei',
        bio: 'Slow travel, fast noodles',
        languages: ['en', 'zh-CN'],
      });
      expect(profile.avatar).not.toBeNull();

      const removed = await api.request({
        method: 'PATCH',
        url: '/api/me/creator',
        headers: mei.headers,
        payload: { avatarMediaId: null },
      });
      expect(removed.json<CreatorProfile>().avatar).toBeNull();
    });
  });

  describe('GET /api/creators/:handle', () => {
    it('is 400 for something that is not a handle, 404 for an unknown one', async () => {
      expect((await api.request('/api/creators/a')).statusCode).toBe(400);
      const unknown = await api.request('/api/creators/nobody_here');
      expect(unknown.statusCode).toBe(404);
      expect(errorCode(unknown.body)).toBe('creators/not-found');
    });

    it('shows the public profile to anyone, matching the handle in any case', async () => {
      const response = await api.request('/api/creators/mei_TRAVELS');
      expect(response.statusCode).toBe(200);
      expect(response.json<CreatorProfile>()).toMatchObject({
        handle: 'Mei_Travels',
        viewer: null,
      });
    });

    it('is 401 for a bad token even though the route is public', async () => {
      const response = await api.request({
        url: '/api/creators/mei_travels',
        headers: { authorization: 'Bearer not-a-token' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('follow and unfollow', () => {
    it('is 401 without a token', async () => {
      expect((await follow(null, 'mei_travels')).statusCode).toBe(401);
      expect((await follow(null, 'mei_travels', 'DELETE')).statusCode).toBe(401);
    });

    it('is 400 for following yourself, 404 for an unknown creator', async () => {
      const self = await follow(mei, 'mei_travels');
      expect(self.statusCode).toBe(400);
      expect(errorCode(self.body)).toBe('creators/cannot-follow-self');
      expect((await follow(fan, 'nobody_here')).statusCode).toBe(404);
      expect((await follow(fan, 'x')).statusCode).toBe(400);
    });

    it('follows idempotently, notifies the creator once, and unfollows idempotently', async () => {
      const first = await follow(fan, 'MEI_TRAVELS');
      expect(first.statusCode).toBe(200);
      expect(first.json<FollowState>()).toEqual({ following: true, followerCount: 1 });
      expect((await follow(fan, 'mei_travels')).json<FollowState>()).toEqual({
        following: true,
        followerCount: 1,
      });

      const profile = await api.request({ url: '/api/creators/mei_travels', headers: fan.headers });
      expect(profile.json<CreatorProfile>()).toMatchObject({
        followerCount: 1,
        viewer: { following: true, isSelf: false },
      });

      const inbox = await api.request({ url: '/api/me/notifications', headers: mei.headers });
      const follows = inbox.json<NotificationPage>().items.filter((item) => item.type === 'follow');
      expect(follows).toHaveLength(1);
      expect(follows[0]).toMatchObject({ actor: { displayName: 'NoteShop shopper' }, note: null });

      const gone = await follow(fan, 'mei_travels', 'DELETE');
      expect(gone.json<FollowState>()).toEqual({ following: false, followerCount: 0 });
      expect((await follow(fan, 'mei_travels', 'DELETE')).json<FollowState>()).toEqual({
        following: false,
        followerCount: 0,
      });
    });

    it('keeps follower_count exact under 50 customers following and unfollowing at once', async () => {
      const crowd: TestCustomer[] = [];
      for (let batch = 0; batch < 5; batch++) {
        crowd.push(
          ...(await Promise.all(Array.from({ length: 10 }, () => registerCustomer('Crowd')))),
        );
      }

      // Everyone follows twice at once: 50, not 100.
      const follows = await Promise.all(
        crowd.flatMap((customer) => [
          follow(customer, 'mei_travels'),
          follow(customer, 'mei_travels'),
        ]),
      );
      expect(follows.every((response) => response.statusCode === 200)).toBe(true);
      expect(await followerRows('mei_travels')).toEqual({ rows: 50, counter: 50 });

      // Half unfollow twice while the other half follow again: 25.
      const mixed = await Promise.all(
        crowd.flatMap((customer, index) =>
          index % 2 === 0
            ? [follow(customer, 'mei_travels', 'DELETE'), follow(customer, 'mei_travels', 'DELETE')]
            : [follow(customer, 'mei_travels'), follow(customer, 'mei_travels')],
        ),
      );
      expect(mixed.every((response) => response.statusCode === 200)).toBe(true);
      expect(await followerRows('mei_travels')).toEqual({ rows: 25, counter: 25 });
      const profile = await api.request('/api/creators/mei_travels');
      expect(profile.json<CreatorProfile>().followerCount).toBe(25);
    });
  });

  describe('follow lists', () => {
    const handles = ['lee_cooks', 'kai_lifts', 'ana_paints'];

    beforeAll(async () => {
      const creators = await Promise.all(handles.map((handle) => registerCustomer(handle)));
      for (const [index, creator] of creators.entries()) {
        const response = await becomeCreator(creator, {
          handle: handles[index],
          displayName: handles[index],
        });
        expect(response.statusCode).toBe(201);
      }
      // Followers of ana, oldest first: a creator (lee), then a shopper (fan).
      const [leeCustomer] = creators;
      if (!leeCustomer) throw new Error('no lee');
      expect((await follow(leeCustomer, 'ana_paints')).statusCode).toBe(200);
      for (const handle of handles) expect((await follow(fan, handle)).statusCode).toBe(200);
    });

    it('is 401 without a token for my following list', async () => {
      expect((await api.request('/api/me/following')).statusCode).toBe(401);
    });

    it('is 400 for a cursor that is not ours, or a limit out of range', async () => {
      for (const url of [
        '/api/me/following?cursor=bogus!',
        '/api/me/following?limit=0',
        `/api/me/following?cursor=${Buffer.from('["2026-01-01T00:00:00.000000Z","not-a-uuid"]').toString('base64url')}`,
      ]) {
        const response = await api.request({ url, headers: fan.headers });
        expect(response.statusCode).toBe(400);
      }
      const followers = await api.request('/api/creators/ana_paints/followers?cursor=%25%25');
      expect(followers.statusCode).toBe(400);
      expect(errorCode(followers.body)).toBe('creators/invalid-cursor');
    });

    it('pages through the creators I follow, most recent first', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${cursor}` : '';
        const response = await api.request({
          url: `/api/me/following?limit=2${suffix}`,
          headers: fan.headers,
        });
        expect(response.statusCode).toBe(200);
        const page = response.json<CreatorCardPage>();
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((card) => card.handle));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...handles].reverse());
    });

    it("lists a creator's followers, showing shoppers by a neutral name", async () => {
      const first = await api.request('/api/creators/ANA_PAINTS/followers?limit=1');
      expect(first.statusCode).toBe(200);
      const page = first.json<FollowerPage>();
      expect(page.items).toEqual([{ displayName: 'NoteShop shopper' }]);
      expect(page.nextCursor).not.toBeNull();

      const second = await api.request(
        `/api/creators/ana_paints/followers?limit=1&cursor=${page.nextCursor}`,
      );
      const rest = second.json<FollowerPage>();
      expect(rest.items).toEqual([expect.objectContaining({ handle: 'lee_cooks' })]);
      expect(rest.nextCursor).toBeNull();
      expect((await api.request('/api/creators/nobody_here/followers')).statusCode).toBe(404);
    });
  });
});
