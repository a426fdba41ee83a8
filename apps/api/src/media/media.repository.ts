import { Inject, Injectable } from '@nestjs/common';
import type { Image } from '@noteshop/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { DATABASE, type Database } from '../database/database.tokens';
import { toImage } from './media-image';
import { media } from './media.schema';

// A string that is not a uuid names no media; filtering it out spares PostgreSQL a cast error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const distinctUuids = (ids: readonly string[]) => [...new Set(ids)].filter((id) => UUID.test(id));

export type MediaRow = typeof media.$inferSelect;
export type NewMediaRow = typeof media.$inferInsert;

/**
 * The `media` table. Exported by MediaModule for other domains: notes check ownership with
 * {@link findOwnedBy}, feeds hydrate images with {@link findImagesByIds}.
 */
@Injectable()
export class MediaRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(API_ENV) private readonly env: ApiEnv,
  ) {}

  async insert(row: NewMediaRow): Promise<MediaRow> {
    const [inserted] = await this.db.insert(media).values(row).returning();
    if (!inserted) throw new Error('insert into media returned no row');
    return inserted;
  }

  /**
   * The rows among `ids` that `customerId` uploaded, in no particular order. A caller checking
   * "only your own media" compares the count (or the ids) with what it asked for.
   */
  async findOwnedBy(customerId: string, ids: readonly string[]): Promise<MediaRow[]> {
    const wanted = distinctUuids(ids);
    if (wanted.length === 0) return [];
    return this.db
      .select()
      .from(media)
      .where(and(eq(media.ownerCustomerId, customerId), inArray(media.id, wanted)));
  }

  /** Images for `ids` in one query, keyed by media id; unknown ids are simply absent. */
  async findImagesByIds(ids: readonly string[]): Promise<Map<string, Image>> {
    const images = new Map<string, Image>();
    const wanted = distinctUuids(ids);
    if (wanted.length === 0) return images;
    const rows = await this.db.select().from(media).where(inArray(media.id, wanted));
    for (const row of rows) images.set(row.id, this.toImage(row));
    return images;
  }

  /** The `Image` clients see for `row`, with URLs under MEDIA_PUBLIC_BASE_URL. */
  toImage(row: MediaRow): Image {
    return toImage(row, this.env.MEDIA_PUBLIC_BASE_URL);
  }
}
