import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '../../components/button';
import { StatusMessage } from '../../components/status-message';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('meta.notFoundTitle'));
  return (
    <StatusMessage
      tone="not-found"
      headingLevel={1}
      title={t('notFound.title')}
      body={t('notFound.body')}
      action={
        <Link to="/" className={buttonClassName('primary')}>
          {t('common.backHome')}
        </Link>
      }
    />
  );
}
