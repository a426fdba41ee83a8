/**
 * Deals items into columns, each to the currently shortest one, using an estimated height.
 * Earlier items never move when later ones are appended, so infinite loading does not reshuffle the feed.
 */
export function distributeIntoColumns<Item>(
  items: readonly Item[],
  columnCount: number,
  estimateHeight: (item: Item) => number,
): Item[][] {
  const count = Math.max(1, Math.floor(columnCount));
  const columns: Item[][] = Array.from({ length: count }, () => []);
  const heights: number[] = new Array<number>(count).fill(0);
  for (const item of items) {
    let shortest = 0;
    for (let index = 1; index < count; index += 1) {
      if ((heights[index] ?? 0) < (heights[shortest] ?? 0)) shortest = index;
    }
    columns[shortest]?.push(item);
    heights[shortest] = (heights[shortest] ?? 0) + estimateHeight(item);
  }
  return columns;
}
