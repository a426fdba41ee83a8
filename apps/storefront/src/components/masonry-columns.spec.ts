import { describe, expect, it } from 'vitest';
import { distributeIntoColumns } from './masonry-columns';

describe(distributeIntoColumns.name, () => {
  const heights: Record<string, number> = { a: 3, b: 1, c: 1, d: 2, e: 1 };

  it('puts each item in the currently shortest column', () => {
    const sut = distributeIntoColumns(['a', 'b', 'c', 'd', 'e'], 2, (item) => heights[item] ?? 0);
    expect(sut).toEqual([
      ['a', 'e'],
      ['b', 'c', 'd'],
    ]);
  });

  it('never moves earlier items when more are appended', () => {
    const first = distributeIntoColumns(['a', 'b', 'c'], 3, (item) => heights[item] ?? 0);
    const more = distributeIntoColumns(['a', 'b', 'c', 'd', 'e'], 3, (item) => heights[item] ?? 0);
    first.forEach((column, index) => expect(more[index]?.slice(0, column.length)).toEqual(column));
  });

  it('treats a column count below one as one column', () => {
    expect(distributeIntoColumns(['a', 'b'], 0, () => 1)).toEqual([['a', 'b']]);
  });
});
