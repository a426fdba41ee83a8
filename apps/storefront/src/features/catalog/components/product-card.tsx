import type {
  CurrencyCode,
  ProductCard as ProductCardModel,
  ProductCategory,
} from '@noteshop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriceRangeLabel } from '../../../components/price-label';
import { classNames } from '../../../lib/class-names';
import styles from './product-card.module.css';

// Feed images come in a few portrait/square shapes, like notes do; each product keeps its own.
const aspectRatios = [3 / 4, 4 / 5, 1, 3 / 4, 2 / 3] as const;

/** A stable width/height ratio for a product's card image, so the layout never jumps while images load. */
export function cardAspectRatio(productId: string): number {
  let hash = 0;
  for (const char of productId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return aspectRatios[hash % aspectRatios.length] ?? 1;
}

export const categoryLabelKeys = {
  fashion: 'catalog.categories.fashion',
  makeup: 'catalog.categories.makeup',
  travel: 'catalog.categories.travel',
} as const satisfies Record<ProductCategory, string>;

export function ProductCard({
  product,
  currencyCode,
}: {
  product: ProductCardModel;
  currencyCode: CurrencyCode;
}) {
  const { t } = useTranslation();
  const image = product.thumbnail ?? product.images[0] ?? null;
  return (
    <Link
      to={`/products/${product.handle}`}
      className={classNames(styles.card, !product.inStock && styles.soldOut)}
    >
      <div className={styles.media} style={{ aspectRatio: cardAspectRatio(product.id) }}>
        {image ? (
          // The title below names the product, so the image itself is decorative.
          <img className={styles.image} src={image} alt="" loading="lazy" decoding="async" />
        ) : (
          <span className={styles.noImage}>{t('product.noImage')}</span>
        )}
        {product.inStock ? null : <span className={styles.badge}>{t('product.outOfStock')}</span>}
      </div>
      <div className={styles.body}>
        <h3 className={styles.title}>{product.title}</h3>
        <div className={styles.meta}>
          <PriceRangeLabel
            className={styles.price}
            ranges={product.priceRanges}
            currencyCode={currencyCode}
          />
          {product.category ? (
            <span className={styles.category}>{t(categoryLabelKeys[product.category])}</span>
          ) : null}
        </div>
      </div>
    </Link>
  );
}
