import { z } from 'zod';
import { CatalogError } from './catalog.error';

/** Where a page of the newest-first product list ended: the last card's sort key. */
export interface ProductListPosition {
  createdAt: Date;
  id: string;
}

const CursorPayload = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

/** An opaque, URL-safe token. Clients pass it back as is; its content is ours to change. */
export function encodeProductCursor(position: ProductListPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString(
    'base64url',
  );
}

export function decodeProductCursor(cursor: string): ProductListPosition {
  // Node's base64 decoder skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw CatalogError.invalidCursor();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw CatalogError.invalidCursor();
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success) throw CatalogError.invalidCursor();
  const [createdAt, id] = parsed.data;
  return { createdAt: new Date(createdAt), id };
}
