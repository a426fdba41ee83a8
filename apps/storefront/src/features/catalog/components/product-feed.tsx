import type { ProductCategory } from '@noteshop/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { MasonryGrid } from '../../../components/masonry-grid';
import { StatusMessage } from '../../../components/status-message';
import { useOnVisible } from '../../../hooks/use-on-visible';
import { useRegion } from '../../../lib/region';
import { useProducts } from '../api/get-products';
import { cardAspectRatio, ProductCard } from './product-card';
import { ProductFeedSkeleton } from './product-feed-skeleton';
import styles from './product-feed.module.css';

// The title and price block under an image is about a third of a column width tall.
const cardTextHeight = 0.34;

/** The product grid with infinite loading, plus its loading, error and empty states. */
export function ProductFeed({ category }: { category: ProductCategory | undefined }) {
  const { t } = useTranslation();
  const { currencyCode } = useRegion();
  const {
    data,
    isPending,
    refetch,
    fetchNextPage,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
  } = useProducts(category);

  const canLoadMore = hasNextPage && !isFetchingNextPage;
  const loadMore = useCallback(() => {
    if (canLoadMore) void fetchNextPage();
  }, [canLoadMore, fetchNextPage]);
  // Start loading well before the shopper reaches the end; a failed page waits for the retry button.
  const sentinelRef = useOnVisible<HTMLDivElement>(loadMore, {
    enabled: canLoadMore && !isFetchNextPageError,
    rootMargin: '0px 0px 800px 0px',
  });

  if (!data) {
    if (isPending) return <ProductFeedSkeleton />;
    return (
      <StatusMessage
        tone="error"
        title={t('catalog.error.title')}
        body={t('catalog.error.body')}
        action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const products = data.pages.flatMap((page) => page.items);
  if (products.length === 0) {
    return (
      <StatusMessage tone="empty" title={t('catalog.empty.title')} body={t('catalog.empty.body')} />
    );
  }

  return (
    <>
      <MasonryGrid
        items={products}
        itemKey={(product) => product.id}
        estimateHeight={(product) => 1 / cardAspectRatio(product.id) + cardTextHeight}
        renderItem={(product) => <ProductCard product={product} currencyCode={currencyCode} />}
        label={t('catalog.heading')}
      />
      <div ref={sentinelRef} className={styles.footer}>
        {isFetchNextPageError ? (
          <p className={styles.inlineError}>{t('catalog.error.title')}</p>
        ) : null}
        {hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void fetchNextPage()}
            disabled={isFetchingNextPage}
          >
            {isFetchingNextPage
              ? t('catalog.loadingMore')
              : isFetchNextPageError
                ? t('common.retry')
                : t('catalog.loadMore')}
          </Button>
        ) : (
          <p className={styles.end}>{t('catalog.end')}</p>
        )}
      </div>
    </>
  );
}
