import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { AdvisoryLockRepository } from './advisory-lock.repository';
import { DatabaseUnavailableError } from './database-unavailable.error';
import { DATABASE, PG_POOL } from './database.tokens';
import { runMigrations } from './run-migrations';

@Injectable()
class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  // Runs in the last shutdown phase, after services stopped their work in onModuleDestroy.
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [API_ENV],
      useFactory: (env: ApiEnv) => {
        const pool = new Pool({
          connectionString: env.DATABASE_URL,
          max: 10,
          connectionTimeoutMillis: 5_000,
        });
        // An idle client dropped by the server must not crash the process; the pool replaces it.
        const logger = new Logger('PostgreSQL');
        pool.on('error', (error) => logger.warn(`idle connection lost: ${error.message}`));
        return pool;
      },
    },
    {
      provide: DATABASE,
      inject: [PG_POOL, API_ENV],
      useFactory: async (pool: Pool, env: ApiEnv) => {
        try {
          await runMigrations(pool);
        } catch (error) {
          await pool.end().catch(() => undefined);
          throw new DatabaseUnavailableError(env.DATABASE_URL, error);
        }
        return drizzle({ client: pool });
      },
    },
    PoolCloser,
    AdvisoryLockRepository,
  ],
  exports: [PG_POOL, DATABASE, AdvisoryLockRepository],
})
export class DatabaseModule {}
