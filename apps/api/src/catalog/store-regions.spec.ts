import { describe, expect, it } from 'vitest';
import { oneRegionPerCurrency, toStoreRegions } from './store-regions';

describe(toStoreRegions.name, () => {
  it('keeps regions in a supported currency with their lower-case countries', () => {
    const sut = toStoreRegions([
      { id: 'reg_us', name: 'United States', currency_code: 'USD', countries: [{ iso_2: 'US' }] },
      { id: 'reg_eu', name: 'Europe', currency_code: 'eur', countries: [{ iso_2: 'de' }] },
      {
        id: 'reg_cn',
        name: 'China',
        currency_code: 'cny',
        countries: [{ iso_2: 'cn' }, { iso_2: null }],
      },
    ]);

    expect(sut).toEqual([
      { id: 'reg_us', name: 'United States', currencyCode: 'usd', countries: ['us'] },
      { id: 'reg_cn', name: 'China', currencyCode: 'cny', countries: ['cn'] },
    ]);
  });
});

describe(oneRegionPerCurrency.name, () => {
  it('keeps the first region of each currency', () => {
    const sut = oneRegionPerCurrency([
      { id: 'reg_us', name: 'United States', currencyCode: 'usd', countries: ['us'] },
      { id: 'reg_pr', name: 'Puerto Rico', currencyCode: 'usd', countries: ['pr'] },
      { id: 'reg_cn', name: 'China', currencyCode: 'cny', countries: ['cn'] },
    ]);

    expect(sut.map((region) => region.id)).toEqual(['reg_us', 'reg_cn']);
  });
});
