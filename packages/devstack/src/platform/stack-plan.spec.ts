import { describe, expect, it } from 'vitest';
import { planStack, portOf } from './stack-plan.js';

describe(planStack.name, () => {
  it('starts what the api needs when the api is asked for', async () => {
    const sut = await planStack({ dataDir: '/tmp/x', services: { api: true }, env: {} });

    expect(sut.services).toEqual({ pg: true, meili: true, commerce: true, api: true });
    expect(sut.ports).toEqual({ pg: 54320, meili: 7700, commerce: 9000, api: 3000 });
  });

  it('binds no port for services given by variables', async () => {
    const sut = await planStack({
      dataDir: '/tmp/x',
      services: { pg: true, meili: true },
      env: {
        DATABASE_URL: 'postgres://root@db:5432',
        MEILI_HOST: 'http://search:7700',
        MEILI_MASTER_KEY: 'k',
      },
    });

    expect(sut.ports).toEqual({});
    expect(sut.external.databaseUrl).toBe('postgres://root@db:5432/postgres');
  });

  it('knows where an unstarted service would listen', async () => {
    const sut = await planStack({
      dataDir: '/tmp/x',
      services: { pg: true },
      env: { API_PORT: '3100' },
    });

    expect(portOf(sut, 'api')).toBe(3100);
    expect(portOf(sut, 'meili')).toBe(7700);
  });

  it('refuses a relative data dir', async () => {
    await expect(planStack({ dataDir: '.data', services: {} })).rejects.toThrow(
      'dataDir must be an absolute path',
    );
  });
});
