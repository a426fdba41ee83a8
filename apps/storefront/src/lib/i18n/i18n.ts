import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { zhCN } from './locales/zh-cn';

export const supportedLanguages = ['en', 'zh-CN'] as const;
export type Language = (typeof supportedLanguages)[number];

export const languageStorageKey = 'noteshop.language';

/** Maps any detected tag (zh, zh-Hans-CN, en-GB…) onto a language we ship. */
export function toSupportedLanguage(tag: string): Language {
  return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The BCP 47 locale for Intl formatting in a language. */
export function localeFor(language: string): string {
  return toSupportedLanguage(language) === 'zh-CN' ? 'zh-CN' : 'en-US';
}

export const i18n = i18next.createInstance();

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    supportedLngs: supportedLanguages,
    fallbackLng: 'en',
    // Resources are bundled, so initialise synchronously and never suspend.
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    // Keeps the browser console and test output free of i18next's advert.
    showSupportNotice: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: toSupportedLanguage,
    },
  });

// Screen readers, hyphenation and CJK font selection all follow <html lang>.
function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = toSupportedLanguage(language);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);
