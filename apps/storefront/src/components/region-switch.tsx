import { CurrencyCode } from '@noteshop/contracts';
import { useTranslation } from 'react-i18next';
import { chooseCurrency, useRegion } from '../lib/region';
import { useStoreConfig } from '../lib/store-config';
import styles from './region-switch.module.css';

const nameKeys = { usd: 'region.names.usd', cny: 'region.names.cny' } as const satisfies Record<
  CurrencyCode,
  string
>;

/** United States · USD / 中国 · CNY, from the regions in /api/config; compact (currency only) on phones. */
export function RegionSwitch() {
  const { t } = useTranslation();
  const { data: config } = useStoreConfig();
  const { currencyCode } = useRegion();
  const regions = config?.regions ?? [];
  if (regions.length < 2) return null;
  const optionLabel = (code: CurrencyCode) =>
    t('region.option', { name: t(nameKeys[code]), currency: code.toUpperCase() });

  return (
    <label className={styles.switch}>
      <span className={styles.full}>{optionLabel(currencyCode)}</span>
      <span className={styles.short}>{currencyCode.toUpperCase()}</span>
      <svg className={styles.chevron} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path
          d="m3 4.5 3 3 3-3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
      <select
        className={styles.select}
        aria-label={t('region.label')}
        value={currencyCode}
        onChange={(event) => {
          const parsed = CurrencyCode.safeParse(event.target.value);
          if (parsed.success) chooseCurrency(parsed.data);
        }}
      >
        {regions.map((region) => (
          <option key={region.id} value={region.currencyCode}>
            {optionLabel(region.currencyCode)}
          </option>
        ))}
      </select>
    </label>
  );
}
