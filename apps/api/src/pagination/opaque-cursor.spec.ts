import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { decodeOpaqueCursor, encodeOpaqueCursor } from './opaque-cursor';

const Position = z.tuple([z.number(), z.string()]);

describe(decodeOpaqueCursor.name, () => {
  it('reads back what encodeOpaqueCursor wrote, as a URL-safe token', () => {
    const sut = encodeOpaqueCursor([1.5, 'b3f1']);

    expect(sut).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeOpaqueCursor(sut, Position)).toEqual([1.5, 'b3f1']);
  });

  it('returns null for foreign alphabets, broken JSON and the wrong shape', () => {
    expect(decodeOpaqueCursor('abc+/=', Position)).toBeNull();
    expect(decodeOpaqueCursor(Buffer.from('{nope').toString('base64url'), Position)).toBeNull();
    expect(decodeOpaqueCursor(encodeOpaqueCursor(['x', 1]), Position)).toBeNull();
  });
});
