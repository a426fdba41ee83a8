import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { FeedRepository } from './feed.repository';

const REPAIR_INTERVAL_MS = 30_000;

/**
 * Discover ranks by the stored hot score. Engagement keeps it exact in its own transactions; this
 * pass, on boot and every 30 s, fixes any published note whose score was never set.
 */
@Injectable()
export class HotScoreRepairService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HotScoreRepairService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly feed: FeedRepository) {}

  onApplicationBootstrap(): void {
    this.schedule();
    this.timer = setInterval(() => this.schedule(), REPAIR_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs one pass now (after any pass under way). */
  repairNow(): Promise<number> {
    const pass = this.running.then(() => this.feed.repairHotScores());
    this.running = pass.then(
      (repaired) => {
        if (repaired > 0) this.logger.log(`repaired the hot score of ${repaired} notes`);
      },
      (error: unknown) => this.logger.warn(`hot score repair failed: ${String(error)}`),
    );
    return pass;
  }

  private schedule(): void {
    this.repairNow().catch(() => undefined);
  }
}
