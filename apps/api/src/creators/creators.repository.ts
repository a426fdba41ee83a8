import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, sql } from 'drizzle-orm';
import { DATABASE, type Database } from '../database/database.tokens';
import { media } from '../media/media.schema';
import { notifications } from '../notifications/notifications.schema';
import { createdAtText } from './created-at-text';
import { creators, follows } from './creators.schema';
import type { PagePosition } from './page-cursor';
import { violatedUniqueConstraint } from './unique-violation';

export interface NewCreator {
  customerId: string;
  handle: string;
  displayName: string;
  bio: string;
  avatarMediaId: string | null;
  languages: string[];
}

export type CreatorChanges = Partial<
  Pick<NewCreator, 'displayName' | 'bio' | 'avatarMediaId' | 'languages'>
>;

/** Why an insert was refused: the handle (any case) or the customer already has a creator. */
export type CreatorInsertOutcome = { created: string } | { conflict: 'handle' | 'customer' };

export interface FollowOutcome {
  /** False when nothing changed (already following, or already not following). */
  changed: boolean;
  followerCount: number;
}

/** One row of a follow list: who or what, and where the page ended. */
export interface FollowListEntry {
  id: string;
  position: PagePosition;
}

export interface FollowListSlice {
  after: PagePosition | null;
  limit: number;
}

@Injectable()
export class CreatorsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Relies on the unique indexes, so two customers racing for one handle get one row. */
  async insert(creator: NewCreator): Promise<CreatorInsertOutcome> {
    try {
      const [row] = await this.db.insert(creators).values(creator).returning({ id: creators.id });
      if (!row) throw new Error('insert into creators returned no row');
      return { created: row.id };
    } catch (error) {
      const constraint = violatedUniqueConstraint(error);
      if (constraint === 'creators_handle_lower_key') return { conflict: 'handle' };
      if (constraint === 'creators_customer_id_unique') return { conflict: 'customer' };
      throw error;
    }
  }

  async update(creatorId: string, changes: CreatorChanges): Promise<void> {
    await this.db
      .update(creators)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(creators.id, creatorId));
  }

  /** The customer who uploaded a media row, or undefined when there is no such row. */
  async findMediaOwner(mediaId: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ owner: media.ownerCustomerId })
      .from(media)
      .where(eq(media.id, mediaId));
    return row?.owner;
  }

  async isFollowing(followerCustomerId: string, creatorId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ creatorId: follows.creatorId })
      .from(follows)
      .where(
        and(eq(follows.followerCustomerId, followerCustomerId), eq(follows.creatorId, creatorId)),
      );
    return row !== undefined;
  }

  /**
   * Follows once: the counter moves and the creator is notified only when the row was really
   * inserted, in the same transaction, so the count stays exact under concurrent requests.
   */
  async follow(
    followerCustomerId: string,
    creator: { id: string; customerId: string },
  ): Promise<FollowOutcome> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(follows)
        .values({ followerCustomerId, creatorId: creator.id })
        .onConflictDoNothing()
        .returning({ creatorId: follows.creatorId });
      if (inserted.length === 0) {
        return { changed: false, followerCount: await this.followerCount(tx, creator.id) };
      }
      const [counted] = await tx
        .update(creators)
        .set({ followerCount: sql`${creators.followerCount} + 1` })
        .where(eq(creators.id, creator.id))
        .returning({ followerCount: creators.followerCount });
      await tx.insert(notifications).values({
        recipientCustomerId: creator.customerId,
        type: 'follow',
        actorCustomerId: followerCustomerId,
      });
      return { changed: true, followerCount: counted?.followerCount ?? 0 };
    });
  }

  async unfollow(followerCustomerId: string, creatorId: string): Promise<FollowOutcome> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx
        .delete(follows)
        .where(
          and(eq(follows.followerCustomerId, followerCustomerId), eq(follows.creatorId, creatorId)),
        )
        .returning({ creatorId: follows.creatorId });
      if (deleted.length === 0) {
        return { changed: false, followerCount: await this.followerCount(tx, creatorId) };
      }
      const [counted] = await tx
        .update(creators)
        .set({ followerCount: sql`${creators.followerCount} - 1` })
        .where(eq(creators.id, creatorId))
        .returning({ followerCount: creators.followerCount });
      return { changed: true, followerCount: counted?.followerCount ?? 0 };
    });
  }

  /** The creators a customer follows (entry id = creator id), most recently followed first. */
  async listFollowing(
    followerCustomerId: string,
    { after, limit }: FollowListSlice,
  ): Promise<FollowListEntry[]> {
    const rows = await this.db
      .select({ key: follows.creatorId, createdAt: createdAtText(follows.createdAt) })
      .from(follows)
      .where(
        and(
          eq(follows.followerCustomerId, followerCustomerId),
          after
            ? sql`(${follows.createdAt}, ${follows.creatorId}) < (${after.createdAt}::timestamptz, ${after.key}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(follows.createdAt), desc(follows.creatorId))
      .limit(limit);
    return rows.map((row) => ({
      id: row.key,
      position: { createdAt: row.createdAt, key: row.key },
    }));
  }

  /** A creator's followers (entry id = customer id), most recent first. */
  async listFollowers(
    creatorId: string,
    { after, limit }: FollowListSlice,
  ): Promise<FollowListEntry[]> {
    const rows = await this.db
      .select({ key: follows.followerCustomerId, createdAt: createdAtText(follows.createdAt) })
      .from(follows)
      .where(
        and(
          eq(follows.creatorId, creatorId),
          after
            ? sql`(${follows.createdAt}, ${follows.followerCustomerId}) < (${after.createdAt}::timestamptz, ${after.key})`
            : undefined,
        ),
      )
      .orderBy(desc(follows.createdAt), desc(follows.followerCustomerId))
      .limit(limit);
    return rows.map((row) => ({
      id: row.key,
      position: { createdAt: row.createdAt, key: row.key },
    }));
  }

  private async followerCount(
    tx: Parameters<Parameters<Database['transaction']>[0]>[0],
    creatorId: string,
  ): Promise<number> {
    const [row] = await tx
      .select({ followerCount: creators.followerCount })
      .from(creators)
      .where(eq(creators.id, creatorId));
    return row?.followerCount ?? 0;
  }
}
