import 'i18next';
import type { LocaleStrings } from './locales/en';

// Typed keys: t('catalog.loadMore') is checked at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: LocaleStrings };
  }
}
