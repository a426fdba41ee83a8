import type { NewProductCardRow, ProductCardRow } from './catalog.schema';

/** Outbox topics for product cards; search re-indexes or drops the product's document. */
export type ProductOutboxTopic = 'product.upserted' | 'product.deleted';

export interface ProductOutboxRow {
  topic: ProductOutboxTopic;
  payload: { productId: string };
}

export function productOutboxRows(upserted: string[], deleted: string[]): ProductOutboxRow[] {
  return [
    ...upserted.map((productId) => ({
      topic: 'product.upserted' as const,
      payload: { productId },
    })),
    ...deleted.map((productId) => ({ topic: 'product.deleted' as const, payload: { productId } })),
  ];
}

// Every pass rewrites every card (to move `synced_at`); only a change of what a shopper sees may
// reach the outbox, or search would re-index the whole catalog once a minute.
const CONTENT_COLUMNS = [
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
] as const;

/** True when `incoming` would change what `stored` shows (a missing `stored` always does). */
export function cardContentChanged(
  stored: ProductCardRow | undefined,
  incoming: NewProductCardRow,
): boolean {
  if (!stored) return true;
  return CONTENT_COLUMNS.some(
    (column) => stableJson(stored[column] ?? null) !== stableJson(incoming[column] ?? null),
  );
}

// jsonb stores object keys in its own order, and Medusa lists variants, prices and images in no
// stable order, so both are canonicalised: only a change of content counts, never of order.
function stableJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => JSON.stringify(canonical(item))).sort();
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  return value;
}
