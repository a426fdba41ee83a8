import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../../lib/class-names';
import styles from './product-gallery.module.css';

/** Swipeable (scroll-snap) images on phones; a large image with thumbnails on desktops. */
export function ProductGallery({ images, title }: { images: readonly string[]; title: string }) {
  const { t } = useTranslation();
  const trackRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const count = images.length;

  const showImage = (index: number) => {
    const track = trackRef.current;
    if (track) track.scrollTo({ left: index * track.clientWidth });
    setActiveIndex(index);
  };

  if (count === 0) {
    return (
      <div className={styles.gallery}>
        <div className={styles.viewport}>
          <div className={styles.track}>
            <div className={styles.slide}>
              <span className={styles.noImage}>{t('product.noImage')}</span>
            </div>
          </div>
        </div>
      </div>
    );
  }

  return (
    <section
      className={classNames(styles.gallery, count === 1 && styles.single)}
      aria-label={t('product.gallery')}
    >
      <div className={styles.viewport}>
        <div
          ref={trackRef}
          className={styles.track}
          onScroll={(event) => {
            const track = event.currentTarget;
            if (track.clientWidth > 0)
              setActiveIndex(Math.round(track.scrollLeft / track.clientWidth));
          }}
        >
          {images.map((src, index) => (
            <div key={src} className={styles.slide}>
              <img
                className={styles.image}
                src={src}
                alt={t('product.imageAlt', { title, index: index + 1, count })}
                // The first image is the page's main content; the rest can wait.
                loading={index === 0 ? 'eager' : 'lazy'}
                decoding="async"
                draggable={false}
              />
            </div>
          ))}
        </div>
        {count > 1 ? (
          <span className={styles.counter} aria-hidden="true">
            {t('product.imageCounter', { index: activeIndex + 1, count })}
          </span>
        ) : null}
      </div>
      {count > 1 ? (
        <>
          <div className={styles.dots} aria-hidden="true">
            {images.map((src, index) => (
              <span
                key={src}
                className={classNames(styles.dot, index === activeIndex && styles.dotActive)}
              />
            ))}
          </div>
          <div className={styles.thumbnails}>
            {images.map((src, index) => (
              <button
                key={src}
                type="button"
                className={styles.thumbnail}
                aria-current={index === activeIndex}
                aria-label={t('product.showImage', { index: index + 1 })}
                onClick={() => showImage(index)}
              >
                <img className={styles.image} src={src} alt="" loading="lazy" decoding="async" />
              </button>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
