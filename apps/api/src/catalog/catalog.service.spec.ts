import type { ProductCategory } from '@noteshop/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from './catalog.error';
import { CatalogService } from './catalog.service';
import type {
  ProductCardsRepository,
  ProductListSlice,
  StoredProductCard,
} from './product-cards.repository';

const card = (index: number, category: ProductCategory): StoredProductCard => ({
  id: `prod_${String(index).padStart(3, '0')}`,
  handle: `product-${index}`,
  title: `Product ${index}`,
  description: null,
  thumbnail: null,
  images: [],
  category,
  priceRanges: [],
  inStock: true,
  variants: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
  // Pairs of products share a creation time, so the id must break the tie.
  createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(index / 2))),
});

/** The repository's ordering contract, over an array. */
class FakeProductCards {
  constructor(readonly cards: StoredProductCard[]) {}

  listNewestFirst = ({ after, limit, category }: ProductListSlice) =>
    Promise.resolve(
      this.cards
        .filter((item) => category === undefined || item.category === category)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
        .filter(
          (item) =>
            after === null ||
            item.createdAt < after.createdAt ||
            (item.createdAt.getTime() === after.createdAt.getTime() && item.id < after.id),
        )
        .slice(0, limit),
    );

  findByHandle = (handle: string) =>
    Promise.resolve(this.cards.find((item) => item.handle === handle));
}

describe(CatalogService.name, () => {
  let sut: CatalogService;

  beforeEach(() => {
    const cards = Array.from({ length: 25 }, (_, index) =>
      card(index, index % 5 === 0 ? 'makeup' : 'fashion'),
    );
    sut = new CatalogService(new FakeProductCards(cards) as unknown as ProductCardsRepository);
  });

  it('pages through every product once, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await sut.listProducts({ limit: 7, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen.slice(0, 3)).toEqual(['prod_024', 'prod_023', 'prod_022']);
  });

  it('has no next cursor when the page holds the last product', async () => {
    const page = await sut.listProducts({ limit: 25 });

    expect(page.items).toHaveLength(25);
    expect(page.nextCursor).toBeNull();
  });

  it('lists only the requested category', async () => {
    const page = await sut.listProducts({ limit: 60, category: 'makeup' });

    expect(page.items.map((item) => item.id)).toEqual([
      'prod_020',
      'prod_015',
      'prod_010',
      'prod_005',
      'prod_000',
    ]);
  });

  it('does not expose the internal sort key', async () => {
    const page = await sut.listProducts({ limit: 1 });

    expect(page.items[0]).not.toHaveProperty('createdAt');
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(sut.listProducts({ limit: 5, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({
      code: 'catalog/invalid-cursor',
    });
  });

  it('finds a product by handle, and says which handle is missing', async () => {
    await expect(sut.getProduct('product-3')).resolves.toMatchObject({ id: 'prod_003' });
    await expect(sut.getProduct('nope')).rejects.toEqual(CatalogError.productNotFound('nope'));
  });
});
