import { ProductCategory } from '@noteshop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryLabelKeys } from './product-card';
import styles from './category-chips.module.css';

/** Reads `?category=` from the home URL; anything unknown means "all". */
export function categoryFromSearch(search: URLSearchParams): ProductCategory | undefined {
  const parsed = ProductCategory.safeParse(search.get('category'));
  return parsed.success ? parsed.data : undefined;
}

/** All / Fashion / Makeup / Travel; the filter lives in the URL so it survives reloads and can be shared. */
export function CategoryChips({ active }: { active: ProductCategory | undefined }) {
  const { t } = useTranslation();
  const chips = [
    { category: undefined, label: t('catalog.categories.all'), to: '/' },
    ...ProductCategory.options.map((category) => ({
      category,
      label: t(categoryLabelKeys[category]),
      to: `/?category=${category}`,
    })),
  ];
  return (
    <nav className={styles.bar} aria-label={t('catalog.categories.label')}>
      <ul className={styles.chips}>
        {chips.map((chip) => (
          <li key={chip.to}>
            <Link
              to={chip.to}
              className={styles.chip}
              aria-current={chip.category === active ? 'page' : undefined}
            >
              {chip.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
