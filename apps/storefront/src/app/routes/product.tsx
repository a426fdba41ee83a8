import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useLoaderData, useRouteError } from 'react-router';
import { ProductDetails } from '../../features/product/components/product-details';
import { ApiRequestError } from '../../lib/api-client';
import { NotFoundPage } from './not-found';
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
  return <NotFoundPage title={t('product.notFound.title')} body={t('product.notFound.body')} />;
}

export function ProductRouteError() {
  const error = useRouteError();
  const notFound =
    (error instanceof ApiRequestError || isRouteErrorResponse(error)) && error.status === 404;
  return notFound ? <ProductNotFound /> : <RouteError />;
}
