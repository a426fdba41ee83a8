import type { CurrencyCode, Money, PriceRange } from '@noteshop/contracts';
import { useTranslation } from 'react-i18next';
import { localeFor } from '../lib/i18n/i18n';
import { formatMoney } from '../lib/money';
import { priceDisplayFor, priceIn, type PriceDisplay } from '../lib/price-range';

function useFormattedPrice(display: PriceDisplay, currencyCode: CurrencyCode): string {
  const { t, i18n } = useTranslation();
  switch (display.kind) {
    case 'exact':
      return formatMoney(display.amount, currencyCode, localeFor(i18n.language));
    case 'from':
      return t('price.from', {
        price: formatMoney(display.amount, currencyCode, localeFor(i18n.language)),
      });
    case 'unavailable':
      return t('price.unavailable');
  }
}

/** A product's price in the shopper's currency: "$19.99", or "from $19.99" when variants differ. */
export function PriceRangeLabel({
  ranges,
  currencyCode,
  className,
}: {
  ranges: readonly PriceRange[];
  currencyCode: CurrencyCode;
  className?: string | undefined;
}) {
  return (
    <span className={className}>
      {useFormattedPrice(priceDisplayFor(ranges, currencyCode), currencyCode)}
    </span>
  );
}

/** One variant's price in the shopper's currency. */
export function PriceLabel({
  prices,
  currencyCode,
  className,
}: {
  prices: readonly Money[];
  currencyCode: CurrencyCode;
  className?: string | undefined;
}) {
  return (
    <span className={className}>
      {useFormattedPrice(priceIn(prices, currencyCode), currencyCode)}
    </span>
  );
}
