import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../components/button';
import { StatusMessage } from '../../components/status-message';
import { useDocumentTitle } from '../../hooks/use-document-title';

/** A full-page "not found" with a way home; the route-wide one, or a specific one such as a product's. */
export function NotFoundPage({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('meta.notFoundTitle'));
  return (
    <StatusMessage
      tone="not-found"
      headingLevel={1}
      title={title}
      body={body}
      action={
        <Link to="/" className={buttonClassName('primary')}>
          {t('common.backHome')}
        </Link>
      }
    />
  );
}

export function NotFoundRoute() {
  const { t } = useTranslation();
  return <NotFoundPage title={t('notFound.title')} body={t('notFound.body')} />;
}
