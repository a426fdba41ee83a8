import { z } from 'zod';
import { FeedError } from './feed.error';

/**
 * Where a page ended, as the last note's sort key. `rank` is the hot score (discover) or the
 * publish time in epoch milliseconds (every newest-first list); both are compared as numbers.
 * The list kind is inside, so a cursor from one list is refused by another.
 */
export interface FeedPosition {
  kind: FeedListKind;
  rank: number;
  id: string;
}

export type FeedListKind = 'hot' | 'newest';

const CursorPayload = z.tuple([z.enum(['hot', 'newest']), z.number().finite(), z.uuid()]);

/** An opaque, URL-safe token. Clients pass it back as is; its content is ours to change. */
export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(JSON.stringify([position.kind, position.rank, position.id])).toString(
    'base64url',
  );
}

export function decodeFeedCursor(cursor: string, kind: FeedListKind): FeedPosition {
  // Node's base64 decoder skips characters it does not know, so check the alphabet first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw FeedError.invalidCursor();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw FeedError.invalidCursor();
  }
  const parsed = CursorPayload.safeParse(payload);
  if (!parsed.success || parsed.data[0] !== kind) throw FeedError.invalidCursor();
  const [, rank, id] = parsed.data;
  return { kind, rank, id };
}
