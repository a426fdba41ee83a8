import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from 'react-router';
import { buttonClassName } from '../../components/button';
import { StatusMessage } from '../../components/status-message';
import { ProductDetails } from '../../features/product/components/product-details';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { ApiRequestError } from '../../lib/api-client';
import type { ProductLoaderData } from './product-loader';
import { RouteError } from './route-error';

export function ProductRoute() {
  const { handle } = useLoaderData<ProductLoaderData>();
  // A new handle is a new product: start its variant selection afresh.
  return (
    <Suspense fallback={null}>
      <ProductDetails key={handle} handle={handle} />
    </Suspense>
  );
}

function ProductNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('meta.notFoundTitle'));
  return (
    <StatusMessage
      tone="not-found"
      headingLevel={1}
      title={t('product.notFound.title')}
      body={t('product.notFound.body')}
      action={
        <Link to="/" className={buttonClassName('primary')}>
          {t('common.backHome')}
        </Link>
      }
    />
  );
}

export function ProductRouteError() {
  const error = useRouteError();
  const notFound =
    (error instanceof ApiRequestError || isRouteErrorResponse(error)) && error.status === 404;
  return notFound ? <ProductNotFound /> : <RouteError />;
}
