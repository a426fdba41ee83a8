import { ProductCardPage, type ProductCategory } from '@noteshop/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** 24 fills whole rows at 2, 3 and 4 columns. */
export const productPageSize = 24;

export function getProducts({
  category,
  cursor,
  limit = productPageSize,
  signal,
}: {
  category?: ProductCategory | undefined;
  cursor?: string | undefined;
  limit?: number;
  signal?: AbortSignal;
}): Promise<ProductCardPage> {
  const search = new URLSearchParams({ limit: String(limit) });
  if (category) search.set('category', category);
  if (cursor) search.set('cursor', cursor);
  return apiGet(`/api/products?${search.toString()}`, ProductCardPage, signal);
}

export const productListQueryKey = ['products', 'list'] as const;

export const productsQueryOptions = (category: ProductCategory | undefined) =>
  infiniteQueryOptions({
    queryKey: [...productListQueryKey, { category: category ?? 'all' }],
    queryFn: ({ pageParam, signal }) => getProducts({ category, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useProducts(category: ProductCategory | undefined) {
  // The route loader already retried a failing first page; show its error instead of retrying again on mount.
  return useInfiniteQuery({ ...productsQueryOptions(category), retryOnMount: false });
}
