import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { StoreRegion } from '@noteshop/contracts';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { AdvisoryLockRepository } from '../database/advisory-lock.repository';
import { CommerceCatalogRepository } from './commerce-catalog.repository';
import { toProductCards } from './product-card.mapper';
import { ProductCardsRepository } from './product-cards.repository';
import { oneRegionPerCurrency, toStoreRegions } from './store-regions';
import { SyncWatermarksRepository } from './sync-watermarks.repository';

/** Watermark name: the newest commerce `updated_at` whose product card is stored. */
export const CATALOG_WATERMARK = 'catalog.products.updated_at';
/** Medusa's store API prices at most this many products per call comfortably. */
export const RECONCILE_BATCH_SIZE = 50;
const RECONCILE_LOCK = 'noteshop:api:catalog-reconcile';

export interface ReconcileSummary {
  /** Products commerce reported as changed since the watermark. */
  changed: number;
  /** Visible products re-read by the sweep because the first phase had not just written them. */
  swept: number;
  /** Cards written. */
  stored: number;
  /** Cards deleted because their product is gone, unpublished or out of the sales channel. */
  removed: number;
  watermark: string | null;
}

export type ReconcileOutcome =
  | { status: 'completed'; summary: ReconcileSummary }
  | { status: 'skipped'; reason: 'already-running' | 'locked-by-another-instance' }
  | { status: 'failed'; error: string };

class ReconcileStopped extends Error {}

/**
 * Keeps the product-card cache in step with commerce. A pass has two phases:
 *
 * 1. Changes: products whose `updated_at` is at or after the watermark, oldest first, 50 at a
 *    time; after each batch is stored the watermark moves to the batch's newest `updated_at`, so
 *    a crash repeats at most one batch. New and edited products show up here first.
 * 2. Sweep: every product the storefront can see, 50 ids per call, re-reading the cards phase 1
 *    did not just write. A price or stock change lives in Medusa's pricing and inventory modules
 *    and does not touch the product's `updated_at`, so no watermark can find it; deletions and
 *    unpublishing leave no row to find either. Re-reading every card each period is the simplest
 *    design that is correct for all of these, and at the catalog's size it costs 3 small HTTP
 *    calls per 50 products (ids, then the cards in each currency). When signed webhooks arrive,
 *    the sweep becomes the safety net they need anyway.
 *
 * Cards not seen by either phase are deleted at the end of a complete pass.
 */
@Injectable()
export class CatalogReconcilerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CatalogReconciler');
  private readonly intervalMs: number;
  private running: Promise<ReconcileOutcome> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly commerce: CommerceCatalogRepository,
    private readonly cards: ProductCardsRepository,
    private readonly watermarks: SyncWatermarksRepository,
    private readonly locks: AdvisoryLockRepository,
    @Inject(API_ENV) env: Pick<ApiEnv, 'CATALOG_RECONCILE_INTERVAL_MS'>,
  ) {
    this.intervalMs = env.CATALOG_RECONCILE_INTERVAL_MS;
  }

  onApplicationBootstrap(): void {
    // In the background: the api must boot and serve its cache even while commerce is down.
    this.scheduleNextPass(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Resolves once no pass is in flight. */
  async whenIdle(): Promise<void> {
    await this.running;
  }

  /** Runs one pass now, unless one is already running here or in another api instance. */
  runPass(): Promise<ReconcileOutcome> {
    if (this.running) return Promise.resolve({ status: 'skipped', reason: 'already-running' });
    this.running = this.runLockedPass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Re-reads these products from commerce now and stores or removes their cards (a webhook's
   * work). A product commerce no longer shows (deleted, unpublished, out of the sales channel)
   * loses its card. Idempotent: an unchanged product rewrites its card and writes no outbox row.
   */
  async refreshProducts(ids: string[]): Promise<{ upserted: string[]; deleted: string[] }> {
    if (ids.length === 0) return { upserted: [], deleted: [] };
    const regions = oneRegionPerCurrency(toStoreRegions(await this.commerce.listRegions()));
    if (regions.length === 0) throw new Error('commerce has no region in a supported currency');
    const { upserted, deleted } = await this.fetchAndStore(ids, regions, new Date());
    return { upserted, deleted };
  }

  private scheduleNextPass(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.runPass().then(() => this.scheduleNextPass(this.intervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private async runLockedPass(): Promise<ReconcileOutcome> {
    const startedAt = Date.now();
    try {
      const run = await this.locks.runIfFree(RECONCILE_LOCK, () => this.reconcile());
      if (!run.acquired) return { status: 'skipped', reason: 'locked-by-another-instance' };
      const { changed, swept, stored, removed, watermark } = run.value;
      this.logger.log(
        `catalog reconciled in ${Date.now() - startedAt} ms: ${changed} changed, ${swept} swept, ` +
          `${stored} cards written, ${removed} removed, watermark ${watermark ?? 'none'}`,
      );
      return { status: 'completed', summary: run.value };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`catalog reconcile failed after ${Date.now() - startedAt} ms: ${message}`);
      return { status: 'failed', error: message };
    }
  }

  private async reconcile(): Promise<ReconcileSummary> {
    const passStartedAt = new Date();
    const regions = oneRegionPerCurrency(toStoreRegions(await this.commerce.listRegions()));
    if (regions.length === 0) throw new Error('commerce has no region in a supported currency');
    const written = new Set<string>();
    const summary: ReconcileSummary = {
      changed: 0,
      swept: 0,
      stored: 0,
      removed: 0,
      watermark: null,
    };

    // Phase 1: changes since the watermark. The query keeps its lower bound for the whole pass.
    const since = await this.watermarks.get(CATALOG_WATERMARK);
    summary.watermark = since;
    for (let offset = 0; ; offset += RECONCILE_BATCH_SIZE) {
      const changes = await this.commerce.listProductChanges(since, {
        offset,
        limit: RECONCILE_BATCH_SIZE,
      });
      if (changes.length === 0) break;
      await this.storeBatch(
        changes.map((change) => change.id),
        regions,
        passStartedAt,
        written,
        summary,
      );
      summary.changed += changes.length;
      const newest = newestTimestamp(changes.map((change) => change.updated_at));
      if (summary.watermark === null || Date.parse(newest) > Date.parse(summary.watermark)) {
        await this.watermarks.set(CATALOG_WATERMARK, newest);
        summary.watermark = newest;
      }
      if (changes.length < RECONCILE_BATCH_SIZE) break;
    }

    // Phase 2: sweep every visible product not written above.
    const visible = new Set<string>();
    for (let offset = 0; ; offset += RECONCILE_BATCH_SIZE) {
      const ids = await this.commerce.listVisibleProductIds({
        offset,
        limit: RECONCILE_BATCH_SIZE,
      });
      for (const id of ids) visible.add(id);
      const unwritten = ids.filter((id) => !written.has(id));
      if (unwritten.length > 0) {
        await this.storeBatch(unwritten, regions, passStartedAt, written, summary);
        summary.swept += unwritten.length;
      }
      if (ids.length < RECONCILE_BATCH_SIZE) break;
    }

    summary.removed += await this.cards.deleteAllExcept([...visible, ...written], passStartedAt);
    return summary;
  }

  /** Fetches up to 50 cards in every currency, then stores them and drops the ids commerce no longer shows. */
  private async storeBatch(
    ids: string[],
    regions: StoreRegion[],
    syncedAt: Date,
    written: Set<string>,
    summary: ReconcileSummary,
  ): Promise<void> {
    if (this.stopped) throw new ReconcileStopped('the api is shutting down');
    const { cards, removed } = await this.fetchAndStore(ids, regions, syncedAt);
    for (const card of cards) written.add(card.id);
    summary.stored += cards.length;
    summary.removed += removed;
  }

  private async fetchAndStore(ids: string[], regions: StoreRegion[], syncedAt: Date) {
    const answers = [];
    for (const region of regions) {
      answers.push({
        currencyCode: region.currencyCode,
        products: await this.commerce.listProductsForCards(region.id, ids),
      });
    }
    const cards = toProductCards(answers);
    const found = new Set(cards.map((card) => card.id));
    const stored = await this.cards.replace(
      cards,
      ids.filter((id) => !found.has(id)),
      syncedAt,
    );
    return { cards, ...stored };
  }
}

function newestTimestamp(timestamps: string[]): string {
  const newest = Math.max(...timestamps.map((timestamp) => Date.parse(timestamp)));
  return new Date(newest).toISOString();
}
