import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../pagination/opaque-cursor';

/**
 * Where a newest-first page ended: the last row's `created_at` at PostgreSQL's full microsecond
 * precision (a JS Date would round it and skip rows), and a tie-breaking key.
 */
export interface PagePosition {
  /** `created_at` as `YYYY-MM-DDTHH:MM:SS.ffffffZ`; see {@link createdAtText}. */
  createdAt: string;
  key: string;
}

const MICROSECOND_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const CursorPayload = z.tuple([
  z
    .string()
    .regex(MICROSECOND_UTC)
    .refine((text) => !Number.isNaN(Date.parse(text))),
  z.string().min(1).max(100),
]);

export function encodePageCursor(position: PagePosition): string {
  return encodeOpaqueCursor([position.createdAt, position.key]);
}

/** The position in `cursor`, or null when it is not one of ours. */
export function decodePageCursor(cursor: string): PagePosition | null {
  const position = decodeOpaqueCursor(cursor, CursorPayload);
  if (!position) return null;
  const [createdAt, key] = position;
  return { createdAt, key };
}
