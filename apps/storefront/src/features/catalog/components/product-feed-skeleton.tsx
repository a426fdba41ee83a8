import { useTranslation } from 'react-i18next';
import { MasonryGrid } from '../../../components/masonry-grid';
import { classNames } from '../../../lib/class-names';
import styles from './product-feed-skeleton.module.css';

// Varied heights so the placeholder already looks like the feed it stands in for.
const placeholderRatios = [3 / 4, 1, 4 / 5, 2 / 3, 3 / 4, 1, 4 / 5, 3 / 4, 2 / 3, 1];
const placeholders = placeholderRatios.map((ratio, index) => ({ index, ratio }));

export function ProductFeedSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t('catalog.loading')}</span>
      <div aria-hidden="true">
        <MasonryGrid
          items={placeholders}
          itemKey={(placeholder) => placeholder.index}
          estimateHeight={(placeholder) => 1 / placeholder.ratio}
          renderItem={(placeholder) => (
            <div className={styles.card}>
              <div className={styles.block} style={{ aspectRatio: placeholder.ratio }} />
              <div className={styles.body}>
                <div className={classNames(styles.block, styles.line)} />
                <div className={classNames(styles.block, styles.line, styles.short)} />
              </div>
            </div>
          )}
        />
      </div>
    </div>
  );
}
