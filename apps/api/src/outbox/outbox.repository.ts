import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';

export interface OutboxRow {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export interface OutboxMessage {
  topic: string;
  payload: Record<string, unknown>;
}

export interface OutboxFailure {
  id: number;
  error: string;
  retryInMs: number;
}

export interface OutboxBacklog {
  pending: number;
  oldestCreatedAt: Date | null;
  lastError: { topic: string; error: string; at: Date } | null;
}

/**
 * How long a claimed row stays invisible to other workers. The claim is one short statement,
 * not a transaction held open while Meilisearch works; if this worker dies mid-batch, its rows
 * become claimable again once the lease runs out.
 */
const CLAIM_LEASE = '60 seconds';

/** The outbox table, as the worker and the search status see it. */
@Injectable()
export class OutboxRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /**
   * Claims up to `limit` due rows. SKIP LOCKED lets several api instances claim concurrently
   * without waiting for or double-claiming each other's rows.
   */
  async claim(limit: number): Promise<OutboxRow[]> {
    const { rows } = await this.pool.query<OutboxRow>(
      `update outbox set available_at = now() + interval '${CLAIM_LEASE}'
        where id in (
          select id from outbox
           where processed_at is null and available_at <= now()
           order by available_at, id
           limit $1
           for update skip locked)
        returning id::int as id, topic, payload, attempts`,
      [limit],
    );
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Marks rows done and, in the same transaction, enqueues the work they lead to. */
  async markProcessed(ids: number[], followUps: readonly OutboxMessage[] = []): Promise<void> {
    if (ids.length === 0 && followUps.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(
        'update outbox set processed_at = now(), last_error = null where id = any($1::bigint[])',
        [ids],
      );
      if (followUps.length > 0)
        await client.query(
          `insert into outbox (topic, payload)
             select topic, payload from unnest($1::text[], $2::jsonb[]) as f(topic, payload)`,
          [
            followUps.map((message) => message.topic),
            followUps.map((message) => JSON.stringify(message.payload)),
          ],
        );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async markFailed(failures: OutboxFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.pool.query(
      `update outbox o
          set attempts = o.attempts + 1,
              last_error = f.error,
              last_attempted_at = now(),
              available_at = now() + f.retry_in_ms * interval '1 millisecond'
         from unnest($1::bigint[], $2::text[], $3::int[]) as f(id, error, retry_in_ms)
        where o.id = f.id`,
      [
        failures.map((failure) => failure.id),
        failures.map((failure) => failure.error.slice(0, 2000)),
        failures.map((failure) => Math.round(failure.retryInMs)),
      ],
    );
  }

  async backlog(): Promise<OutboxBacklog> {
    const [counts, errors] = await Promise.all([
      this.pool.query<{ pending: number; oldest: Date | null }>(
        `select count(*)::int as pending, min(created_at) as oldest
           from outbox where processed_at is null`,
      ),
      this.pool.query<{ topic: string; error: string; at: Date }>(
        `select topic, last_error as error, last_attempted_at as at
           from outbox
          where processed_at is null and last_error is not null and last_attempted_at is not null
          order by last_attempted_at desc, id desc
          limit 1`,
      ),
    ]);
    return {
      pending: counts.rows[0]?.pending ?? 0,
      oldestCreatedAt: counts.rows[0]?.oldest ?? null,
      lastError: errors.rows[0] ?? null,
    };
  }

  /** One refresh row per published note, cached product and creator: rebuilds empty indexes. */
  async enqueueBackfill(topics: {
    note: string;
    product: string;
    creator: string;
  }): Promise<number> {
    const { rowCount } = await this.pool.query(
      `insert into outbox (topic, payload)
         select $1, jsonb_build_object('noteId', id::text) from notes where status = 'published'
         union all
         select $2, jsonb_build_object('productId', product_id) from product_cards
         union all
         select $3, jsonb_build_object('creatorId', id::text) from creators`,
      [topics.note, topics.product, topics.creator],
    );
    return rowCount ?? 0;
  }
}
