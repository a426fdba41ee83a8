import { describe, expect, it } from 'vitest';
import { commerceEnv, type CommerceEnvInput } from './commerce-env.js';

const input: CommerceEnvInput = {
  dataDir: '/srv/noteshop/.data',
  port: 9100,
  apiPort: 3100,
  databaseUrl: 'postgres://u@h:5432/commerce',
  redisUrl: undefined,
  jwt: { privateKeyPem: 'PRIVATE', publicKeyPem: 'PUBLIC' },
  secrets: {
    meiliMasterKey: 'mk',
    cookieSecret: 'cookie',
    adminPassword: 'pw',
    webhookSecret: 'wh',
  },
  serviceEnv: {},
};

describe(commerceEnv.name, () => {
  it('gives commerce its database, keys, secrets and data paths', () => {
    const sut = commerceEnv(input);

    expect(sut).toMatchObject({
      PORT: '9100',
      DATABASE_URL: 'postgres://u@h:5432/commerce',
      JWT_PRIVATE_KEY: 'PRIVATE',
      JWT_PUBLIC_KEY: 'PUBLIC',
      JWT_ISSUER: 'noteshop',
      COOKIE_SECRET: 'cookie',
      MEDUSA_BACKEND_URL: 'http://localhost:9100',
      NOTESHOP_UPLOAD_DIR: '/srv/noteshop/.data/uploads',
      NOTESHOP_ADMIN_EMAIL: 'admin@noteshop.local',
      NOTESHOP_ADMIN_PASSWORD: 'pw',
      NOTESHOP_SEED_OUTPUT: '/srv/noteshop/.data/commerce-seed.json',
    });
    expect(sut).not.toHaveProperty('REDIS_URL');
    expect(sut).not.toHaveProperty('STRIPE_API_KEY');
  });

  it("lets browsers in from the api's origin and the vite dev server", () => {
    const sut = commerceEnv(input);

    expect(sut.STORE_CORS).toBe(
      'http://localhost:3100,http://127.0.0.1:3100,http://localhost:5173',
    );
    expect(sut.AUTH_CORS?.split(',')).toEqual(
      expect.arrayContaining(['http://localhost:3100', 'http://localhost:9100']),
    );
    expect(sut.ADMIN_CORS?.split(',')).toContain('http://localhost:9100');
  });

  it('passes Redis and the Stripe variables only when they are set', () => {
    const sut = commerceEnv({
      ...input,
      redisUrl: 'redis://127.0.0.1:6379',
      serviceEnv: {
        STRIPE_API_KEY: 'sk_test_1',
        STRIPE_API_BASE: 'http://127.0.0.1:12111',
        STRIPE_WEBHOOK_SECRET: '',
      },
    });

    expect(sut).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      STRIPE_API_KEY: 'sk_test_1',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
    });
    expect(sut).not.toHaveProperty('STRIPE_WEBHOOK_SECRET');
  });

  it("tells commerce's subscribers where the api is and the secret to sign events with", () => {
    expect(commerceEnv(input)).toMatchObject({
      NOTESHOP_API_URL: 'http://127.0.0.1:3100',
      WEBHOOK_SECRET: 'wh',
    });
  });

  it("quiets Medusa's per-request log unless LOG_LEVEL asks for it", () => {
    expect(commerceEnv(input).LOG_LEVEL).toBe('info');
    expect(commerceEnv({ ...input, serviceEnv: { LOG_LEVEL: 'http' } }).LOG_LEVEL).toBe('http');
  });
});
