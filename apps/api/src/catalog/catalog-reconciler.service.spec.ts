import { beforeEach, describe, expect, it } from 'vitest';
import type { AdvisoryLockRepository, LockedRun } from '../database/advisory-lock.repository';
import {
  CATALOG_WATERMARK,
  CatalogReconcilerService,
  RECONCILE_BATCH_SIZE,
} from './catalog-reconciler.service';
import type { CommerceCatalogRepository, Page } from './commerce-catalog.repository';
import type { MedusaProductChange, MedusaStoreProduct, MedusaStoreRegion } from './medusa-product';
import type { SyncedProductCard } from './product-card.mapper';
import type { ProductCardsRepository } from './product-cards.repository';
import type { SyncWatermarksRepository } from './sync-watermarks.repository';

interface CommerceProduct {
  id: string;
  updatedAt: string;
  visible: boolean;
  usd: number;
  cny: number;
}

/** Medusa as the reconciler sees it, in memory. */
class FakeCommerce {
  readonly products = new Map<string, CommerceProduct>();
  readonly changeQueries: (string | null)[] = [];
  cardCalls = 0;
  failCardCallNumber: number | null = null;
  down = false;

  readonly regions: MedusaStoreRegion[] = [
    { id: 'reg_us', name: 'United States', currency_code: 'usd', countries: [{ iso_2: 'us' }] },
    { id: 'reg_cn', name: 'China', currency_code: 'cny', countries: [{ iso_2: 'cn' }] },
  ];

  add(count: number, from = 0): void {
    for (let index = from; index < from + count; index += 1) {
      const id = `prod_${String(index).padStart(4, '0')}`;
      // Every third product shares its timestamp with the next, as products saved together do.
      const second = index - (index % 3 === 1 ? 1 : 0);
      const updatedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, second)).toISOString();
      this.products.set(id, { id, updatedAt, visible: true, usd: 10 + index, cny: 70 + index });
    }
  }

  listRegions = (): Promise<MedusaStoreRegion[]> => this.answer(() => this.regions);

  listProductChanges = (since: string | null, page: Page): Promise<MedusaProductChange[]> =>
    this.answer(() => {
      this.changeQueries.push(since);
      return [...this.products.values()]
        .filter((product) => since === null || Date.parse(product.updatedAt) >= Date.parse(since))
        .sort(
          (a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id.localeCompare(b.id),
        )
        .slice(page.offset, page.offset + page.limit)
        .map((product) => ({ id: product.id, updated_at: product.updatedAt }));
    });

  listVisibleProductIds = (page: Page): Promise<string[]> =>
    this.answer(() =>
      [...this.products.values()]
        .filter((product) => product.visible)
        .map((product) => product.id)
        .sort()
        .slice(page.offset, page.offset + page.limit),
    );

  listProductsForCards = (regionId: string, ids: string[]): Promise<MedusaStoreProduct[]> =>
    this.answer(() => this.cardsFor(regionId, ids));

  private cardsFor(regionId: string, ids: string[]): MedusaStoreProduct[] {
    this.cardCalls += 1;
    if (this.cardCalls === this.failCardCallNumber) throw new Error('commerce timed out');
    if (ids.length > RECONCILE_BATCH_SIZE)
      throw new Error('Medusa was asked for too many products');
    const currency = regionId === 'reg_us' ? 'usd' : 'cny';
    // Medusa does not answer in the order of `id[]`.
    return ids
      .flatMap((id) => {
        const product = this.products.get(id);
        return product?.visible ? [product] : [];
      })
      .reverse()
      .map((product) => ({
        id: product.id,
        handle: product.id.replace('_', '-'),
        title: `Product ${product.id}`,
        description: null,
        thumbnail: null,
        created_at: '2024-12-01T00:00:00.000Z',
        updated_at: product.updatedAt,
        images: [{ url: `http://commerce/static/${product.id}.webp` }],
        categories: [{ handle: 'travel' }],
        variants: [
          {
            id: `variant_${product.id}`,
            title: 'One size',
            options: [],
            calculated_price: { calculated_amount: product[currency], currency_code: currency },
            manage_inventory: false,
          },
        ],
      }));
  }

  /** Answers like an HTTP call: asynchronously, failing while commerce is down. */
  private answer<T>(produce: () => T): Promise<T> {
    if (this.down)
      return Promise.reject(new Error('commerce /store/regions: unreachable (ECONNREFUSED)'));
    try {
      return Promise.resolve(produce());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

class FakeProductCards {
  readonly rows = new Map<string, { card: SyncedProductCard; syncedAt: Date }>();

  replace = (cards: SyncedProductCard[], goneIds: string[], syncedAt: Date) => {
    const deleted = goneIds.filter((id) => this.rows.delete(id));
    for (const card of cards) this.rows.set(card.id, { card, syncedAt });
    return Promise.resolve({
      removed: deleted.length,
      upserted: cards.map((card) => card.id),
      deleted,
    });
  };

  deleteAllExcept = (keepIds: string[], syncedUpTo: Date) => {
    const keep = new Set(keepIds);
    let removed = 0;
    for (const [id, row] of this.rows) {
      if (!keep.has(id) && row.syncedAt <= syncedUpTo) {
        this.rows.delete(id);
        removed += 1;
      }
    }
    return Promise.resolve(removed);
  };

  usdPriceOf(id: string): number | undefined {
    return this.rows.get(id)?.card.priceRanges.find((range) => range.currencyCode === 'usd')?.min;
  }
}

class FakeWatermarks {
  readonly values = new Map<string, string>();
  get = (name: string) => Promise.resolve(this.values.get(name) ?? null);
  set = (name: string, value: string) => {
    this.values.set(name, value);
    return Promise.resolve();
  };
}

class FakeLocks {
  heldElsewhere = false;
  runIfFree = async <T>(_name: string, work: () => Promise<T>): Promise<LockedRun<T>> =>
    this.heldElsewhere ? { acquired: false } : { acquired: true, value: await work() };
}

describe(CatalogReconcilerService.name, () => {
  let commerce: FakeCommerce;
  let cards: FakeProductCards;
  let watermarks: FakeWatermarks;
  let locks: FakeLocks;
  let sut: CatalogReconcilerService;

  beforeEach(() => {
    commerce = new FakeCommerce();
    cards = new FakeProductCards();
    watermarks = new FakeWatermarks();
    locks = new FakeLocks();
    sut = new CatalogReconcilerService(
      commerce as unknown as CommerceCatalogRepository,
      cards as unknown as ProductCardsRepository,
      watermarks as unknown as SyncWatermarksRepository,
      locks as unknown as AdvisoryLockRepository,
      { CATALOG_RECONCILE_INTERVAL_MS: 60_000 },
    );
  });

  it('fills an empty cache with every product, priced in both currencies', async () => {
    commerce.add(120);

    const outcome = await sut.runPass();

    expect(outcome).toMatchObject({
      status: 'completed',
      summary: { changed: 120, stored: 120, swept: 0 },
    });
    expect(cards.rows.size).toBe(120);
    expect(cards.rows.get('prod_0007')?.card.priceRanges).toEqual([
      { currencyCode: 'usd', min: 1700, max: 1700 },
      { currencyCode: 'cny', min: 7700, max: 7700 },
    ]);
  });

  it('moves the watermark to the newest stored change', async () => {
    commerce.add(120);

    await sut.runPass();

    const newest = [...commerce.products.values()]
      .map((product) => product.updatedAt)
      .sort()
      .at(-1);
    expect(watermarks.values.get(CATALOG_WATERMARK)).toBe(newest);
  });

  it('keeps the watermark of the last stored batch when a later batch fails', async () => {
    commerce.add(120);
    // Batch 1 takes card calls 1-2 (usd, cny); batch 2 fails on its cny call.
    commerce.failCardCallNumber = 4;

    const outcome = await sut.runPass();

    expect(outcome).toEqual({ status: 'failed', error: 'commerce timed out' });
    const firstBatch = [...commerce.products.values()]
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
      .slice(0, RECONCILE_BATCH_SIZE);
    expect(cards.rows.size).toBe(RECONCILE_BATCH_SIZE);
    expect(watermarks.values.get(CATALOG_WATERMARK)).toBe(firstBatch.at(-1)?.updatedAt);
  });

  it('asks only for changes since the watermark on the next pass', async () => {
    commerce.add(10);
    await sut.runPass();
    const watermark = watermarks.values.get(CATALOG_WATERMARK);

    commerce.add(3, 10);
    const outcome = await sut.runPass();

    expect(commerce.changeQueries).toEqual([null, watermark]);
    expect(outcome).toMatchObject({ status: 'completed', summary: { changed: 4, swept: 9 } });
    expect(cards.rows.size).toBe(13);
  });

  it('picks up a price change that did not touch updated_at', async () => {
    commerce.add(60);
    await sut.runPass();

    const product = commerce.products.get('prod_0003');
    if (!product) throw new Error('fixture missing');
    product.usd = 5.5;
    await sut.runPass();

    expect(cards.usdPriceOf('prod_0003')).toBe(550);
  });

  it('removes the cards of products that were deleted or unpublished', async () => {
    commerce.add(60);
    await sut.runPass();

    commerce.products.delete('prod_0001');
    const unpublished = commerce.products.get('prod_0042');
    if (!unpublished) throw new Error('fixture missing');
    unpublished.visible = false;
    unpublished.updatedAt = '2025-06-01T00:00:00.000Z';
    const outcome = await sut.runPass();

    expect(outcome).toMatchObject({ status: 'completed', summary: { removed: 2 } });
    expect(cards.rows.has('prod_0001')).toBe(false);
    expect(cards.rows.has('prod_0042')).toBe(false);
    expect(cards.rows.size).toBe(58);
  });

  it('changes nothing when commerce is down', async () => {
    commerce.add(5);
    await sut.runPass();
    const watermark = watermarks.values.get(CATALOG_WATERMARK);

    commerce.down = true;
    const outcome = await sut.runPass();

    expect(outcome.status).toBe('failed');
    expect(cards.rows.size).toBe(5);
    expect(watermarks.values.get(CATALOG_WATERMARK)).toBe(watermark);
  });

  it('does not start a second pass while one is running', async () => {
    commerce.add(5);

    const [first, second] = await Promise.all([sut.runPass(), sut.runPass()]);

    expect(first.status).toBe('completed');
    expect(second).toEqual({ status: 'skipped', reason: 'already-running' });
    expect(commerce.changeQueries).toHaveLength(1);
  });

  it('leaves the pass to the api instance that holds the lock', async () => {
    commerce.add(5);
    locks.heldElsewhere = true;

    const outcome = await sut.runPass();

    expect(outcome).toEqual({ status: 'skipped', reason: 'locked-by-another-instance' });
    expect(cards.rows.size).toBe(0);
  });
});
