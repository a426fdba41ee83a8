import { describe, expect, it } from 'vitest';
import { storeConfig } from '../testing/fixtures';
import { resolveCurrency } from './region';

describe(resolveCurrency.name, () => {
  it('defaults to CNY for Chinese and USD for English until the shopper chooses', () => {
    expect(resolveCurrency(null, 'zh-CN', storeConfig.regions)).toBe('cny');
    expect(resolveCurrency(null, 'en', storeConfig.regions)).toBe('usd');
  });

  it("keeps the shopper's choice whatever the language", () => {
    expect(resolveCurrency('usd', 'zh-CN', storeConfig.regions)).toBe('usd');
    expect(resolveCurrency('cny', 'en', storeConfig.regions)).toBe('cny');
  });

  it('falls back to a region the store sells in', () => {
    const usOnly = storeConfig.regions.filter((region) => region.currencyCode === 'usd');
    expect(resolveCurrency('cny', 'zh-CN', usOnly)).toBe('usd');
  });
});
