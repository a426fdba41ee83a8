import type { CSSProperties, Key, ReactNode } from 'react';
import { useColumnCount } from '../hooks/use-column-count';
import { distributeIntoColumns } from './masonry-columns';
import styles from './masonry-grid.module.css';

/** A Pinterest-style grid: 2 columns on phones up to 5 on desktops, items stacked into the shortest column. */
export function MasonryGrid<Item>({
  items,
  itemKey,
  estimateHeight,
  renderItem,
  label,
}: {
  items: readonly Item[];
  itemKey: (item: Item) => Key;
  /** Height relative to the column width; only the proportions between items matter. */
  estimateHeight: (item: Item) => number;
  renderItem: (item: Item) => ReactNode;
  label?: string;
}) {
  const columnCount = useColumnCount();
  const columns = distributeIntoColumns(items, columnCount, estimateHeight);
  return (
    <div
      className={styles.grid}
      style={{ '--columns': columnCount } as CSSProperties}
      role="list"
      aria-label={label}
    >
      {columns.map((column, index) => (
        // Columns are positional: their identity is their index.
        <div key={index} className={styles.column}>
          {column.map((item) => (
            <div key={itemKey(item)} role="listitem">
              {renderItem(item)}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
