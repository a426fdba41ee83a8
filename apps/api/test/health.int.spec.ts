import { createServer, type Server } from 'node:net';
import type { HealthReport } from '@noteshop/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApi, type BootedApi } from './support/boot-api';

// A port that accepts nothing: bind it, remember it, close it.
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('GET /api/health', () => {
  let api: BootedApi;

  beforeAll(async () => {
    api = await bootApi('health');
  });

  afterAll(async () => {
    await api.close();
  });

  it('reports PostgreSQL, Meilisearch and commerce up, each with its latency', async () => {
    const response = await api.request('/api/health');

    expect(response.statusCode).toBe(200);
    const report = response.json<HealthReport>();
    expect(report.status).toBe('ok');
    for (const check of Object.values(report.checks)) {
      expect(check.status).toBe('up');
      expect(check.latencyMs).toBeGreaterThan(0);
      expect(check.latencyMs).toBeLessThan(2_000);
    }
  });

  it('answers 503 and names the dependency that is down', async () => {
    const degraded = await bootApi('health_degraded', {
      COMMERCE_URL: `http://127.0.0.1:${await closedPort()}`,
    });
    try {
      const response = await degraded.request('/api/health');

      expect(response.statusCode).toBe(503);
      const report = response.json<HealthReport>();
      expect(report.status).toBe('degraded');
      expect(report.checks.commerce.status).toBe('down');
      expect(report.checks.commerce.error).toMatch(/ECONNREFUSED/);
      expect(report.checks.postgres.status).toBe('up');
    } finally {
      await degraded.close();
    }
  });
});
