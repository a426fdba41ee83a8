import { describe, expect, it } from 'vitest';
import { commerceModules, type CommerceModuleSettings } from './commerce-modules';

const base: CommerceModuleSettings = {
  uploadDir: '/data/uploads',
  backendUrl: 'http://localhost:9000/',
  redisUrl: undefined,
  stripe: undefined,
};

const resolves = (settings: CommerceModuleSettings) =>
  commerceModules(settings).map((module) => ('resolve' in module ? module.resolve : undefined));

describe(commerceModules.name, () => {
  it('only swaps the file module when neither Redis nor Stripe is configured', () => {
    expect(resolves(base)).toEqual(['@medusajs/medusa/file']);
  });

  it('stores uploads outside the build and serves them under <backend>/static', () => {
    const [file] = commerceModules(base);

    expect(file).toMatchObject({
      options: {
        providers: [
          {
            resolve: '@medusajs/medusa/file-local',
            options: {
              upload_dir: '/data/uploads',
              private_upload_dir: '/data/uploads',
              backend_url: 'http://localhost:9000/static',
            },
          },
        ],
      },
    });
  });

  it('turns on the Redis event bus with retries, workflow engine, locking and cache', () => {
    const sut = commerceModules({ ...base, redisUrl: 'redis://127.0.0.1:6379' });

    expect(resolves({ ...base, redisUrl: 'redis://127.0.0.1:6379' })).toEqual([
      '@medusajs/medusa/file',
      '@medusajs/medusa/event-bus-redis',
      '@medusajs/medusa/workflow-engine-redis',
      '@medusajs/medusa/locking',
      '@medusajs/medusa/cache-redis',
    ]);
    expect(sut[1]).toMatchObject({
      options: {
        redisUrl: 'redis://127.0.0.1:6379',
        jobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
      },
    });
  });

  it('registers the Stripe provider under the id "stripe" with its options', () => {
    const sut = commerceModules({
      ...base,
      stripe: { apiKey: 'sk_test_1', webhookSecret: 'whsec_1', apiBase: 'http://127.0.0.1:12111' },
    });

    expect(sut[1]).toMatchObject({
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [
          {
            resolve: './src/modules/stripe-payment',
            id: 'stripe',
            options: {
              apiKey: 'sk_test_1',
              webhookSecret: 'whsec_1',
              apiBase: 'http://127.0.0.1:12111',
            },
          },
        ],
      },
    });
  });
});
