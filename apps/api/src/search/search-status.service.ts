import { Injectable } from '@nestjs/common';
import type { SearchStatus } from '@noteshop/contracts';
import { OutboxRepository } from '../outbox/outbox.repository';
import { SearchIndexesRepository } from './search-indexes.repository';

@Injectable()
export class SearchStatusService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly indexes: SearchIndexesRepository,
  ) {}

  async status(now = new Date()): Promise<SearchStatus> {
    const [backlog, counts] = await Promise.all([
      this.outbox.backlog(),
      // Meilisearch being down is exactly what this endpoint reports, so it is not an error here.
      this.indexes.documentCounts().catch(() => null),
    ]);
    return {
      pendingOutboxRows: backlog.pending,
      oldestPendingAgeMs: backlog.oldestCreatedAt
        ? Math.max(0, now.getTime() - backlog.oldestCreatedAt.getTime())
        : null,
      lastError: backlog.lastError
        ? {
            topic: backlog.lastError.topic,
            error: backlog.lastError.error,
            at: backlog.lastError.at.toISOString(),
          }
        : null,
      indexes: counts
        ? {
            notes: { documents: counts.notes },
            products: { documents: counts.products },
            creators: { documents: counts.creators },
          }
        : null,
    };
  }
}
