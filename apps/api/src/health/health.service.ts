import { Injectable } from '@nestjs/common';
import type { DependencyHealth, HealthReport } from '@noteshop/contracts';
import { CommerceCatalogRepository } from '../catalog/commerce-catalog.repository';
import { HealthRepository } from './health.repository';

/** A dependency that has not answered by then counts as down. */
export const PROBE_TIMEOUT_MS = 2_000;
const MAX_ERROR_LENGTH = 160;

type Probe = (signal: AbortSignal) => Promise<void>;

@Injectable()
export class HealthService {
  constructor(
    private readonly backingServices: HealthRepository,
    private readonly commerce: CommerceCatalogRepository,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, meilisearch, commerce] = await Promise.all([
      measure(() => this.backingServices.pingPostgres()),
      measure((signal) => this.backingServices.pingMeilisearch(signal)),
      measure((signal) => this.commerce.checkHealth(signal)),
    ]);
    const allUp = [postgres, meilisearch, commerce].every((check) => check.status === 'up');
    return { status: allUp ? 'ok' : 'degraded', checks: { postgres, meilisearch, commerce } };
  }
}

/** Runs one probe under the timeout and reports how long it took, up or down. */
export async function measure(probe: Probe): Promise<DependencyHealth> {
  const startedAt = performance.now();
  const latencyMs = () => Math.round((performance.now() - startedAt) * 10) / 10;
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Settle first: the probe then rejects too, with a less useful "aborted".
      reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`));
      abort.abort();
    }, PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(abort.signal), timeout]);
    return { status: 'up', latencyMs: latencyMs() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'down', latencyMs: latencyMs(), error: message.slice(0, MAX_ERROR_LENGTH) };
  } finally {
    clearTimeout(timer);
  }
}
