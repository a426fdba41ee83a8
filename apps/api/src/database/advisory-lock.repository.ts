import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from './database.tokens';

export type LockedRun<T> = { acquired: true; value: T } | { acquired: false };

/** Cluster-wide mutual exclusion between api instances, through PostgreSQL advisory locks. */
@Injectable()
export class AdvisoryLockRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Runs `work` only if no other session holds the lock `name`; never waits for it. */
  async runIfFree<T>(name: string, work: () => Promise<T>): Promise<LockedRun<T>> {
    // Session locks belong to a connection, so one client is held for the whole run.
    const client = await this.pool.connect();
    let failure: Error | undefined;
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock(hashtext($1)) as locked',
        [name],
      );
      if (!rows[0]?.locked) return { acquired: false };
      try {
        return { acquired: true, value: await work() };
      } finally {
        await client
          .query('select pg_advisory_unlock(hashtext($1))', [name])
          .catch((error: unknown) => {
            failure = error instanceof Error ? error : new Error(String(error));
          });
      }
    } finally {
      // If unlocking failed the session may still hold the lock; closing it releases the lock.
      client.release(failure);
    }
  }
}
