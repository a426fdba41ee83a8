import { z } from 'zod';

export const SearchIndexStatus = z
  .object({ documents: z.number().int().nonnegative() })
  .meta({ id: 'SearchIndexStatus' });
export type SearchIndexStatus = z.infer<typeof SearchIndexStatus>;

/** How far the search indexes lag behind the database, for operators and tests. */
export const SearchStatus = z
  .object({
    pendingOutboxRows: z.number().int().nonnegative().describe('Outbox rows not yet indexed'),
    oldestPendingAgeMs: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('Age of the oldest pending row; null when nothing is pending'),
    lastError: z
      .object({
        topic: z.string(),
        error: z.string(),
        at: z.iso.datetime({ offset: true }),
      })
      .nullable()
      .describe('The latest failure among pending rows; null when none has failed'),
    indexes: z
      .object({
        notes: SearchIndexStatus,
        products: SearchIndexStatus,
        creators: SearchIndexStatus,
      })
      .nullable()
      .describe('Document counts; null when Meilisearch cannot be reached'),
  })
  .meta({ id: 'SearchStatus' });
export type SearchStatus = z.infer<typeof SearchStatus>;
