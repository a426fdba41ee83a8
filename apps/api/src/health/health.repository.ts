import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { DATABASE, type Database } from '../database/database.tokens';

/** Liveness probes of the api's own backing services. Commerce's lives with the other commerce calls. */
@Injectable()
export class HealthRepository {
  private readonly meiliHealthUrl: string;

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(API_ENV) env: Pick<ApiEnv, 'MEILI_HOST'>,
  ) {
    this.meiliHealthUrl = `${env.MEILI_HOST}/health`;
  }

  async pingPostgres(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  async pingMeilisearch(signal: AbortSignal): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.meiliHealthUrl, { signal });
    } catch (error) {
      throw new Error(
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : String(error),
      );
    }
    const body = (await response.json().catch(() => null)) as { status?: unknown } | null;
    const status = typeof body?.status === 'string' ? body.status : 'unknown';
    if (!response.ok || status !== 'available')
      throw new Error(`HTTP ${response.status}, status ${status}`);
  }
}
