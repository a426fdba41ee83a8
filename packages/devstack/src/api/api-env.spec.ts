import { describe, expect, it } from 'vitest';
import { apiEnv, type ApiEnvInput } from './api-env.js';

const seed = {
  publishableKey: 'pk_1',
  secretApiKey: 'sk_1',
  adminEmail: 'admin@noteshop.local',
  regions: [],
  salesChannelId: 'sc_1',
};
const input: ApiEnvInput = {
  noteshopDatabaseUrl: 'postgres://u@h/noteshop',
  meili: { host: 'http://127.0.0.1:7700', masterKey: 'mk' },
  commerce: { url: 'http://127.0.0.1:9000', seed },
  jwtPublicKeyPem: 'PUBLIC',
  webhookSecret: 'wh',
  mediaDir: '/srv/noteshop/.data/media',
  serviceEnv: {},
};

describe(apiEnv.name, () => {
  it('gives the api its database, search, commerce keys and public JWT key, but never the private key', () => {
    const sut = apiEnv(input);

    expect(sut).toEqual({
      NODE_ENV: 'development',
      API_HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@h/noteshop',
      MEILI_HOST: 'http://127.0.0.1:7700',
      MEILI_MASTER_KEY: 'mk',
      COMMERCE_URL: 'http://127.0.0.1:9000',
      COMMERCE_PUBLISHABLE_KEY: 'pk_1',
      COMMERCE_SECRET_API_KEY: 'sk_1',
      JWT_PUBLIC_KEY: 'PUBLIC',
      JWT_ISSUER: 'noteshop',
      WEBHOOK_SECRET: 'wh',
      MEDIA_DIR: '/srv/noteshop/.data/media',
      CATALOG_RECONCILE_INTERVAL_MS: '60000',
    });
  });

  it('leaves out commerce when it was not started', () => {
    const sut = apiEnv({ ...input, commerce: undefined });

    expect(Object.keys(sut).filter((key) => key.startsWith('COMMERCE_'))).toEqual([]);
  });

  it('takes the Stripe publishable key and overrides from the service variables', () => {
    const sut = apiEnv({
      ...input,
      serviceEnv: {
        VITE_STRIPE_PUBLISHABLE_KEY: 'pk_test_9',
        NODE_ENV: 'test',
        CATALOG_RECONCILE_INTERVAL_MS: '1000',
      },
    });

    expect(sut).toMatchObject({
      STRIPE_PUBLISHABLE_KEY: 'pk_test_9',
      NODE_ENV: 'test',
      CATALOG_RECONCILE_INTERVAL_MS: '1000',
    });
  });
});
