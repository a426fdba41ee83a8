import { z } from 'zod';

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

/** An opaque, URL-safe token. Clients pass it back as is; its content is ours to change. */
export function encodePageCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.key])).toString('base64url');
}

/** The position in `cursor`, or null when it is not one of ours. */
export function decodePageCursor(cursor: string): PagePosition | null {
  // Node's base64 decoder skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success) return null;
  const [createdAt, key] = parsed.data;
  return { createdAt, key };
}
