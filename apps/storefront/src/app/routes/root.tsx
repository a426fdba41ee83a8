import type { QueryClient } from '@tanstack/react-query';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppShell } from '../../components/layouts/app-shell';
import {
  CategoryChips,
  categoryFromSearch,
} from '../../features/catalog/components/category-chips';
import { ProductFeedSkeleton } from '../../features/catalog/components/product-feed-skeleton';
import { storeConfigQueryOptions } from '../../lib/store-config';

export const rootLoader = (queryClient: QueryClient) => async () => {
  // Regions decide the currency, so load them before the first paint; without them the page still works in the default currency.
  await queryClient.ensureQueryData(storeConfigQueryOptions()).catch(() => undefined);
  return null;
};

export function RootLayout() {
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration />
    </AppShell>
  );
}

/** Shown while the first route's loaders run: the shell, and on the home page a placeholder feed. */
export function RootHydrateFallback() {
  const location = useLocation();
  return (
    <AppShell>
      {location.pathname === '/' ? (
        <>
          <CategoryChips active={categoryFromSearch(new URLSearchParams(location.search))} />
          <ProductFeedSkeleton />
        </>
      ) : null}
    </AppShell>
  );
}
