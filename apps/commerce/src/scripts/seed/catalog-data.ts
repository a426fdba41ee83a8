import { fashionProducts } from './catalog-fashion';
import { makeupProducts } from './catalog-makeup';
import { travelProducts } from './catalog-travel';
import type { CatalogCategory, CatalogProduct } from './catalog-types';

/** The demo categories; their handles are the api's `ProductCategory` values. */
export const catalogCategories: readonly CatalogCategory[] = [
  {
    handle: 'fashion',
    name: 'Fashion',
    description: 'Outfits, shoes and accessories creators wear in their notes.',
  },
  {
    handle: 'makeup',
    name: 'Makeup',
    description: 'Lips, base, eyes and skincare from get-ready-with-me notes.',
  },
  {
    handle: 'travel',
    name: 'Travel',
    description: 'Luggage and carry-on essentials from trip notes.',
  },
];

/** The demo catalog the seed creates: 21 products per category. */
export const catalogProducts: readonly CatalogProduct[] = [
  ...fashionProducts,
  ...makeupProducts,
  ...travelProducts,
];
