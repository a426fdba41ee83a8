import { describe, expect, it } from 'vitest';
import { parseSearchTopic, toSearchTargets } from './search-targets';

describe('parseSearchTopic', () => {
  it('reads the id each topic carries', () => {
    expect(parseSearchTopic('note.upserted', { noteId: 'n1' })).toEqual({ kind: 'note', id: 'n1' });
    expect(parseSearchTopic('product.deleted', { productId: 'p1' })).toEqual({
      kind: 'product',
      id: 'p1',
    });
  });

  it("reads search's own refresh topics", () => {
    expect(parseSearchTopic('search.refresh-creator', { creatorId: 'c1' })).toEqual({
      kind: 'creator',
      id: 'c1',
    });
  });

  it('explains an unknown topic or a malformed payload', () => {
    expect(parseSearchTopic('order.placed', {})).toMatch(/no search handler/);
    expect(parseSearchTopic('note.deleted', { noteId: 7 })).toMatch(/lacks a string noteId/);
  });
});

describe('toSearchTargets', () => {
  it('groups by kind and drops duplicates, so an upsert and a delete refresh once', () => {
    expect(
      toSearchTargets([
        { kind: 'note', id: 'n1' },
        { kind: 'note', id: 'n1' },
        { kind: 'product', id: 'p1' },
      ]),
    ).toEqual({ noteIds: ['n1'], productIds: ['p1'], creatorIds: [] });
  });
});
