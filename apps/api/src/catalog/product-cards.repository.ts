import { Inject, Injectable } from '@nestjs/common';
import type { ProductCard, ProductCategory } from '@noteshop/contracts';
import { and, eq, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { DATABASE, type Database } from '../database/database.tokens';
import { outbox } from '../outbox/outbox.schema';
import { productCards, type NewProductCardRow, type ProductCardRow } from './catalog.schema';
import { cardContentChanged, productOutboxRows } from './product-outbox';
import type { SyncedProductCard } from './product-card.mapper';
import type { ProductListPosition } from './product-cursor';

export interface ProductListSlice {
  after: ProductListPosition | null;
  limit: number;
  category: ProductCategory | undefined;
}

export type StoredProductCard = ProductCard & { createdAt: Date };

const toCard = (row: ProductCardRow): StoredProductCard => ({
  id: row.productId,
  handle: row.handle,
  title: row.title,
  description: row.description,
  thumbnail: row.thumbnail,
  images: row.images,
  category: row.category,
  priceRanges: row.priceRanges,
  inStock: row.inStock,
  variants: row.variants,
  updatedAt: row.commerceUpdatedAt.toISOString(),
  createdAt: row.commerceCreatedAt,
});

const toRow = (card: SyncedProductCard, syncedAt: Date): NewProductCardRow => ({
  productId: card.id,
  handle: card.handle,
  title: card.title,
  description: card.description,
  thumbnail: card.thumbnail,
  images: card.images,
  category: card.category,
  priceRanges: card.priceRanges,
  variants: card.variants,
  inStock: card.inStock,
  commerceCreatedAt: new Date(card.createdAt),
  commerceUpdatedAt: new Date(card.updatedAt),
  syncedAt,
});

// Every column a sync may change takes the incoming value on conflict. Drizzle's `set` is keyed by
// property name: a snake_case key is silently ignored (prices, stock and synced_at never moved).
const overwrite = Object.fromEntries(
  (
    [
      'handle',
      'title',
      'description',
      'thumbnail',
      'images',
      'category',
      'priceRanges',
      'variants',
      'inStock',
      'commerceCreatedAt',
      'commerceUpdatedAt',
      'syncedAt',
    ] as const
  ).map((key) => [key, sql.raw(`excluded.${productCards[key].name}`)]),
);

@Injectable()
export class ProductCardsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Newest first, by (commerce_created_at desc, product_id desc), strictly after `after`. */
  async listNewestFirst({
    after,
    limit,
    category,
  }: ProductListSlice): Promise<StoredProductCard[]> {
    const filters: SQL[] = [];
    if (category) filters.push(eq(productCards.category, category));
    if (after) {
      const afterFilter = or(
        lt(productCards.commerceCreatedAt, after.createdAt),
        and(
          eq(productCards.commerceCreatedAt, after.createdAt),
          lt(productCards.productId, after.id),
        ),
      );
      if (afterFilter) filters.push(afterFilter);
    }
    const rows = await this.db
      .select()
      .from(productCards)
      .where(and(...filters))
      // NULLS LAST matches the indexes, so PostgreSQL can walk them instead of sorting.
      .orderBy(
        sql`${productCards.commerceCreatedAt} desc nulls last`,
        sql`${productCards.productId} desc nulls last`,
      )
      .limit(limit);
    return rows.map(toCard);
  }

  async findByHandle(handle: string): Promise<StoredProductCard | undefined> {
    const [row] = await this.db.select().from(productCards).where(eq(productCards.handle, handle));
    return row && toCard(row);
  }

  /** The cards of `ids` that exist, in no particular order; one query however many ids. */
  async findByIds(ids: readonly string[]): Promise<StoredProductCard[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select()
      .from(productCards)
      .where(sql`${productCards.productId} = any(${sql.param([...new Set(ids)])}::text[])`);
    return rows.map(toCard);
  }

  /**
   * In one transaction: removes the cards of `goneIds` and writes `cards`. A handle moves between
   * products when one is deleted and another takes its handle, so cards that hold a handle another
   * product now uses are removed first (they are stale by definition). Every card whose content
   * changes, and every card removed, gets its outbox row in the same transaction.
   */
  async replace(
    cards: SyncedProductCard[],
    goneIds: string[],
    syncedAt: Date,
  ): Promise<{ removed: number; upserted: string[]; deleted: string[] }> {
    return this.db.transaction(async (tx) => {
      const deleted: string[] = [];
      if (goneIds.length > 0) {
        const gone = await tx
          .delete(productCards)
          .where(sql`${productCards.productId} = any(${sql.param(goneIds)}::text[])`)
          .returning({ id: productCards.productId });
        deleted.push(...gone.map((row) => row.id));
      }
      const removed = deleted.length;
      const upserted: string[] = [];
      if (cards.length > 0) {
        const incomingIds = cards.map((card) => card.id);
        const displaced = await tx.execute<{ product_id: string }>(sql`
          delete from ${productCards} as card
          using unnest(${sql.param(incomingIds)}::text[],
                       ${sql.param(cards.map((card) => card.handle))}::text[]) as incoming(id, handle)
          where (card.handle = incoming.handle and card.product_id <> incoming.id)
             or (card.product_id = incoming.id and card.handle <> incoming.handle)
          returning card.product_id`);
        for (const { product_id: id } of displaced.rows)
          if (!incomingIds.includes(id) && !deleted.includes(id)) deleted.push(id);
        const before = new Map(
          (
            await tx
              .select()
              .from(productCards)
              .where(sql`${productCards.productId} = any(${sql.param(incomingIds)}::text[])`)
          ).map((row) => [row.productId, row]),
        );
        const rows = cards.map((card) => toRow(card, syncedAt));
        await tx
          .insert(productCards)
          .values(rows)
          .onConflictDoUpdate({ target: productCards.productId, set: overwrite });
        for (const row of rows)
          if (cardContentChanged(before.get(row.productId), row)) upserted.push(row.productId);
      }
      const outboxRows = productOutboxRows(upserted, deleted);
      if (outboxRows.length > 0) await tx.insert(outbox).values(outboxRows);
      return { removed, upserted, deleted };
    });
  }

  /** Deletes the cards not in `keepIds` that no sync has written after `syncedUpTo`. */
  async deleteAllExcept(keepIds: string[], syncedUpTo: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      const gone = await tx
        .delete(productCards)
        .where(
          and(
            lte(productCards.syncedAt, syncedUpTo),
            sql`not (${productCards.productId} = any(${sql.param(keepIds)}::text[]))`,
          ),
        )
        .returning({ id: productCards.productId });
      const outboxRows = productOutboxRows(
        [],
        gone.map((row) => row.id),
      );
      if (outboxRows.length > 0) await tx.insert(outbox).values(outboxRows);
      return gone.length;
    });
  }
}
