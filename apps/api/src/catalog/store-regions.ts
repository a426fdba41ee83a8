import { CurrencyCode, type StoreRegion } from '@noteshop/contracts';
import type { MedusaStoreRegion } from './medusa-product';

/** The commerce regions the storefront can sell in: those whose currency our money model knows. */
export function toStoreRegions(regions: MedusaStoreRegion[]): StoreRegion[] {
  return regions.flatMap((region) => {
    const currency = CurrencyCode.safeParse(region.currency_code.toLowerCase());
    if (!currency.success) return [];
    const countries = (region.countries ?? []).flatMap((country) =>
      country.iso_2 && country.iso_2.length === 2 ? [country.iso_2.toLowerCase()] : [],
    );
    return [{ id: region.id, name: region.name, currencyCode: currency.data, countries }];
  });
}

/** One region per currency is enough to price every card in that currency. */
export function oneRegionPerCurrency(regions: StoreRegion[]): StoreRegion[] {
  const byCurrency = new Map<CurrencyCode, StoreRegion>();
  for (const region of regions)
    if (!byCurrency.has(region.currencyCode)) byCurrency.set(region.currencyCode, region);
  return [...byCurrency.values()];
}
