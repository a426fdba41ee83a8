import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './engagement-cursor';

const position = { at: '2026-11-25T01:02:03.123456Z', id: '0b7c6f1e-4a51-4a8e-9d6f-2f3b1c0d9e8a' };

describe(decodeCursor.name, () => {
  it('reads back what encodeCursor wrote, microseconds included', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('answers null without a cursor', () => {
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each(['%%', 'abc', Buffer.from('["x","y"]').toString('base64url')])(
    'refuses %s as engagement/invalid-cursor',
    (cursor) => {
      let thrown: unknown;
      try {
        decodeCursor(cursor);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'engagement/invalid-cursor' });
    },
  );
});

describe(toPage.name, () => {
  const rows = [1, 2, 3].map((n) => ({ id: `${n}`, cursorAt: `t${n}` }));

  it('gives a cursor when there was one more row than the limit', () => {
    const page = toPage(rows, 2);
    expect(page.rows).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
  });

  it('gives no cursor on the last page', () => {
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });
});
