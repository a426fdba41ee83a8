import type {
  ApiError,
  NoteCard,
  NoteCardPage,
  ProductCard,
  ProductCardPage,
} from '@noteshop/contracts';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CatalogReconcilerService } from '../src/catalog/catalog-reconciler.service';
import { PG_POOL } from '../src/database/database.tokens';
import { HotScoreRepairService } from '../src/feed/hot-score-repair.service';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';
import { FeedFixtures, hoursAgo, type FixtureCreator } from './support/feed-fixtures';

describe('feeds', () => {
  let api: BootedApi;
  let pool: Pool;
  let fixtures: FeedFixtures;
  let viewer: TestCustomer;
  let products: ProductCard[];
  let mei: FixtureCreator;
  let jess: FixtureCreator;
  let viewerCreator: FixtureCreator;

  const get = (url: string, headers: Record<string, string> = {}) =>
    api.request({ method: 'GET', url, headers });

  async function page(url: string, headers: Record<string, string> = {}): Promise<NoteCardPage> {
    const response = await get(url, headers);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NoteCardPage>();
  }

  /** Every page of a list, checking that no note shows up twice. */
  async function everyPage(
    url: string,
    headers: Record<string, string> = {},
    limit = 7,
  ): Promise<NoteCard[]> {
    const items: NoteCard[] = [];
    let cursor: string | null = null;
    const separator = url.includes('?') ? '&' : '?';
    do {
      const suffix: string = cursor ? `&cursor=${cursor}` : '';
      const next = await page(`${url}${separator}limit=${limit}${suffix}`, headers);
      items.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    return items;
  }

  const ids = (items: NoteCard[]) => items.map((item) => item.id);

  beforeAll(async () => {
    api = await bootApi('feed');
    pool = api.app.get<Pool>(PG_POOL);
    fixtures = new FeedFixtures(pool);
    const reconciler = api.app.get(CatalogReconcilerService);
    await vi.waitFor(
      async () => {
        await reconciler.whenIdle();
        const cards = (await get('/api/products?limit=10')).json<ProductCardPage>();
        expect(cards.items.length).toBe(10);
      },
      { timeout: 120_000, interval: 500 },
    );
    products = (await get('/api/products?limit=10')).json<ProductCardPage>().items;
    viewer = await registerCustomer('Feed viewer');
    mei = await fixtures.creator('mei_style');
    jess = await fixtures.creator('Jess_Travels');
    viewerCreator = await fixtures.creator('viewer_posts', viewer.customerId);
  });

  afterAll(async () => {
    await api.close();
  });

  describe('discover', () => {
    it('ranks a fresh note above an old one with the same engagement', async () => {
      const old = await fixtures.note({
        creator: mei,
        category: 'food',
        publishedAt: hoursAgo(24 * 5),
        likes: 40,
        saves: 5,
        comments: 2,
      });
      const fresh = await fixtures.note({
        creator: jess,
        category: 'food',
        publishedAt: hoursAgo(2),
        likes: 40,
        saves: 5,
        comments: 2,
      });
      const quiet = await fixtures.note({
        creator: jess,
        category: 'food',
        publishedAt: hoursAgo(3),
      });
      const listed = ids(await everyPage('/api/feed?tab=discover&category=food'));
      expect(listed.indexOf(fresh)).toBeLessThan(listed.indexOf(quiet));
      expect(listed.indexOf(quiet)).toBeLessThan(listed.indexOf(old));
      expect(listed).toEqual(expect.arrayContaining([old, fresh, quiet]));
    });

    it('repairs the rank of a published note whose hot score was never set', async () => {
      const ranked = await fixtures.note({
        creator: mei,
        category: 'home',
        publishedAt: hoursAgo(30),
      });
      const unscored = await fixtures.note({ creator: mei, category: 'home', likes: 50 });
      await pool.query('update notes set hot_score = 0 where id = $1', [unscored]);
      expect(ids(await everyPage('/api/feed?category=home')).at(-1)).toBe(unscored);

      expect(await api.app.get(HotScoreRepairService).repairNow()).toBeGreaterThanOrEqual(1);
      const listed = ids(await everyPage('/api/feed?category=home'));
      expect(listed.indexOf(unscored)).toBeLessThan(listed.indexOf(ranked));
    });

    it('lists one category on its own and defaults to discover', async () => {
      await fixtures.note({ creator: mei, category: 'home' });
      const home = await everyPage('/api/feed?category=home');
      expect(home.length).toBeGreaterThan(0);
      expect(home.every((card) => card.category === 'home')).toBe(true);
    });

    it('hydrates cover, images, creator, distinct products in tag order and counts', async () => {
      const [first, second] = products;
      const noteId = await fixtures.note({
        creator: mei,
        category: 'makeup',
        title: 'Glass skin in 3 steps',
        imageCount: 3,
        productIds: [second!.id, first!.id, second!.id],
        likes: 7,
        saves: 3,
        comments: 1,
      });
      const card = (await everyPage('/api/feed?category=makeup')).find((c) => c.id === noteId);
      expect(card).toMatchObject({
        title: 'Glass skin in 3 steps',
        imageCount: 3,
        category: 'makeup',
        language: 'en',
        counts: { likes: 7, saves: 3, comments: 1 },
        viewer: null,
        creator: { id: mei.id, handle: 'mei_style', displayName: 'Display mei_style' },
      });
      expect(card?.products.map((product) => product.id)).toEqual([second!.id, first!.id]);
      expect(card?.products[0]).toMatchObject({
        handle: second!.handle,
        title: second!.title,
        priceRanges: second!.priceRanges,
        inStock: second!.inStock,
      });
      expect(card?.cover.renditions.map((r) => r.width)).toEqual([320, 640, 1080]);
      expect(card?.cover.renditions[0]?.url).toBe(
        `${api.env.MEDIA_PUBLIC_BASE_URL}/${card?.cover.id}/320.webp`,
      );
      expect(card?.creator.avatar?.renditions.length).toBe(3);
    });
  });

  describe('following', () => {
    it('needs sign-in', async () => {
      const response = await get('/api/feed?tab=following');
      expect(response.statusCode).toBe(401);
      expect(response.json<ApiError>().error.code).toBe('feed/following-needs-sign-in');
    });

    it('lists notes by the creators I follow, newest first', async () => {
      const follower = await registerCustomer('Follower');
      const older = await fixtures.note({ creator: jess, publishedAt: hoursAgo(30) });
      const newer = await fixtures.note({ creator: jess, publishedAt: hoursAgo(1) });
      await fixtures.note({ creator: mei, publishedAt: hoursAgo(1) });
      expect((await page('/api/feed?tab=following', follower.headers)).items).toEqual([]);

      await fixtures.follow(follower.customerId, jess);
      const listed = await everyPage('/api/feed?tab=following', follower.headers, 2);
      expect(listed.every((card) => card.creator.id === jess.id)).toBe(true);
      expect(ids(listed).indexOf(newer)).toBeLessThan(ids(listed).indexOf(older));
      const times = listed.map((card) => Date.parse(card.publishedAt!));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });
  });

  describe('hashtags', () => {
    it('finds notes by hashtag, case-insensitively, Chinese included', async () => {
      const ootd = await fixtures.note({ creator: mei, hashtags: ['ootd', '穿搭'] });
      const commute = await fixtures.note({ creator: jess, hashtags: ['穿搭', '通勤'] });
      await fixtures.note({ creator: jess, hashtags: ['skincare'] });

      expect(ids(await everyPage('/api/hashtags/OOTD/notes'))).toEqual([ootd]);
      expect(ids(await everyPage(`/api/hashtags/${encodeURIComponent('穿搭')}/notes`))).toEqual([
        commute,
        ootd,
      ]);
      expect((await page('/api/hashtags/nobody-uses-this/notes')).items).toEqual([]);
    });

    it('refuses a tag with a # or a space', async () => {
      const response = await get(`/api/hashtags/${encodeURIComponent('a b')}/notes`);
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiError>().error.code).toBe('request/validation-failed');
    });
  });

  describe('creator and product lists', () => {
    it("lists a creator's published notes, handle case-insensitive", async () => {
      const creator = await fixtures.creator('list_me');
      const first = await fixtures.note({ creator, publishedAt: hoursAgo(10) });
      const second = await fixtures.note({ creator, publishedAt: hoursAgo(5) });
      expect(ids(await everyPage('/api/creators/LIST_ME/notes', {}, 1))).toEqual([second, first]);
    });

    it('answers 404 for an unknown creator', async () => {
      const response = await get('/api/creators/nobody_here/notes');
      expect(response.statusCode).toBe(404);
      expect(response.json<ApiError>().error.code).toBe('creators/not-found');
    });

    it('lists the notes that tag a product', async () => {
      const product = products[5]!;
      const tagging = await fixtures.note({ creator: mei, productIds: [product.id] });
      const alsoTagging = await fixtures.note({
        creator: jess,
        productIds: [products[6]!.id, product.id],
        publishedAt: hoursAgo(48),
      });
      await fixtures.note({ creator: jess, productIds: [products[7]!.id] });
      expect(ids(await everyPage(`/api/products/${product.handle}/notes`))).toEqual([
        tagging,
        alsoTagging,
      ]);
    });

    it('answers 404 for an unknown product handle', async () => {
      const response = await get('/api/products/no-such-product/notes');
      expect(response.statusCode).toBe(404);
      expect(response.json<ApiError>().error.code).toBe('catalog/product-not-found');
    });
  });

  it('never shows hidden or draft notes', async () => {
    const creator = await fixtures.creator('secretive');
    const product = products[8]!;
    const common = { creator, hashtags: ['secret'], productIds: [product.id], likes: 900 };
    const draft = await fixtures.note({ ...common, status: 'draft' });
    const hidden = await fixtures.note({ ...common, status: 'hidden' });
    const hiddenLater = await fixtures.note(common);
    await fixtures.setStatus(hiddenLater, 'hidden');
    const follower = await registerCustomer('Secret follower');
    await fixtures.follow(follower.customerId, creator);

    const lists = [
      '/api/feed',
      '/api/feed?tab=following',
      '/api/hashtags/secret/notes',
      '/api/creators/secretive/notes',
      `/api/products/${product.handle}/notes`,
    ];
    for (const url of lists) {
      const listed = ids(await everyPage(url, follower.headers, 50));
      expect(listed, url).not.toContain(draft);
      expect(listed, url).not.toContain(hidden);
      expect(listed, url).not.toContain(hiddenLater);
    }
  });

  describe('pagination while notes are published', () => {
    it('never repeats or skips a discover note', async () => {
      const creator = await fixtures.creator('busy_poster');
      for (let index = 0; index < 9; index++)
        await fixtures.note({
          creator,
          category: 'fitness',
          publishedAt: hoursAgo(index * 7),
          likes: (index * 37) % 11,
        });
      const before = ids(await everyPage('/api/feed?category=fitness', {}, 50));

      const first = await page('/api/feed?category=fitness&limit=4');
      // One note that ranks first and one that ranks last arrive between page 1 and page 2.
      const top = await fixtures.note({ creator, category: 'fitness', likes: 5000 });
      const bottom = await fixtures.note({
        creator,
        category: 'fitness',
        publishedAt: hoursAgo(24 * 29),
      });
      const rest: NoteCard[] = [];
      let cursor = first.nextCursor;
      while (cursor) {
        const next = await page(`/api/feed?category=fitness&limit=4&cursor=${cursor}`);
        rest.push(...next.items);
        cursor = next.nextCursor;
      }
      const seen = [...ids(first.items), ...ids(rest)];
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).not.toContain(top);
      expect(seen.filter((id) => id !== bottom)).toEqual(before);
    });

    it('never repeats or skips a newest-first note', async () => {
      const creator = await fixtures.creator('steady_poster');
      for (let index = 0; index < 6; index++)
        await fixtures.note({ creator, publishedAt: hoursAgo(index + 1) });
      const before = ids(await everyPage('/api/creators/steady_poster/notes', {}, 50));
      const first = await page('/api/creators/steady_poster/notes?limit=3');
      const newest = await fixtures.note({ creator });
      const second = await page(
        `/api/creators/steady_poster/notes?limit=3&cursor=${first.nextCursor}`,
      );
      expect([...ids(first.items), ...ids(second.items)]).toEqual(before);
      expect(second.nextCursor).toBeNull();
      expect(ids((await page('/api/creators/steady_poster/notes?limit=3')).items)[0]).toBe(newest);
    });
  });

  it('tells a signed-in viewer what they liked, saved and own; null when anonymous', async () => {
    const creator = await fixtures.creator('viewer_state');
    const liked = await fixtures.note({ creator, likes: 1 });
    const saved = await fixtures.note({ creator, saves: 1 });
    const untouched = await fixtures.note({ creator });
    await fixtures.like(liked, viewer.customerId);
    await fixtures.save(saved, viewer.customerId);
    const own = await fixtures.note({ creator: viewerCreator });

    const cards = await everyPage('/api/feed', viewer.headers, 50);
    const stateOf = (id: string) => cards.find((card) => card.id === id)?.viewer;
    expect(stateOf(liked)).toEqual({ liked: true, saved: false, isOwner: false });
    expect(stateOf(saved)).toEqual({ liked: false, saved: true, isOwner: false });
    expect(stateOf(untouched)).toEqual({ liked: false, saved: false, isOwner: false });
    expect(stateOf(own)).toEqual({ liked: false, saved: false, isOwner: true });

    const anonymous = await everyPage('/api/creators/viewer_state/notes');
    expect(anonymous.every((card) => card.viewer === null)).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      ['not base64', '/api/feed?cursor=%25%25%25'],
      ['not a cursor', `/api/feed?cursor=${Buffer.from('{"a":1}').toString('base64url')}`],
      [
        "another list's cursor",
        `/api/feed?cursor=${Buffer.from(JSON.stringify(['newest', 1, '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
      ],
      ['a bad hashtag cursor', '/api/hashtags/ootd/notes?cursor=abc'],
    ])('answers 400 feed/invalid-cursor for %s', async (_, url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiError>().error.code).toBe('feed/invalid-cursor');
    });

    it.each(['limit=0', 'limit=51', 'limit=ten', 'tab=trending', 'category=cars'])(
      'answers 400 for %s',
      async (query) => {
        const response = await get(`/api/feed?${query}`);
        expect(response.statusCode).toBe(400);
        expect(response.json<ApiError>().error.code).toBe('request/validation-failed');
      },
    );

    it('answers 401 for a bad token even though sign-in is optional', async () => {
      const response = await get('/api/feed', { authorization: 'Bearer not-a-jwt' });
      expect(response.statusCode).toBe(401);
    });
  });

  it('hydrates a page in the same number of queries for 5 and for 20 notes', async () => {
    const creators = [await fixtures.creator('batch_one'), await fixtures.creator('batch_two')];
    for (let index = 0; index < 22; index++)
      await fixtures.note({
        creator: creators[index % 2]!,
        category: 'travel',
        imageCount: 2,
        productIds: [products[index % 10]!.id, products[(index + 3) % 10]!.id],
        likes: index,
      });

    const originalQuery = pool.query.bind(pool);
    let queries = 0;
    const counting = ((...args: Parameters<Pool['query']>) => {
      queries++;
      return (originalQuery as (...a: unknown[]) => unknown)(...args);
    }) as Pool['query'];
    const countQueries = async (limit: number) => {
      queries = 0;
      const result = await page(`/api/feed?category=travel&limit=${limit}`, viewer.headers);
      expect(result.items).toHaveLength(limit);
      return queries;
    };
    pool.query = counting;
    try {
      const forFive = await countQueries(5);
      const forTwenty = await countQueries(20);
      expect(forFive).toBe(forTwenty);
      // One query lists the page, one hydrates it.
      expect(forTwenty).toBe(2);
    } finally {
      pool.query = originalQuery;
    }
  });
});
