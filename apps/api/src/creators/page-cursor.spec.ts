import { describe, expect, it } from 'vitest';
import { decodePageCursor, encodePageCursor } from './page-cursor';

describe(decodePageCursor.name, () => {
  const position = { createdAt: '2026-11-25T01:02:03.123456Z', key: 'cus_01ABC' };

  it('reads back the position it encoded, microseconds included', () => {
    expect(decodePageCursor(encodePageCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    [
      'a millisecond timestamp',
      Buffer.from('["2026-11-25T01:02:03.123Z","k"]').toString('base64url'),
    ],
    [
      'an impossible date',
      Buffer.from('["2026-13-45T01:02:03.123456Z","k"]').toString('base64url'),
    ],
    ['an empty key', Buffer.from('["2026-11-25T01:02:03.123456Z",""]').toString('base64url')],
  ])('rejects %s', (_, cursor) => {
    expect(decodePageCursor(cursor)).toBeNull();
  });
});
