import { randomUUID } from 'node:crypto';
import type { NoteDetail, ProductCard, SearchStatus } from '@noteshop/contracts';
import { MeiliSearch } from 'meilisearch';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogReconcilerService } from '../src/catalog/catalog-reconciler.service';
import { ProductCardsRepository } from '../src/catalog/product-cards.repository';
import type { NoteDocument, ProductDocument } from '../src/search/search-documents';
import { bootApi, type BootedApi } from './support/boot-api';
import { createAuthor, type Author } from './support/creator-fixtures';
import { MediaFixtures } from './support/media-fixtures';

/** Polls `probe` until it returns a value, or fails after `withinMs`. */
async function eventually<T>(
  probe: () => Promise<T | undefined>,
  withinMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${withinMs} ms waiting for ${what}; outbox: ${await outboxDiagnostics()}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Set by the suite: what the outbox holds, so a timeout says why the worker fell behind.
let outboxDiagnostics: () => Promise<string> = () => Promise.resolve('');

describe('search indexing', () => {
  const prefix = `search_${randomUUID().slice(0, 8)}_`;
  let api: BootedApi;
  let pool: Pool;
  let fixtures: MediaFixtures;
  let meili: MeiliSearch;
  let lipstick: ProductCard;
  let mei: Author;

  const makeCreator = (name: string): Promise<Author> => createAuthor(pool, fixtures, name, 3);

  async function publishNote(
    target: BootedApi,
    author: Author,
    title: string,
  ): Promise<NoteDetail> {
    const created = await target.request({
      method: 'POST',
      url: '/api/notes',
      headers: author.headers,
      payload: {
        title,
        body: 'Wore it every day this week #everyday',
        imageMediaIds: author.images.slice(0, 1),
        category: 'makeup',
        language: 'en',
        productTags: [{ productId: lipstick.id }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const note = created.json<NoteDetail>();
    const published = await target.request({
      method: 'POST',
      url: `/api/notes/${note.id}/publish`,
      headers: author.headers,
    });
    expect(published.statusCode, published.body).toBe(200);
    return note;
  }

  const searchNotes = async (q: string) =>
    (await meili.index<NoteDocument>(`${prefix}notes`).search(q, { limit: 50 })).hits;

  const noteDocument = (id: string) =>
    meili
      .index<NoteDocument>(`${prefix}notes`)
      .getDocument(id)
      .catch(() => undefined);

  const status = async (target: BootedApi) => {
    const response = await target.request('/api/search/status');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchStatus>();
  };

  beforeAll(async () => {
    api = await bootApi('search_indexing', { MEILI_INDEX_PREFIX: prefix });
    pool = new Pool({ connectionString: api.env.DATABASE_URL, max: 4 });
    outboxDiagnostics = async () =>
      JSON.stringify(
        (
          await pool.query(
            `select id, topic, attempts, last_error, processed_at is not null as done,
                    extract(epoch from (coalesce(processed_at, now()) - created_at)) * 1000 as ms
               from outbox order by id desc limit 8`,
          )
        ).rows,
      );
    fixtures = new MediaFixtures(api.env.DATABASE_URL);
    meili = new MeiliSearch({ host: api.env.MEILI_HOST, apiKey: api.env.MEILI_MASTER_KEY });
    const reconciler = api.app.get(CatalogReconcilerService);
    await reconciler.whenIdle();
    await reconciler.runPass();
    const cards = await api.app.get(ProductCardsRepository).listNewestFirst({
      after: null,
      limit: 60,
      category: undefined,
    });
    const found = cards.find((card) => /lipstick/i.test(card.title));
    if (!found) throw new Error('the demo catalog has no lipstick');
    lipstick = found;
    mei = await makeCreator('Mei');
    // A fresh index's first writes are slow (Meilisearch loads its segmenters): let the boot
    // backfill and one warm-up note go through, so the latency test measures the steady state.
    const warmUp = await publishNote(api, mei, 'Warm-up');
    await eventually(() => noteDocument(warmUp.id), 30_000, 'the warm-up note');
    await eventually(
      async () => ((await status(api)).pendingOutboxRows === 0 ? true : undefined),
      30_000,
      'the boot backfill to drain',
    );
  }, 90_000);

  afterAll(async () => {
    await fixtures?.close();
    await pool?.end();
    await api?.close();
  });

  it('applies the index settings at boot: searchable order, strict price sort, synonyms', async () => {
    const settings = await eventually(
      async () =>
        meili
          .index(`${prefix}products`)
          .getSettings()
          .catch(() => undefined),
      5_000,
      'the products index',
    );
    expect(settings.searchableAttributes?.[0]).toBe('title');
    expect(settings.rankingRules?.slice(0, 2)).toEqual(['words', 'sort']);
    expect(settings.sortableAttributes).toContain('price_min_usd');
    expect(settings.synonyms?.['口红']).toContain('lipstick');
    expect(settings.localizedAttributes?.[0]?.locales).toContain('cmn');
  });

  it('makes a published note searchable within a second, with the tagged product titles', async () => {
    const title = `Rosewood ${randomUUID().slice(0, 6)}`;
    const note = await publishNote(api, mei, title);
    const startedAt = Date.now();
    const document = await eventually(() => noteDocument(note.id), 1_000, 'the note document');
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(document).toMatchObject({
      title,
      creator_handle: mei.handle,
      product_ids: [lipstick.id],
      product_titles: [lipstick.title],
    });
    expect(typeof document.published_at).toBe('number');
  });

  it('finds a note by its product title, by 口红 through synonyms, and despite a typo', async () => {
    const title = `Rosewood favourite ${randomUUID().slice(0, 6)}`;
    const note = await publishNote(api, mei, title);
    await eventually(() => noteDocument(note.id), 5_000, 'the note document');
    for (const query of ['lipstick', '口红', 'lipstik']) {
      const ids = (await searchNotes(query)).map((hit) => hit.id);
      expect(ids, `query ${query}`).toContain(note.id);
    }
  });

  it("refreshes the tagged product's note_count and top creators", async () => {
    const product = await eventually(
      async () => {
        const document = await meili
          .index<ProductDocument>(`${prefix}products`)
          .getDocument(lipstick.id)
          .catch(() => undefined);
        return document && document.note_count >= 2 ? document : undefined;
      },
      5_000,
      'the product document with its notes counted',
    );
    expect(product.top_creators).toContain(mei.handle);
    expect(product.title).toBe(lipstick.title);
  });

  it('removes the document when the note is deleted, and drains the outbox', async () => {
    const note = await publishNote(api, mei, `Short-lived ${randomUUID().slice(0, 6)}`);
    await eventually(() => noteDocument(note.id), 5_000, 'the note document');
    const deleted = await api.request({
      method: 'DELETE',
      url: `/api/notes/${note.id}`,
      headers: mei.headers,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    await eventually(
      async () => ((await noteDocument(note.id)) ? undefined : true),
      5_000,
      'the note document to disappear',
    );
    const drained = await eventually(
      async () => {
        const current = await status(api);
        return current.pendingOutboxRows === 0 ? current : undefined;
      },
      5_000,
      'an empty outbox',
    );
    expect(drained).toMatchObject({ oldestPendingAgeMs: null, lastError: null });
    expect(drained.indexes?.notes.documents).toBeGreaterThanOrEqual(3);
    expect(drained.indexes?.creators.documents).toBeGreaterThanOrEqual(1);
  });

  it('keeps publishing while Meilisearch is unreachable, then drains once it is back', async () => {
    // Same database, Meilisearch on a port nothing listens on.
    const broken = await bootApi('search_indexing_outage', {
      DATABASE_URL: api.env.DATABASE_URL,
      MEILI_INDEX_PREFIX: prefix,
      MEILI_HOST: 'http://127.0.0.1:9',
    });
    let note: NoteDetail;
    try {
      // The healthy instance must not index the note before we look: stop its worker first.
      await api.close();
      note = await publishNote(broken, mei, `Offline ${randomUUID().slice(0, 6)}`);
      const failing = await eventually(
        async () => {
          const current = await status(broken);
          return current.lastError ? current : undefined;
        },
        5_000,
        'the failure to show in /api/search/status',
      );
      expect(failing.pendingOutboxRows).toBeGreaterThanOrEqual(1);
      expect(failing.oldestPendingAgeMs).toBeGreaterThanOrEqual(0);
      expect(failing.indexes).toBeNull();
      expect(failing.lastError).toMatchObject({ topic: 'note.upserted' });
      expect(failing.lastError?.error).toMatch(/fetch|ECONNREFUSED|connect/i);
      const row = await pool.query<{ attempts: number; processed_at: Date | null }>(
        `select attempts, processed_at from outbox where payload->>'noteId' = $1`,
        [note.id],
      );
      expect(row.rows[0]?.processed_at).toBeNull();
      expect(row.rows[0]?.attempts).toBeGreaterThanOrEqual(1);
      expect(await noteDocument(note.id)).toBeUndefined();
    } finally {
      await broken.close();
    }

    api = await bootApi('search_indexing_recovered', {
      DATABASE_URL: broken.env.DATABASE_URL,
      MEILI_INDEX_PREFIX: prefix,
    });
    await eventually(() => noteDocument(note.id), 10_000, 'the note indexed after recovery');
    const recovered = await eventually(
      async () => {
        const current = await status(api);
        return current.pendingOutboxRows === 0 ? current : undefined;
      },
      10_000,
      'the outbox to drain',
    );
    expect(recovered.lastError).toBeNull();
  });

  it('backfills fresh indexes at boot from the database', async () => {
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from notes where status = 'published'`,
    );
    const published = rows[0]!.n;
    expect(published).toBeGreaterThanOrEqual(3);
    // Another prefix is a fresh Meilisearch as far as this api can tell.
    await api.close();
    const freshPrefix = `${prefix}fresh_`;
    api = await bootApi('search_indexing_backfill', {
      DATABASE_URL: pool.options.connectionString!,
      MEILI_INDEX_PREFIX: freshPrefix,
    });
    const counts = await eventually(
      async () => {
        const current = await status(api);
        return current.pendingOutboxRows === 0 && current.indexes?.notes.documents === published
          ? current.indexes
          : undefined;
      },
      20_000,
      'the backfill to index every published note',
    );
    expect(counts.creators.documents).toBeGreaterThanOrEqual(1);
    expect(counts.products.documents).toBeGreaterThanOrEqual(1);
    const { hits } = await meili.index<NoteDocument>(`${freshPrefix}notes`).search('口红');
    expect(hits.length).toBe(published);
  }, 30_000);
});
