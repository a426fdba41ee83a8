import type { ProductCardPage } from '@noteshop/contracts';
import { ProductHandleParam } from '@noteshop/contracts';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { productListQueryKey } from '../../features/catalog/api/get-products';
import { productQueryOptions } from '../../features/product/api/get-product';
import { ApiRequestError } from '../../lib/api-client';

// The loader stays in the main bundle so data and the lazily loaded page code download in parallel.

/** The feed already holds full product cards; reuse one so opening a product is instant. */
function seedFromFeed(queryClient: QueryClient, handle: string): void {
  const detailKey = productQueryOptions(handle).queryKey;
  if (queryClient.getQueryData(detailKey)) return;
  for (const [listKey, feed] of queryClient.getQueriesData<InfiniteData<ProductCardPage>>({
    queryKey: productListQueryKey,
  })) {
    const card = feed?.pages
      .flatMap((page) => page.items)
      .find((candidate) => candidate.handle === handle);
    if (card) {
      // Keep the feed's age, so a stale card is still refetched in the background.
      queryClient.setQueryData(detailKey, card, {
        updatedAt: queryClient.getQueryState(listKey)?.dataUpdatedAt ?? 0,
      });
      return;
    }
  }
}

export const productLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const parsed = ProductHandleParam.safeParse(params);
    // No product can have a malformed handle; answer as the api would without asking it.
    if (!parsed.success)
      throw new ApiRequestError(404, 'catalog/product-not-found', 'Not a product handle');
    const { handle } = parsed.data;
    seedFromFeed(queryClient, handle);
    // A 404 from the api propagates to ProductRouteError as an ApiRequestError.
    await queryClient.ensureQueryData(productQueryOptions(handle));
    return { handle };
  };

export type ProductLoaderData = Awaited<ReturnType<ReturnType<typeof productLoader>>>;
