import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommerceCatalogRepository } from '../catalog/commerce-catalog.repository';
import type { HealthRepository } from './health.repository';
import { HealthService, measure, PROBE_TIMEOUT_MS } from './health.service';

const up = () => Promise.resolve();
const down = (message: string) => () => Promise.reject(new Error(message));
const never = (signal: AbortSignal) =>
  new Promise<void>((_, reject) =>
    signal.addEventListener('abort', () => reject(new Error('aborted'))),
  );

function build(probes: {
  postgres: () => Promise<void>;
  meili: () => Promise<void>;
  commerce: () => Promise<void>;
}) {
  const backing = { pingPostgres: probes.postgres, pingMeilisearch: probes.meili };
  const commerce = { checkHealth: probes.commerce };
  return new HealthService(
    backing as unknown as HealthRepository,
    commerce as unknown as CommerceCatalogRepository,
  );
}

describe(HealthService.name, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is ok when every dependency answers', async () => {
    const sut = build({ postgres: up, meili: up, commerce: up });

    const report = await sut.check();

    expect(report.status).toBe('ok');
    expect(Object.values(report.checks).map((check) => check.status)).toEqual(['up', 'up', 'up']);
    expect(report.checks.postgres.error).toBeUndefined();
  });

  it('is degraded and names the failure when one dependency is down', async () => {
    const sut = build({
      postgres: up,
      meili: up,
      commerce: down('commerce /health: unreachable (ECONNREFUSED)'),
    });

    const report = await sut.check();

    expect(report.status).toBe('degraded');
    expect(report.checks.commerce).toMatchObject({
      status: 'down',
      error: 'commerce /health: unreachable (ECONNREFUSED)',
    });
    expect(report.checks.postgres.status).toBe('up');
  });
});

describe(measure.name, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports the time a probe took', async () => {
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

    const result = await measure(slow);

    expect(result.status).toBe('up');
    expect(result.latencyMs).toBeGreaterThanOrEqual(25);
    expect(result.latencyMs).toBeLessThan(PROBE_TIMEOUT_MS);
  });

  it('gives up on a probe that hangs and aborts it', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const pending = measure((signal) => {
      signals.push(signal);
      return never(signal);
    });

    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    const result = await pending;

    expect(result).toMatchObject({
      status: 'down',
      error: `no answer within ${PROBE_TIMEOUT_MS} ms`,
    });
    expect(signals[0]?.aborted).toBe(true);
  });

  it('keeps error messages short', async () => {
    const result = await measure(down('x'.repeat(1_000)));

    expect(result.error).toHaveLength(160);
  });
});
