import { Inject, Injectable } from '@nestjs/common';
import type { CreatorCard, Image } from '@noteshop/contracts';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { API_ENV } from '../config/config.module';
import type { ApiEnv } from '../config/env';
import { DATABASE, type Database } from '../database/database.tokens';
import { toImage } from '../media/media-image';
import { media } from '../media/media.schema';
import { creators } from './creators.schema';

/** A creator as stored, with the avatar already turned into the `Image` clients see. */
export interface CreatorRecord {
  id: string;
  customerId: string;
  handle: string;
  displayName: string;
  bio: string;
  avatar: Image | null;
  avatarMediaId: string | null;
  languages: string[];
  followerCount: number;
  noteCount: number;
}

/** What every list shows about a creator. */
export const toCreatorCard = (creator: CreatorRecord): CreatorCard => ({
  id: creator.id,
  handle: creator.handle,
  displayName: creator.displayName,
  avatar: creator.avatar,
});

/**
 * Reads creators for every domain that shows them (notes, feeds, notifications). Batched: one
 * query per call whatever the number of ids, so lists never cost a query per item.
 */
@Injectable()
export class CreatorCardsRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(API_ENV) private readonly env: ApiEnv,
  ) {}

  /** Cards by creator id; ids with no creator are absent from the map. */
  async findCardsByIds(ids: readonly string[]): Promise<Map<string, CreatorCard>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const records = await this.select(inArray(creators.id, unique));
    return new Map(records.map((creator) => [creator.id, toCreatorCard(creator)]));
  }

  /** Cards by Medusa customer id; customers who are not creators are absent from the map. */
  async findCardsByCustomerIds(customerIds: readonly string[]): Promise<Map<string, CreatorCard>> {
    const unique = [...new Set(customerIds)];
    if (unique.length === 0) return new Map();
    const records = await this.select(inArray(creators.customerId, unique));
    return new Map(records.map((creator) => [creator.customerId, toCreatorCard(creator)]));
  }

  async findByCustomerId(customerId: string): Promise<CreatorRecord | undefined> {
    const [record] = await this.select(eq(creators.customerId, customerId));
    return record;
  }

  /** Case-insensitive, like the unique index on handles. */
  async findByHandle(handle: string): Promise<CreatorRecord | undefined> {
    const [record] = await this.select(sql`lower(${creators.handle}) = lower(${handle.trim()})`);
    return record;
  }

  async findById(id: string): Promise<CreatorRecord | undefined> {
    const [record] = await this.select(eq(creators.id, id));
    return record;
  }

  private async select(where: SQL | undefined): Promise<CreatorRecord[]> {
    const rows = await this.db
      .select({ creator: creators, avatar: media })
      .from(creators)
      .leftJoin(media, eq(media.id, creators.avatarMediaId))
      .where(where);
    return rows.map(({ creator, avatar }) => ({
      id: creator.id,
      customerId: creator.customerId,
      handle: creator.handle,
      displayName: creator.displayName,
      bio: creator.bio,
      avatar: avatar ? toImage(avatar, this.env.MEDIA_PUBLIC_BASE_URL) : null,
      avatarMediaId: creator.avatarMediaId,
      languages: creator.languages,
      followerCount: creator.followerCount,
      noteCount: creator.noteCount,
    }));
  }
}
