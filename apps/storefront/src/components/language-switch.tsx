import { useTranslation } from 'react-i18next';
import { toSupportedLanguage, type Language } from '../lib/i18n/i18n';
import styles from './language-switch.module.css';

const labelKeys = { en: 'language.en', 'zh-CN': 'language.zhCN' } as const satisfies Record<
  Language,
  string
>;

/** EN / 中文 toggle; i18next's detector stores the choice in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.language);
  return (
    <div className={styles.switch} role="group" aria-label={t('language.label')}>
      {(Object.keys(labelKeys) as Language[]).map((language) => (
        <button
          key={language}
          type="button"
          className={styles.option}
          aria-pressed={current === language}
          lang={language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(labelKeys[language])}
        </button>
      ))}
    </div>
  );
}
