import { useSyncExternalStore } from 'react';

// Phones get 2 columns, growing to 5 on wide desktops (min-widths in px).
const breakpoints: ReadonlyArray<readonly [minWidth: number, columns: number]> = [
  [1200, 5],
  [960, 4],
  [640, 3],
];
const fallbackColumns = 2;

const queries = breakpoints.map(([minWidth]) => `(min-width: ${minWidth}px)`);

function currentColumnCount(): number {
  if (typeof window.matchMedia !== 'function') return fallbackColumns;
  const index = queries.findIndex((query) => window.matchMedia(query).matches);
  return index === -1 ? fallbackColumns : (breakpoints[index]?.[1] ?? fallbackColumns);
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const lists = queries.map((query) => window.matchMedia(query));
  lists.forEach((list) => list.addEventListener('change', onChange));
  return () => lists.forEach((list) => list.removeEventListener('change', onChange));
}

/** The number of feed columns for the current viewport width. */
export function useColumnCount(): number {
  return useSyncExternalStore(subscribe, currentColumnCount, () => fallbackColumns);
}
