import { describe, expect, it } from 'vitest';
import { CatalogError } from './catalog.error';
import { decodeProductCursor, encodeProductCursor } from './product-cursor';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof CatalogError ? error.code : error;
  }
  return 'no error';
};

describe(decodeProductCursor.name, () => {
  it('gives back the position it was encoded from', () => {
    const position = { createdAt: new Date('2025-11-20T10:00:00.123Z'), id: 'prod_01JABC' };

    const sut = decodeProductCursor(encodeProductCursor(position));

    expect(sut).toEqual(position);
  });

  it('encodes to URL-safe characters only', () => {
    const cursor = encodeProductCursor({
      createdAt: new Date('2025-01-01T00:00:00.000Z'),
      id: 'prod_??>>~~',
    });

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['characters outside base64url', 'abc$def'],
    ['bytes that are not JSON', Buffer.from('not json').toString('base64url')],
    ['JSON of the wrong shape', Buffer.from('{"id":"prod_1"}').toString('base64url')],
    ['a date that is not a timestamp', Buffer.from('["yesterday","prod_1"]').toString('base64url')],
    ['an empty id', Buffer.from('["2025-01-01T00:00:00.000Z",""]').toString('base64url')],
  ])('rejects %s as catalog/invalid-cursor', (_what, cursor) => {
    expect(codeOf(() => decodeProductCursor(cursor))).toBe('catalog/invalid-cursor');
  });
});
