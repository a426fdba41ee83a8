import { describe, expect, it } from 'vitest';
import { decodeMyNotesCursor, encodeMyNotesCursor } from './note-cursor';

describe(decodeMyNotesCursor.name, () => {
  const position = {
    createdAt: '2026-11-25 01:40:12.345678+00',
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  };

  it('reads back what encodeMyNotesCursor wrote, microseconds included', () => {
    expect(decodeMyNotesCursor(encodeMyNotesCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64url', '!!!'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    [
      'a bad timestamp',
      Buffer.from(JSON.stringify(['yesterday', position.id])).toString('base64url'),
    ],
    ['a bad id', Buffer.from(JSON.stringify([position.createdAt, 'x'])).toString('base64url')],
  ])('refuses a cursor that is %s with notes/invalid-cursor', (_, cursor) => {
    let error: unknown;
    try {
      decodeMyNotesCursor(cursor);
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toMatchObject({ code: 'notes/invalid-cursor' });
  });
});
