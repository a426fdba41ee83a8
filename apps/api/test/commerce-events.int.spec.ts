import { createHmac } from 'node:crypto';
import type { ApiError, ProductCard, ProductCardPage } from '@noteshop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CatalogReconcilerService } from '../src/catalog/catalog-reconciler.service';
import { DATABASE, type Database } from '../src/database/database.tokens';
import { outbox } from '../src/outbox/outbox.schema';
import { bootApi, type BootedApi } from './support/boot-api';
import { commerceAdmin, setVariantPrice } from './support/commerce-admin';

const PATH = '/api/internal/commerce-events';

describe('signed commerce events', () => {
  let api: BootedApi;
  let db: Database;
  let secret: string;
  let cards: ProductCard[];

  const now = () => Math.floor(Date.now() / 1000);

  function send(
    event: unknown,
    options: { secret?: string; timestamp?: number; tamper?: (raw: string) => string } = {},
  ) {
    const raw = JSON.stringify(event);
    const timestamp = options.timestamp ?? now();
    const digest = createHmac('sha256', options.secret ?? secret)
      .update(`${timestamp}.${raw}`)
      .digest('hex');
    return api.request({
      method: 'POST',
      url: PATH,
      headers: {
        'content-type': 'application/json',
        'x-noteshop-timestamp': String(timestamp),
        'x-signature': `sha256=${digest}`,
      },
      payload: options.tamper ? options.tamper(raw) : raw,
    });
  }

  const eventFor = (id: string, event: string) => ({
    id,
    event,
    occurredAt: new Date().toISOString(),
  });

  async function outboxRowsFor(productId: string, topic = 'product.upserted') {
    return db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, topic), sql`${outbox.payload} ->> 'productId' = ${productId}`));
  }

  async function cardOf(handle: string): Promise<ProductCard> {
    const response = await api.request(`/api/products/${handle}`);
    expect(response.statusCode).toBe(200);
    return response.json<ProductCard>();
  }

  const usdPrice = (card: ProductCard, variantId: string) =>
    card.variants
      .find((variant) => variant.id === variantId)
      ?.prices.find((price) => price.currencyCode === 'usd')?.amount;

  beforeAll(async () => {
    api = await bootApi('commerce_events');
    db = api.app.get<Database>(DATABASE);
    secret = api.env.WEBHOOK_SECRET ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(16);
    const reconciler = api.app.get(CatalogReconcilerService);
    await vi.waitFor(
      async () => {
        await reconciler.whenIdle();
        const page = (await api.request('/api/products?limit=60')).json<ProductCardPage>();
        expect(page.items.length).toBeGreaterThanOrEqual(10);
        cards = page.items;
      },
      { timeout: 120_000, interval: 500 },
    );
    // Newest edits first: catalog.int.spec edits the oldest product, so the suites never collide.
    cards.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });

  afterAll(async () => {
    await api.close();
  });

  it('refreshes the card of a product whose price changed, with one outbox row; a replay is harmless', async () => {
    const card = cards[1];
    const variant = card?.variants.find((candidate) => usdPrice(card, candidate.id) !== undefined);
    const before = card && variant ? usdPrice(card, variant.id) : undefined;
    if (!card || !variant || before === undefined) throw new Error('no priced variant');
    const changed = before + 321;
    const rowsBefore = (await outboxRowsFor(card.id)).length;

    await setVariantPrice(card.id, variant.id, 'usd', changed / 100);
    try {
      const event = eventFor(card.id, 'product.updated');
      const response = await send(event);

      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ productIds: [card.id] });
      const refreshed = await cardOf(card.handle);
      expect(usdPrice(refreshed, variant.id)).toBe(changed);
      const usdRange = refreshed.priceRanges.find((range) => range.currencyCode === 'usd');
      expect(usdRange && usdRange.min <= changed && changed <= usdRange.max).toBe(true);
      expect((await outboxRowsFor(card.id)).length).toBe(rowsBefore + 1);

      const replay = await send(event);

      expect(replay.statusCode).toBe(202);
      expect(usdPrice(await cardOf(card.handle), variant.id)).toBe(changed);
      expect((await outboxRowsFor(card.id)).length).toBe(rowsBefore + 1);
    } finally {
      await setVariantPrice(card.id, variant.id, 'usd', before / 100);
    }
    // Putting the price back is a change too: the next event writes the next row.
    expect((await send(eventFor(card.id, 'product.updated'))).statusCode).toBe(202);
    expect(usdPrice(await cardOf(card.handle), variant.id)).toBe(before);
    expect((await outboxRowsFor(card.id)).length).toBe(rowsBefore + 2);
  });

  it("maps a variant event to the variant's product", async () => {
    const card = cards[2];
    const variant = card?.variants[0];
    if (!card || !variant) throw new Error('no variant');

    const response = await send(eventFor(variant.id, 'product-variant.updated'));

    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ productIds: [card.id] });
  });

  it('accepts events that cannot change a card, and does nothing', async () => {
    const response = await send(eventFor('order_1', 'order.placed'));

    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ productIds: [] });
  });

  it('refuses a tampered body, a wrong secret and a missing signature with 401', async () => {
    const card = cards[0];
    if (!card) throw new Error('no card');
    const event = eventFor(card.id, 'product.updated');

    const tampered = await send(event, {
      tamper: (raw) => raw.replace('product.', 'product-variant.'),
    });
    const wrongSecret = await send(event, { secret: 'not-the-webhook-secret' });
    const unsigned = await api.request({ method: 'POST', url: PATH, payload: event });

    for (const response of [tampered, wrongSecret, unsigned]) {
      expect(response.statusCode).toBe(401);
      expect(response.json<ApiError>().error.code).toBe('commerce-events/bad-signature');
    }
  });

  it('refuses a correctly signed event from more than 5 minutes ago with 401', async () => {
    const response = await send(eventFor('prod_x', 'product.updated'), { timestamp: now() - 600 });

    expect(response.statusCode).toBe(401);
    expect(response.json<ApiError>().error.code).toBe('commerce-events/stale-timestamp');
  });

  it('refuses a signed body that is not an event with 400', async () => {
    const response = await send({ id: 'prod_1', event: 'product.updated' });

    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().error.code).toBe('request/validation-failed');
  });

  it("receives commerce's own signed event when a title changes in the admin", async () => {
    const card = cards[3];
    if (!card) throw new Error('no card');
    const title = `${card.title} (event ${Date.now()})`;
    await api.app.listen(inject('stack').apiPort, '127.0.0.1');

    await commerceAdmin(`/admin/products/${card.id}`, { method: 'POST', body: { title } });
    try {
      // The reconciler's timer is 10 minutes in tests, so only the webhook can do this in time.
      await vi.waitFor(async () => expect((await cardOf(card.handle)).title).toBe(title), {
        timeout: 5_000,
        interval: 100,
      });
    } finally {
      await commerceAdmin(`/admin/products/${card.id}`, {
        method: 'POST',
        body: { title: card.title },
      });
    }
  });
});
