import type { CurrencyCode } from '@noteshop/contracts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currencyCode: CurrencyCode, locale: string): Intl.NumberFormat {
  const key = `${locale}:${currencyCode}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // narrowSymbol keeps "$" and "¥" plain in every locale instead of "US$" or "CN¥".
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currencyCode.toUpperCase(),
      currencyDisplay: 'narrowSymbol',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats an integer amount of minor units (cents, fen) in the given locale. */
export function formatMoney(amount: number, currencyCode: CurrencyCode, locale: string): string {
  const formatter = formatterFor(currencyCode, locale);
  // Minor-unit scale comes from the currency itself (2 for USD and CNY, 0 for JPY).
  const fractionDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amount / 10 ** fractionDigits);
}
