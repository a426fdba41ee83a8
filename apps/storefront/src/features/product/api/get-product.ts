import { ProductCard } from '@noteshop/contracts';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export function getProduct(handle: string, signal?: AbortSignal): Promise<ProductCard> {
  return apiGet(`/api/products/${encodeURIComponent(handle)}`, ProductCard, signal);
}

export const productQueryOptions = (handle: string) =>
  queryOptions({
    queryKey: ['products', 'detail', handle],
    queryFn: ({ signal }) => getProduct(handle, signal),
  });

/** The route loader has already fetched it, so this never shows a loading state of its own. */
export function useProduct(handle: string) {
  return useSuspenseQuery(productQueryOptions(handle));
}
