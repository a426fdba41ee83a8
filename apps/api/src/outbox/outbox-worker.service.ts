import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { SearchIndexerService } from '../search/search-indexer.service';
import {
  parseSearchTopic,
  SEARCH_REFRESH_TOPICS,
  type SearchTopicMessage,
  toSearchTargets,
} from '../search/search-targets';
import { outboxRetryDelayMs } from './outbox-backoff';
import { type OutboxFailure, OutboxRepository, type OutboxRow } from './outbox.repository';

/** Rows claimed per batch; a full batch means more are waiting, so the next claim is immediate. */
export const OUTBOX_BATCH_SIZE = 100;
/** Pause between polls when the outbox is empty: the bound on "published → searchable" latency. */
export const OUTBOX_IDLE_POLL_MS = 200;

/**
 * Drains the outbox into Meilisearch. Each batch is claimed (SKIP LOCKED, leased), turned into
 * document refreshes, written with every Meilisearch task awaited, then marked processed
 * together with its follow-up rows (a note's products and creator); any failure puts the whole
 * batch back with exponential backoff and the error on each row. Search problems never reach
 * the request that wrote the row.
 */
@Injectable()
export class OutboxWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxWorker');
  private stopped = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private backfillChecked = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly indexer: SearchIndexerService,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: the api boots and serves while Meilisearch is down.
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  /** Claims and processes one batch; returns how many rows it claimed. */
  async drainOnce(): Promise<number> {
    await this.prepareOnce();
    const rows = await this.outbox.claim(OUTBOX_BATCH_SIZE);
    if (rows.length > 0) await this.process(rows);
    return rows.length;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let claimed = 0;
      try {
        claimed = await this.drainOnce();
      } catch (error) {
        // Only our own database can fail here (Meilisearch failures are recorded on the rows).
        this.logger.warn(`outbox poll failed: ${describe(error)}`);
      }
      if (claimed < OUTBOX_BATCH_SIZE) await this.sleep(OUTBOX_IDLE_POLL_MS);
    }
  }

  /** Applies index settings, then backfills if Meilisearch is fresh; retried until it works. */
  private async prepareOnce(): Promise<void> {
    if (this.backfillChecked) return;
    try {
      await this.indexer.ensureIndexes();
      if (await this.indexer.indexesEmpty()) {
        const enqueued = await this.outbox.enqueueBackfill(SEARCH_REFRESH_TOPICS);
        if (enqueued > 0) this.logger.log(`search indexes empty: enqueued ${enqueued} rows`);
      }
      this.backfillChecked = true;
    } catch (error) {
      // Meilisearch is down: rows keep waiting and record the error when their batch fails.
      this.logger.debug(`search indexes not ready: ${describe(error)}`);
    }
  }

  private async process(rows: OutboxRow[]): Promise<void> {
    const messages: SearchTopicMessage[] = [];
    const handled: OutboxRow[] = [];
    const failures: OutboxFailure[] = [];
    for (const row of rows) {
      const message = parseSearchTopic(row.topic, row.payload);
      if (typeof message === 'string') failures.push(failure(row, message));
      else {
        messages.push(message);
        handled.push(row);
      }
    }
    try {
      const followUps =
        messages.length > 0
          ? await this.indexer.refresh(toSearchTargets(messages))
          : { productIds: [], creatorIds: [] };
      await this.outbox.markProcessed(
        handled.map((row) => row.id),
        [
          ...followUps.productIds.map((productId) => ({
            topic: SEARCH_REFRESH_TOPICS.product,
            payload: { productId },
          })),
          ...followUps.creatorIds.map((creatorId) => ({
            topic: SEARCH_REFRESH_TOPICS.creator,
            payload: { creatorId },
          })),
        ],
      );
    } catch (error) {
      const message = describe(error);
      this.logger.warn(`indexing ${handled.length} outbox rows failed: ${message}`);
      failures.push(...handled.map((row) => failure(row, message)));
    }
    await this.outbox.markFailed(failures);
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function failure(row: OutboxRow, error: string): OutboxFailure {
  return { id: row.id, error, retryInMs: outboxRetryDelayMs(row.attempts + 1) };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch hides the reason (ECONNREFUSED…) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
