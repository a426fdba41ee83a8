import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { productsQueryOptions } from '../../features/catalog/api/get-products';
import {
  CategoryChips,
  categoryFromSearch,
} from '../../features/catalog/components/category-chips';
import { ProductFeed } from '../../features/catalog/components/product-feed';
import { ProductFeedSkeleton } from '../../features/catalog/components/product-feed-skeleton';
import { useDocumentTitle } from '../../hooks/use-document-title';

export const homeLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const category = categoryFromSearch(new URL(request.url).searchParams);
    // A failed first page is the feed's to show (with a retry button), not the route's error page.
    await queryClient
      .ensureInfiniteQueryData(productsQueryOptions(category))
      .catch(() => undefined);
    return null;
  };

export function HomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('meta.title'));
  const [searchParams] = useSearchParams();
  const category = categoryFromSearch(searchParams);

  // While another category's first page loads, highlight its chip at once and show placeholders.
  const navigation = useNavigation();
  const target = navigation.location?.pathname === '/' ? navigation.location : undefined;
  const pendingCategory = target
    ? categoryFromSearch(new URLSearchParams(target.search))
    : category;
  const switching = pendingCategory !== category;

  return (
    <>
      <h1 className="visually-hidden">{t('catalog.heading')}</h1>
      <CategoryChips active={pendingCategory} />
      {switching ? (
        <ProductFeedSkeleton />
      ) : (
        <ProductFeed key={category ?? 'all'} category={category} />
      )}
    </>
  );
}
