import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../language-switch';
import { RegionSwitch } from '../region-switch';
import styles from './app-shell.module.css';

function LogoMark() {
  return (
    <svg className={styles.logo} width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="9" fill="currentColor" />
      <path
        d="M10 22V10l12 12V10"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The top bar (wordmark, region and language switches) around every page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <header className={styles.topBar}>
        <div className={styles.topBarInner}>
          <Link to="/" className={styles.wordmark} aria-label={t('brand.home')}>
            <LogoMark />
            <span>{t('brand.name')}</span>
          </Link>
          <div className={styles.controls}>
            <RegionSwitch />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className={styles.main}>{children}</main>
    </>
  );
}
