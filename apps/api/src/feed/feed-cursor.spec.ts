import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';
import { FeedError } from './feed.error';

const codeOf = (decode: () => unknown): string | undefined => {
  try {
    decode();
  } catch (error) {
    return error instanceof FeedError ? error.code : 'not a FeedError';
  }
  return undefined;
};

const id = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('feed cursors', () => {
  it('round-trips a hot score exactly, down to the last bit of the double', () => {
    const rank = 1234.5678901234567;
    const cursor = encodeFeedCursor({ kind: 'hot', rank, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeFeedCursor(cursor, 'hot')).toEqual({ kind: 'hot', rank, id });
  });

  it('round-trips a publish time in epoch microseconds', () => {
    const rank = 1_764_000_123_456_789;
    const cursor = encodeFeedCursor({ kind: 'newest', rank, id });
    expect(decodeFeedCursor(cursor, 'newest').rank).toBe(rank);
  });

  it.each([
    ['characters outside base64url', '%%%'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['an id that is not a uuid', Buffer.from('["hot",1,"x"]').toString('base64url')],
  ])('refuses %s as feed/invalid-cursor', (_, cursor) => {
    expect(codeOf(() => decodeFeedCursor(cursor, 'hot'))).toBe('feed/invalid-cursor');
  });

  it('refuses a cursor from another kind of list', () => {
    const cursor = encodeFeedCursor({ kind: 'newest', rank: 1, id });
    expect(codeOf(() => decodeFeedCursor(cursor, 'hot'))).toBe('feed/invalid-cursor');
  });
});
