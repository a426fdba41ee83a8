import type { ApiError, ProductCard, ProductCardPage, StoreConfig } from '@noteshop/contracts';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CatalogReconcilerService } from '../src/catalog/catalog-reconciler.service';
import { bootApi, type BootedApi } from './support/boot-api';
import { setVariantPrice } from './support/commerce-admin';

const SEEDED_PRODUCTS = 60;

describe('product-card cache', () => {
  let api: BootedApi;
  let reconciler: CatalogReconcilerService;
  let cards: ProductCard[];

  async function allCards(query = ''): Promise<ProductCard[]> {
    const collected: ProductCard[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${cursor}` : '';
      const response = await api.request(`/api/products?limit=25${query}${suffix}`);
      expect(response.statusCode).toBe(200);
      const page = response.json<ProductCardPage>();
      collected.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return collected;
  }

  const priceIn = (currencyCode: string, card: ProductCard, variantId: string) =>
    card.variants
      .find((variant) => variant.id === variantId)
      ?.prices.find((price) => price.currencyCode === currencyCode)?.amount;
  const usdPrice = (card: ProductCard, variantId: string) => priceIn('usd', card, variantId);

  beforeAll(async () => {
    api = await bootApi('catalog');
    reconciler = api.app.get(CatalogReconcilerService);
    // The pass that starts on boot fills the cache in the background.
    await vi.waitFor(
      async () => {
        await reconciler.whenIdle();
        const page = (await api.request('/api/products?limit=60')).json<ProductCardPage>();
        expect(page.items.length).toBeGreaterThanOrEqual(SEEDED_PRODUCTS);
      },
      { timeout: 120_000, interval: 500 },
    );
    cards = await allCards();
  });

  afterAll(async () => {
    await api.close();
  });

  it('holds every seeded product once, newest first, across pages', () => {
    expect(cards.length).toBeGreaterThanOrEqual(SEEDED_PRODUCTS);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
  });

  it('prices every product in both currencies, in integer minor units, with its images', () => {
    for (const card of cards) {
      expect(card.priceRanges.map((range) => range.currencyCode).sort()).toEqual(['cny', 'usd']);
      for (const range of card.priceRanges) {
        expect(Number.isInteger(range.min)).toBe(true);
        expect(range.min).toBeGreaterThan(0);
        expect(range.max).toBeGreaterThanOrEqual(range.min);
      }
      expect(card.images.length).toBeGreaterThanOrEqual(2);
      expect(card.thumbnail).toBeTruthy();
      expect(card.category).not.toBeNull();
      for (const variant of card.variants)
        expect(Object.keys(variant.options).length).toBeGreaterThan(0);
    }
  });

  it('marks sold-out products as out of stock and the rest as in stock', () => {
    expect(cards.some((card) => !card.inStock)).toBe(true);
    expect(cards.filter((card) => card.inStock).length).toBeGreaterThan(cards.length / 2);
  });

  it('lists one category on its own', async () => {
    const makeup = await allCards('&category=makeup');

    expect(makeup.length).toBeGreaterThan(0);
    expect(makeup.every((card) => card.category === 'makeup')).toBe(true);
    expect(makeup.length).toBe(cards.filter((card) => card.category === 'makeup').length);
  });

  it('finds a product by its handle', async () => {
    const card = cards[7];
    if (!card) throw new Error('no cards');

    const response = await api.request(`/api/products/${card.handle}`);

    expect(response.statusCode).toBe(200);
    expect(response.json<ProductCard>()).toEqual(card);
  });

  it('answers an unknown handle with catalog/product-not-found', async () => {
    const response = await api.request('/api/products/no-such-product');

    expect(response.statusCode).toBe(404);
    expect(response.json<ApiError>().error.code).toBe('catalog/product-not-found');
  });

  it.each([
    ['/api/products?limit=61', 'request/validation-failed', 'limit: Number must be at most 60'],
    ['/api/products?limit=0', 'request/validation-failed', 'limit: Number must be at least 1'],
    [
      '/api/products?category=shoes',
      'request/validation-failed',
      'category: Must be one of fashion, makeup, travel',
    ],
    ['/api/products?cursor=not-a-cursor', 'catalog/invalid-cursor', undefined],
    ['/api/products/Not_A_Handle', 'request/validation-failed', undefined],
  ])('rejects %s with a 400 in the error shape', async (url, code, message) => {
    const response = await api.request(url);

    expect(response.statusCode).toBe(400);
    const body = response.json<ApiError>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    if (message) expect(body.error.message).toBe(message);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('shows a price changed in the commerce admin after one reconcile pass', async () => {
    // The product edited longest ago: a pass re-reads the newest ones anyway (the watermark is
    // inclusive), so only an older product shows whether a price-only change is found.
    const newest = cards
      .map((candidate) => candidate.updatedAt)
      .sort()
      .at(-1);
    const card = [...cards].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))[0];
    const variant = card?.variants.find((candidate) => usdPrice(card, candidate.id) !== undefined);
    const before = card && variant ? usdPrice(card, variant.id) : undefined;
    if (!card || !variant || before === undefined) throw new Error('no priced variant');
    expect(card.updatedAt < (newest ?? '')).toBe(true);
    const changed = before + 123;

    await setVariantPrice(card.id, variant.id, 'usd', changed / 100);
    try {
      await reconciler.whenIdle();
      const outcome = await reconciler.runPass();
      expect(outcome.status).toBe('completed');

      const response = await api.request(`/api/products/${card.handle}`);
      const after = response.json<ProductCard>();
      expect(usdPrice(after, variant.id)).toBe(changed);
      expect(priceIn('cny', after, variant.id)).toBe(priceIn('cny', card, variant.id));
    } finally {
      await setVariantPrice(card.id, variant.id, 'usd', before / 100);
    }
  });

  it('serves the public store config without any secret', async () => {
    const { seed, apiEnv } = inject('stack');

    const response = await api.request('/api/config');

    expect(response.statusCode).toBe(200);
    const config = response.json<StoreConfig>();
    expect(config.publishableKey).toBe(seed.publishableKey);
    expect(config.regions.map((region) => region.currencyCode).sort()).toEqual(['cny', 'usd']);
    expect(response.body).not.toContain(seed.secretApiKey);
    expect(response.body).not.toContain('sk_');
    for (const secret of [apiEnv.MEILI_MASTER_KEY, apiEnv.WEBHOOK_SECRET, apiEnv.DATABASE_URL]) {
      if (secret) expect(response.body).not.toContain(secret);
    }
  });
});
