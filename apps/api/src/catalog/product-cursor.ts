import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../pagination/opaque-cursor';
import { CatalogError } from './catalog.error';

/** Where a page of the newest-first product list ended: the last card's sort key. */
export interface ProductListPosition {
  createdAt: Date;
  id: string;
}

const CursorPayload = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeProductCursor(position: ProductListPosition): string {
  return encodeOpaqueCursor([position.createdAt.toISOString(), position.id]);
}

export function decodeProductCursor(cursor: string): ProductListPosition {
  const position = decodeOpaqueCursor(cursor, CursorPayload);
  if (!position) throw CatalogError.invalidCursor();
  const [createdAt, id] = position;
  return { createdAt: new Date(createdAt), id };
}
