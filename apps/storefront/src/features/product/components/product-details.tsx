import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { PriceLabel, PriceRangeLabel } from '../../../components/price-label';
import { useRegion } from '../../../lib/region';
import { useProduct } from '../api/get-product';
import { useVariantSelection } from '../hooks/use-variant-selection';
import { ProductGallery } from './product-gallery';
import { VariantPicker } from './variant-picker';
import styles from './product-details.module.css';

/** The product page body: gallery, price, title, variant choice and the (not yet live) bag button. */
export function ProductDetails({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const { data: product } = useProduct(handle);
  const { currencyCode } = useRegion();
  const { options, selection, selectedVariant, valueStates, select } = useVariantSelection(
    product.variants,
  );
  // The thumbnail is usually also the first image; show each picture once.
  const images = [
    ...new Set([...(product.thumbnail ? [product.thumbnail] : []), ...product.images]),
  ];

  return (
    <article className={styles.layout}>
      <title>{t('meta.productTitle', { title: product.title })}</title>
      <ProductGallery images={images} title={product.title} />
      <div className={styles.info}>
        <div className={styles.heading}>
          <h1 className={styles.title}>{product.title}</h1>
          <PriceRangeLabel
            className={styles.priceRange}
            ranges={product.priceRanges}
            currencyCode={currencyCode}
          />
          {product.inStock ? null : (
            <span className={styles.stockBadge}>{t('product.outOfStock')}</span>
          )}
        </div>

        {product.variants.length > 1 ? (
          <VariantPicker
            options={options}
            selection={selection}
            valueStates={valueStates}
            onSelect={select}
          />
        ) : null}

        <div className={styles.purchase}>
          {selectedVariant ? (
            <div className={styles.selection} aria-live="polite">
              <span className={styles.selectionValues}>
                {t('product.selectedVariant', { variant: selectedVariant.title })}
              </span>
              <span className={styles.variantPriceRow}>
                <PriceLabel
                  className={styles.variantPrice}
                  prices={selectedVariant.prices}
                  currencyCode={currencyCode}
                />
                {selectedVariant.inStock ? null : (
                  <strong className={styles.soldOut}>{t('product.soldOut')}</strong>
                )}
              </span>
            </div>
          ) : null}
          <Button className={styles.purchaseButton} disabled>
            {t('product.addToBagSoon')}
          </Button>
        </div>

        {product.description ? (
          <section className={styles.description}>
            <h2 className={styles.descriptionHeading}>{t('product.description')}</h2>
            <p className={styles.descriptionBody}>{product.description}</p>
          </section>
        ) : null}
      </div>
    </article>
  );
}
