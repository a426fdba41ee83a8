import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../pagination/opaque-cursor';
import { EngagementError } from './engagement.error';

/**
 * Where a keyset page ended: the last row's timestamp, kept as PostgreSQL printed it (microseconds;
 * a JS Date would round them away and skip or repeat rows) and its id as the tie-breaker.
 */
export interface KeysetPosition {
  at: string;
  id: string;
}

const CursorPayload = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/),
  z.uuid(),
]);

export function encodeCursor(position: KeysetPosition): string {
  return encodeOpaqueCursor([position.at, position.id]);
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (cursor === undefined) return null;
  const position = decodeOpaqueCursor(cursor, CursorPayload);
  if (!position) throw EngagementError.invalidCursor();
  const [at, id] = position;
  return { at, id };
}

/** Splits `limit + 1` fetched rows into a page and the cursor of its last row. */
export function toPage<Row extends { cursorAt: string; id: string }>(
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}
