import { CurrencyCode, type StoreRegion } from '@noteshop/contracts';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreConfig } from './store-config';

export const currencyStorageKey = 'noteshop.currency';

const listeners = new Set<() => void>();
// Holds the choice for this page view when localStorage refuses writes.
let chosenInMemory: CurrencyCode | null = null;

function readChosenCurrency(): CurrencyCode | null {
  try {
    const parsed = CurrencyCode.safeParse(localStorage.getItem(currencyStorageKey));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be disabled (private mode, embedded views); fall back to the default.
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab choosing a region updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === currencyStorageKey) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Remembers the shopper's region by its currency, which, unlike a region id, survives a re-seed. */
export function chooseCurrency(currencyCode: CurrencyCode): void {
  try {
    localStorage.setItem(currencyStorageKey, currencyCode);
  } catch {
    // Not persisted, but still applied for this page view below.
  }
  chosenInMemory = currencyCode;
  listeners.forEach((listener) => listener());
}

function chosenCurrencySnapshot(): CurrencyCode | null {
  return readChosenCurrency() ?? chosenInMemory;
}

/** Chinese readers default to CNY, everyone else to USD, until they choose. */
export function defaultCurrencyFor(language: string): CurrencyCode {
  return language.toLowerCase().startsWith('zh') ? 'cny' : 'usd';
}

/** Picks the shopper's currency, constrained to the regions the store actually sells in. */
export function resolveCurrency(
  chosen: CurrencyCode | null,
  language: string,
  regions: readonly StoreRegion[] | undefined,
): CurrencyCode {
  const preferred = chosen ?? defaultCurrencyFor(language);
  if (
    !regions ||
    regions.length === 0 ||
    regions.some((region) => region.currencyCode === preferred)
  )
    return preferred;
  return regions[0]?.currencyCode ?? preferred;
}

export function useRegion(): { currencyCode: CurrencyCode; region: StoreRegion | undefined } {
  const chosen = useSyncExternalStore(subscribe, chosenCurrencySnapshot, () => null);
  const { i18n } = useTranslation();
  const regions = useStoreConfig().data?.regions;
  const currencyCode = resolveCurrency(chosen, i18n.language, regions);
  return { currencyCode, region: regions?.find((region) => region.currencyCode === currencyCode) };
}
