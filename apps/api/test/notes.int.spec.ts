import { randomUUID } from 'node:crypto';
import type {
  ApiError,
  MyNoteCardPage,
  NoteCreate,
  NoteDetail,
  ProductCard,
} from '@noteshop/contracts';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogReconcilerService } from '../src/catalog/catalog-reconciler.service';
import { ProductCardsRepository } from '../src/catalog/product-cards.repository';
import { hotScore } from '../src/engagement/hot-score';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';
import { createAuthor, type Author } from './support/creator-fixtures';
import { MediaFixtures } from './support/media-fixtures';

describe('notes', () => {
  let api: BootedApi;
  let pool: Pool;
  let fixtures: MediaFixtures;
  let products: ProductCard[];
  let mei: Author;
  let lily: Author;
  let ana: Author;
  let shopper: TestCustomer;

  const makeCreator = (name: string): Promise<Author> => createAuthor(pool, fixtures, name, 9);

  const product = (index: number): ProductCard => {
    const card = products[index];
    if (!card) throw new Error(`no product card ${index}`);
    return card;
  };

  const draftBody = (author: Author, overrides: Partial<NoteCreate> = {}) => ({
    title: 'Linen for the heat',
    body: `Breathable all day #OOTD #穿搭 #ootd thanks @${lily.handle} and @nobody_here`,
    imageMediaIds: author.images.slice(0, 3),
    category: 'fashion',
    language: 'en',
    productTags: [
      {
        productId: product(0).id,
        variantId: product(0).variants[0]?.id ?? null,
        hotspot: { imageIndex: 2, x: 40, y: 55.5 },
      },
      { productId: product(1).id },
    ],
    ...overrides,
  });

  async function createNote(author: Author, overrides: Partial<NoteCreate> = {}) {
    const response = await api.request({
      method: 'POST',
      url: '/api/notes',
      headers: author.headers,
      payload: draftBody(author, overrides),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<NoteDetail>();
  }

  async function publish(author: Author, noteId: string) {
    const response = await api.request({
      method: 'POST',
      url: `/api/notes/${noteId}/publish`,
      headers: author.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NoteDetail>();
  }

  const noteCount = async (creatorId: string) =>
    (
      await pool.query<{ n: number }>('select note_count as n from creators where id = $1', [
        creatorId,
      ])
    ).rows[0]?.n;

  const outboxRows = async (noteId: string) =>
    (
      await pool.query<{ topic: string }>(
        `select topic from outbox where payload->>'noteId' = $1 order by id`,
        [noteId],
      )
    ).rows.map((row) => row.topic);

  const errorOf = (body: string) => (JSON.parse(body) as ApiError).error;

  beforeAll(async () => {
    api = await bootApi('notes');
    pool = new Pool({ connectionString: api.env.DATABASE_URL, max: 4 });
    fixtures = new MediaFixtures(api.env.DATABASE_URL);
    // Fill the product-card cache the way the reconciler does on boot.
    const reconciler = api.app.get(CatalogReconcilerService);
    await reconciler.whenIdle();
    await reconciler.runPass();
    const cards = await api.app.get(ProductCardsRepository).listNewestFirst({
      after: null,
      limit: 10,
      category: undefined,
    });
    products = cards.filter((card) => card.variants.length > 1);
    expect(products.length).toBeGreaterThanOrEqual(3);
    [mei, lily, ana, shopper] = await Promise.all([
      makeCreator('Mei'),
      makeCreator('Lily'),
      makeCreator('Ana'),
      registerCustomer('Shopper'),
    ]);
  });

  afterAll(async () => {
    await fixtures?.close();
    await pool?.end();
    await api?.close();
  });

  it('documents every notes route, with its request and response schemas', async () => {
    const document = (await api.request('/api/docs/json')).json<{
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    }>();
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );

    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/notes',
        'GET /api/notes/{id}',
        'PATCH /api/notes/{id}',
        'DELETE /api/notes/{id}',
        'POST /api/notes/{id}/publish',
        'GET /api/me/notes',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'NoteCreateDto',
        'NoteUpdateDto',
        'NoteDetailDto_Output',
        'MyNoteCardPageDto_Output',
      ]),
    );
  });

  describe('POST /api/notes', () => {
    it('answers 401 without a token', async () => {
      const response = await api.request({ method: 'POST', url: '/api/notes', payload: {} });

      expect(response.statusCode).toBe(401);
      expect(errorOf(response.body).code).toBe('identity/unauthenticated');
    });

    it('answers 403 identity/not-a-creator for a customer who is not a creator', async () => {
      const images = await fixtures.images(shopper.customerId, 1);

      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: shopper.headers,
        payload: { ...draftBody(mei), imageMediaIds: images, productTags: [] },
      });

      expect(response.statusCode).toBe(403);
      expect(errorOf(response.body).code).toBe('identity/not-a-creator');
    });

    it('creates a draft with parsed hashtags, ordered images and hydrated product tags', async () => {
      const note = await createNote(mei);

      expect(note).toMatchObject({
        status: 'draft',
        title: 'Linen for the heat',
        hashtags: ['ootd', '穿搭'],
        mentions: [lily.handle, 'nobody_here'],
        imageCount: 3,
        publishedAt: null,
        category: 'fashion',
        language: 'en',
        locationName: null,
        counts: { likes: 0, saves: 0, comments: 0 },
        viewer: { liked: false, saved: false, isOwner: true },
        creator: { id: mei.creatorId, handle: mei.handle, displayName: 'Mei', avatar: null },
      });
      expect(note.images.map((image) => image.id)).toEqual(mei.images.slice(0, 3));
      expect(note.images[0]?.renditions.map((rendition) => rendition.width)).toEqual([
        320, 640, 1080,
      ]);
      expect(note.images[0]?.renditions[0]?.url).toBe(
        `${api.env.MEDIA_PUBLIC_BASE_URL}/${mei.images[0]}/320.webp`,
      );
      expect(
        note.productTags.map((tag) => ({
          productId: tag.product.id,
          handle: tag.product.handle,
          title: tag.product.title,
          variantId: tag.variantId,
          hotspot: tag.hotspot,
        })),
      ).toEqual([
        {
          productId: product(0).id,
          handle: product(0).handle,
          title: product(0).title,
          variantId: product(0).variants[0]?.id,
          hotspot: { imageIndex: 2, x: 40, y: 55.5 },
        },
        {
          productId: product(1).id,
          handle: product(1).handle,
          title: product(1).title,
          variantId: null,
          hotspot: null,
        },
      ]);
      // A draft is not counted, not indexed and notifies no one.
      expect(await noteCount(mei.creatorId)).toBe(0);
      expect(await outboxRows(note.id)).toEqual([]);
      const notified = await pool.query('select 1 from notifications where note_id = $1', [
        note.id,
      ]);
      expect(notified.rowCount).toBe(0);
    });

    it.each([
      [
        'a title over 100 characters',
        { title: 'x'.repeat(101) },
        'request/validation-failed',
        'title',
      ],
      ['no images', { imageMediaIds: [] }, 'request/validation-failed', 'imageMediaIds'],
      [
        'a category that does not exist',
        { category: 'cars' },
        'request/validation-failed',
        'category',
      ],
    ])('answers 400 for %s', async (_, overrides, code, mentioned) => {
      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: { ...draftBody(mei), ...overrides },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe(code);
      expect(errorOf(response.body).message).toContain(mentioned);
    });

    it('answers 400 for 10 images', async () => {
      const extra = await fixtures.images(mei.customerId, 1);

      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: draftBody(mei, { imageMediaIds: [...mei.images, ...extra] }),
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('request/validation-failed');
    });

    it('answers 400 for 21 product tags', async () => {
      const tags = Array.from({ length: 21 }, () => ({ productId: product(0).id }));

      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: { ...draftBody(mei), productTags: tags },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('request/validation-failed');
    });

    it('answers 400 notes/unknown-product naming every unknown product', async () => {
      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: {
          ...draftBody(mei),
          productTags: [
            { productId: 'prod_does_not_exist' },
            { productId: product(0).id },
            { productId: 'prod_nor_this' },
          ],
        },
      });

      expect(response.statusCode).toBe(400);
      const error = errorOf(response.body);
      expect(error.code).toBe('notes/unknown-product');
      expect(error.message).toContain('prod_does_not_exist');
      expect(error.message).toContain('prod_nor_this');
      expect(error.message).not.toContain(product(0).id);
    });

    it("answers 400 notes/unknown-product for another product's variant", async () => {
      const foreignVariant = product(1).variants[0]?.id ?? 'none';

      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: {
          ...draftBody(mei),
          productTags: [{ productId: product(0).id, variantId: foreignVariant }],
        },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('notes/unknown-product');
      expect(errorOf(response.body).message).toContain(foreignVariant);
    });

    it('answers 400 notes/invalid-hotspot for a hotspot on image 5 of 3', async () => {
      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: {
          ...draftBody(mei),
          productTags: [{ productId: product(0).id, hotspot: { imageIndex: 4, x: 1, y: 1 } }],
        },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('notes/invalid-hotspot');
      expect(errorOf(response.body).message).toContain('productTags[0].hotspot.imageIndex');
    });

    it("answers 400 notes/invalid-media naming someone else's media", async () => {
      const response = await api.request({
        method: 'POST',
        url: '/api/notes',
        headers: mei.headers,
        payload: draftBody(mei, { imageMediaIds: [mei.images[0]!, lily.images[0]!] }),
      });

      expect(response.statusCode).toBe(400);
      const error = errorOf(response.body);
      expect(error.code).toBe('notes/invalid-media');
      expect(error.message).toContain(lily.images[0]);
      expect(error.message).not.toContain(mei.images[0]);
    });
  });

  describe('GET /api/notes/:id', () => {
    let draft: NoteDetail;
    let published: NoteDetail;

    beforeAll(async () => {
      draft = await createNote(mei, { title: 'Still a draft' });
      published = await publish(mei, (await createNote(mei, { title: 'Out there' })).id);
    });

    it('shows a published note to anonymous visitors, without viewer state', async () => {
      const response = await api.request(`/api/notes/${published.id}`);

      expect(response.statusCode).toBe(200);
      const note = response.json<NoteDetail>();
      expect(note).toMatchObject({ id: published.id, status: 'published', viewer: null });
      expect(note.productTags).toHaveLength(2);
    });

    it('shows a published note to another customer with their viewer state', async () => {
      await pool.query('insert into likes (note_id, customer_id) values ($1, $2)', [
        published.id,
        shopper.customerId,
      ]);

      const response = await api.request({
        url: `/api/notes/${published.id}`,
        headers: shopper.headers,
      });

      expect(response.json<NoteDetail>().viewer).toEqual({
        liked: true,
        saved: false,
        isOwner: false,
      });
    });

    it('hides a draft from everyone but its owner with 404 notes/not-found', async () => {
      for (const headers of [{}, shopper.headers, lily.headers]) {
        const response = await api.request({ url: `/api/notes/${draft.id}`, headers });

        expect(response.statusCode).toBe(404);
        expect(errorOf(response.body).code).toBe('notes/not-found');
      }
      const own = await api.request({ url: `/api/notes/${draft.id}`, headers: mei.headers });
      expect(own.statusCode).toBe(200);
    });

    it('answers 404 for a note that does not exist and 400 for an id that is not a UUID', async () => {
      expect((await api.request(`/api/notes/${randomUUID()}`)).statusCode).toBe(404);
      const response = await api.request('/api/notes/not-a-uuid');
      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('request/validation-failed');
    });

    it('answers 401 for an invalid token', async () => {
      const response = await api.request({
        url: `/api/notes/${published.id}`,
        headers: { authorization: 'Bearer not-a-token' },
      });

      expect(response.statusCode).toBe(401);
    });
  });

  describe('PATCH /api/notes/:id', () => {
    let note: NoteDetail;

    beforeAll(async () => {
      note = await publish(mei, (await createNote(mei)).id);
    });

    it('answers 401 without a token', async () => {
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        payload: { title: 'x' },
      });

      expect(response.statusCode).toBe(401);
    });

    it("answers 403 notes/not-owner for another creator's note", async () => {
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        headers: lily.headers,
        payload: { title: 'Mine now' },
      });

      expect(response.statusCode).toBe(403);
      expect(errorOf(response.body).code).toBe('notes/not-owner');
    });

    it('answers 400 for a title over 100 characters', async () => {
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        headers: mei.headers,
        payload: { title: 'x'.repeat(101) },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('request/validation-failed');
    });

    it('answers 400 notes/invalid-hotspot when fewer images leave a hotspot off the note', async () => {
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        headers: mei.headers,
        payload: { imageMediaIds: mei.images.slice(0, 2) },
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('notes/invalid-hotspot');
    });

    it('changes only the fields sent, re-parses the body and queues the published note again', async () => {
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        headers: mei.headers,
        payload: {
          title: 'Linen, revisited',
          body: `New look #Summer cc @${lily.handle.toUpperCase()} @${ana.handle}`,
        },
      });

      expect(response.statusCode, response.body).toBe(200);
      const edited = response.json<NoteDetail>();
      expect(edited).toMatchObject({
        title: 'Linen, revisited',
        hashtags: ['summer'],
        mentions: [lily.handle, ana.handle],
        status: 'published',
        category: 'fashion',
      });
      expect(edited.images).toHaveLength(3);
      expect(edited.productTags).toHaveLength(2);
      expect(await outboxRows(note.id)).toEqual(['note.upserted', 'note.upserted']);
      // Lily was notified when the note was published; only Ana is new.
      const { rows } = await pool.query<{ recipient: string }>(
        `select recipient_customer_id as recipient from notifications
         where type = 'mention' and note_id = $1 order by recipient_customer_id`,
        [note.id],
      );
      expect(rows.map((row) => row.recipient)).toEqual([lily.customerId, ana.customerId].sort());
    });

    it('replaces images and tags in the order sent', async () => {
      const images = [mei.images[5]!, mei.images[4]!];
      const response = await api.request({
        method: 'PATCH',
        url: `/api/notes/${note.id}`,
        headers: mei.headers,
        payload: {
          imageMediaIds: images,
          productTags: [
            { productId: product(2).id, hotspot: { imageIndex: 1, x: 10, y: 90 } },
            { productId: product(0).id },
          ],
        },
      });

      expect(response.statusCode, response.body).toBe(200);
      const edited = response.json<NoteDetail>();
      expect(edited.images.map((image) => image.id)).toEqual(images);
      expect(edited.productTags.map((tag) => tag.product.id)).toEqual([
        product(2).id,
        product(0).id,
      ]);
    });
  });

  describe('POST /api/notes/:id/publish', () => {
    it('answers 401 without a token', async () => {
      const response = await api.request({
        method: 'POST',
        url: `/api/notes/${randomUUID()}/publish`,
      });

      expect(response.statusCode).toBe(401);
    });

    it("answers 403 notes/not-owner for another creator's published note", async () => {
      const note = await publish(mei, (await createNote(mei)).id);

      const response = await api.request({
        method: 'POST',
        url: `/api/notes/${note.id}/publish`,
        headers: lily.headers,
      });

      expect(response.statusCode).toBe(403);
      expect(errorOf(response.body).code).toBe('notes/not-owner');
    });

    it("answers 404 for another creator's draft, so drafts stay secret", async () => {
      const draft = await createNote(mei);

      const response = await api.request({
        method: 'POST',
        url: `/api/notes/${draft.id}/publish`,
        headers: lily.headers,
      });

      expect(response.statusCode).toBe(404);
    });

    it('answers 400 for an id that is not a UUID', async () => {
      const response = await api.request({
        method: 'POST',
        url: '/api/notes/123/publish',
        headers: mei.headers,
      });

      expect(response.statusCode).toBe(400);
    });

    it('publishes a draft: sets published_at, counts it, queues it and notifies mentioned creators', async () => {
      const before = await noteCount(lily.creatorId);
      const draft = await createNote(lily, { body: `With @${mei.handle} and @${lily.handle}` });

      const note = await publish(lily, draft.id);

      expect(note.status).toBe('published');
      expect(note.publishedAt).not.toBeNull();
      const [stored] = (
        await pool.query<{ hot: number }>('select hot_score as hot from notes where id = $1', [
          note.id,
        ])
      ).rows;
      expect(stored?.hot).toBeCloseTo(
        hotScore({ likes: 0, saves: 0, comments: 0, publishedAt: new Date(note.publishedAt!) }),
        3,
      );
      expect(await noteCount(lily.creatorId)).toBe((before ?? 0) + 1);
      expect(await outboxRows(note.id)).toEqual(['note.upserted']);
      const { rows } = await pool.query<{ recipient: string; actor: string }>(
        `select recipient_customer_id as recipient, actor_customer_id as actor
         from notifications where type = 'mention' and note_id = $1`,
        [note.id],
      );
      // Mentioning yourself notifies no one.
      expect(rows).toEqual([{ recipient: mei.customerId, actor: lily.customerId }]);
    });

    it('publishes once when the same draft is published twice at the same time', async () => {
      const before = await noteCount(mei.creatorId);
      const draft = await createNote(mei);

      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          api.request({
            method: 'POST',
            url: `/api/notes/${draft.id}/publish`,
            headers: mei.headers,
          }),
        ),
      );

      expect(responses.map((response) => response.statusCode)).toEqual(Array(8).fill(200));
      const publishedAt = new Set(
        responses.map((response) => response.json<NoteDetail>().publishedAt),
      );
      expect(publishedAt.size).toBe(1);
      expect(await outboxRows(draft.id)).toEqual(['note.upserted']);
      expect(await noteCount(mei.creatorId)).toBe((before ?? 0) + 1);
    });

    it('leaves a published note as it is when published again', async () => {
      const note = await publish(mei, (await createNote(mei)).id);

      const again = await publish(mei, note.id);

      expect(again.publishedAt).toBe(note.publishedAt);
      expect(await outboxRows(note.id)).toEqual(['note.upserted']);
    });

    it('answers 409 notes/invalid-state for a hidden note', async () => {
      const note = await publish(mei, (await createNote(mei)).id);
      await pool.query(`update notes set status = 'hidden' where id = $1`, [note.id]);

      const response = await api.request({
        method: 'POST',
        url: `/api/notes/${note.id}/publish`,
        headers: mei.headers,
      });

      expect(response.statusCode).toBe(409);
      expect(errorOf(response.body).code).toBe('notes/invalid-state');
    });
  });

  describe('DELETE /api/notes/:id', () => {
    it('answers 401 without a token', async () => {
      const response = await api.request({ method: 'DELETE', url: `/api/notes/${randomUUID()}` });

      expect(response.statusCode).toBe(401);
    });

    it("answers 403 notes/not-owner for another creator's note", async () => {
      const note = await publish(mei, (await createNote(mei)).id);

      const response = await api.request({
        method: 'DELETE',
        url: `/api/notes/${note.id}`,
        headers: lily.headers,
      });

      expect(response.statusCode).toBe(403);
      expect((await api.request(`/api/notes/${note.id}`)).statusCode).toBe(200);
    });

    it('answers 400 for an id that is not a UUID', async () => {
      const response = await api.request({
        method: 'DELETE',
        url: '/api/notes/nope',
        headers: mei.headers,
      });

      expect(response.statusCode).toBe(400);
    });

    it('deletes a published note with its images, tags and likes, uncounts it and queues the removal', async () => {
      const note = await publish(mei, (await createNote(mei)).id);
      await pool.query('insert into likes (note_id, customer_id) values ($1, $2)', [
        note.id,
        shopper.customerId,
      ]);
      const before = await noteCount(mei.creatorId);

      const response = await api.request({
        method: 'DELETE',
        url: `/api/notes/${note.id}`,
        headers: mei.headers,
      });

      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expect((await api.request(`/api/notes/${note.id}`)).statusCode).toBe(404);
      expect(await noteCount(mei.creatorId)).toBe((before ?? 0) - 1);
      expect(await outboxRows(note.id)).toEqual(['note.upserted', 'note.deleted']);
      const { rows } = await pool.query<{ images: number; tags: number; likes: number }>(
        `select (select count(*)::int from note_images where note_id = $1) as images,
                (select count(*)::int from note_product_tags where note_id = $1) as tags,
                (select count(*)::int from likes where note_id = $1) as likes`,
        [note.id],
      );
      expect(rows[0]).toEqual({ images: 0, tags: 0, likes: 0 });
      // The media stay: they belong to the creator, not to the note.
      const media = await pool.query('select 1 from media where id = $1', [mei.images[0]]);
      expect(media.rowCount).toBe(1);
    });

    it('deletes a draft without touching the count or the outbox', async () => {
      const draft = await createNote(mei);
      const before = await noteCount(mei.creatorId);

      const response = await api.request({
        method: 'DELETE',
        url: `/api/notes/${draft.id}`,
        headers: mei.headers,
      });

      expect(response.statusCode).toBe(204);
      expect(await noteCount(mei.creatorId)).toBe(before);
      expect(await outboxRows(draft.id)).toEqual([]);
    });
  });

  describe('GET /api/me/notes', () => {
    let author: Author;
    const created: NoteDetail[] = [];

    beforeAll(async () => {
      author = await makeCreator('Pager');
      for (let index = 0; index < 5; index += 1)
        created.push(await createNote(author, { title: `Note ${index}` }));
      await publish(author, created[1]!.id);
      await publish(author, created[3]!.id);
    });

    it('answers 401 without a token', async () => {
      expect((await api.request('/api/me/notes')).statusCode).toBe(401);
    });

    it('lists my notes, drafts included, newest first, across pages', async () => {
      const seen: MyNoteCardPage['items'] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const response = await api.request({
          url: `/api/me/notes?limit=2${query}`,
          headers: author.headers,
        });
        expect(response.statusCode, response.body).toBe(200);
        const page = response.json<MyNoteCardPage>();
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);

      expect(seen.map((note) => note.id)).toEqual(created.map((note) => note.id).reverse());
      expect(seen.map((note) => note.status)).toEqual([
        'draft',
        'published',
        'draft',
        'published',
        'draft',
      ]);
      expect(seen[0]?.cover.id).toBe(author.images[0]);
      expect(seen[0]?.products.map((card) => card.id)).toEqual([product(0).id, product(1).id]);
    });

    it('filters by status', async () => {
      const response = await api.request({
        url: '/api/me/notes?status=published',
        headers: author.headers,
      });

      expect(response.json<MyNoteCardPage>().items.map((note) => note.id)).toEqual([
        created[3]!.id,
        created[1]!.id,
      ]);
    });

    it("never lists someone else's notes", async () => {
      const response = await api.request({ url: '/api/me/notes', headers: shopper.headers });

      expect(response.json<MyNoteCardPage>()).toEqual({ items: [], nextCursor: null });
    });

    it.each(['not-a-cursor', 'bm9wZQ', '!!!'])('answers 400 for the cursor %s', async (cursor) => {
      const response = await api.request({
        url: `/api/me/notes?cursor=${cursor}`,
        headers: author.headers,
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('notes/invalid-cursor');
    });

    it('answers 400 for an unknown status', async () => {
      const response = await api.request({
        url: '/api/me/notes?status=archived',
        headers: author.headers,
      });

      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).code).toBe('request/validation-failed');
    });
  });
});
