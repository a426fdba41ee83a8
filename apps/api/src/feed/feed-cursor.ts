import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../pagination/opaque-cursor';
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

export function encodeFeedCursor(position: FeedPosition): string {
  return encodeOpaqueCursor([position.kind, position.rank, position.id]);
}

export function decodeFeedCursor(cursor: string, kind: FeedListKind): FeedPosition {
  const position = decodeOpaqueCursor(cursor, CursorPayload);
  if (!position || position[0] !== kind) throw FeedError.invalidCursor();
  const [, rank, id] = position;
  return { kind, rank, id };
}
