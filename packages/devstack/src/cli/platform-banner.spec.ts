import { describe, expect, it } from 'vitest';
import type { Stack } from '../platform/stack-types.js';
import { platformBanner } from './platform-banner.js';

const stack = {
  dataDir: '/repo/.data',
  databaseUrls: {
    server: 'postgres://postgres:noteshop-local@127.0.0.1:54320/postgres',
    commerce: 'postgres://postgres:noteshop-local@127.0.0.1:54320/commerce',
    noteshop: 'postgres://postgres:noteshop-local@127.0.0.1:54320/noteshop',
  },
  meili: { host: 'http://127.0.0.1:7700', masterKey: 'mk' },
  secrets: { adminPassword: 'abcd-efgh-jkmn-pqrs-tuvw', cookieSecret: 'c', webhookSecret: 'w' },
  commerce: {
    url: 'http://127.0.0.1:9000',
    seed: {
      publishableKey: 'pk',
      secretApiKey: 'sk',
      adminEmail: 'admin@noteshop.local',
      regions: [],
      salesChannelId: 'sc',
    },
  },
  api: { url: 'http://127.0.0.1:3000' },
} as unknown as Stack;

describe(platformBanner.name, () => {
  it('shows where to go, how to log in and how long the start took', () => {
    const sut = platformBanner(stack, 12_345, true);

    expect(sut).toContain('ready in 12.3 s');
    expect(sut).toContain('Storefront    http://localhost:3000');
    expect(sut).toContain('API docs      http://localhost:3000/api/docs');
    expect(sut).toContain('Admin         http://localhost:9000/app');
    expect(sut).toContain('email     admin@noteshop.local');
    expect(sut).toContain('password  abcd-efgh-jkmn-pqrs-tuvw');
    expect(sut).toContain('Meilisearch   http://127.0.0.1:7700');
    expect(sut).toContain('PostgreSQL    127.0.0.1:54320 (embedded, data in /repo/.data/pg)');
    expect(sut).toContain('databases commerce, noteshop');
  });

  it('masks the password of a PostgreSQL given by DATABASE_URL', () => {
    const external = {
      ...stack,
      databaseUrls: { ...stack.databaseUrls, server: 'postgres://app:hunter2@db:5432/postgres' },
    };

    expect(platformBanner(external, 1_000, false)).toContain(
      'PostgreSQL    postgres://app:***@db:5432/postgres',
    );
  });
});
