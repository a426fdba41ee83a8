import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/button';
import { StatusMessage } from '../../components/status-message';
import { NotFoundRoute } from './not-found';

/** What a route shows when its loader or render fails: never a stack trace, always a way out. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <StatusMessage
      tone="error"
      headingLevel={1}
      title={t('error.title')}
      body={t('error.body')}
      action={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
    />
  );
}
