import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommerceCatalogRepository } from '../catalog/commerce-catalog.repository';
import type { MedusaStoreRegion } from '../catalog/medusa-product';
import type { ApiEnv } from '../config/env';
import { REGIONS_TTL_MS, StoreConfigService } from './store-config.service';

class FakeCommerce {
  calls = 0;
  down = false;
  regions: MedusaStoreRegion[] = [
    { id: 'reg_us', name: 'United States', currency_code: 'usd', countries: [{ iso_2: 'us' }] },
  ];

  listRegions = () => {
    this.calls += 1;
    if (this.down)
      return Promise.reject(new Error('commerce /store/regions: unreachable (ECONNREFUSED)'));
    return Promise.resolve(this.regions);
  };
}

describe(StoreConfigService.name, () => {
  let commerce: FakeCommerce;
  type StoreEnv = Pick<ApiEnv, 'COMMERCE_PUBLISHABLE_KEY' | 'STRIPE_PUBLISHABLE_KEY'>;
  const env: StoreEnv = { COMMERCE_PUBLISHABLE_KEY: 'pk_public' };
  const build = (overrides: Partial<StoreEnv> = {}) =>
    new StoreConfigService(commerce as unknown as CommerceCatalogRepository, {
      ...env,
      ...overrides,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    commerce = new FakeCommerce();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the publishable key and the regions the storefront can sell in', async () => {
    const sut = build({ STRIPE_PUBLISHABLE_KEY: 'pk_test_stripe' });

    await expect(sut.getConfig()).resolves.toEqual({
      publishableKey: 'pk_public',
      regions: [{ id: 'reg_us', name: 'United States', currencyCode: 'usd', countries: ['us'] }],
      stripePublishableKey: 'pk_test_stripe',
    });
  });

  it('says null when no Stripe key is configured', async () => {
    await expect(build().getConfig()).resolves.toMatchObject({ stripePublishableKey: null });
  });

  it('asks commerce again only after the regions expire', async () => {
    const sut = build();

    await sut.getConfig();
    await sut.getConfig();
    expect(commerce.calls).toBe(1);

    vi.advanceTimersByTime(REGIONS_TTL_MS + 1);
    await sut.getConfig();
    expect(commerce.calls).toBe(2);
  });

  it('shares one commerce request between concurrent callers', async () => {
    const sut = build();

    await Promise.all([sut.getConfig(), sut.getConfig(), sut.getConfig()]);

    expect(commerce.calls).toBe(1);
  });

  it('keeps serving the last regions while commerce is down', async () => {
    const sut = build();
    await sut.getConfig();

    commerce.down = true;
    vi.advanceTimersByTime(REGIONS_TTL_MS + 1);

    await expect(sut.getConfig()).resolves.toMatchObject({ regions: [{ id: 'reg_us' }] });
  });

  it('reports commerce as unavailable when it never answered', async () => {
    commerce.down = true;

    await expect(build().getConfig()).rejects.toMatchObject({
      code: 'store-config/commerce-unavailable',
    });
  });
});
