import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { DATABASE, type Database } from '../database/database.tokens';
import { likes } from './engagement.schema';
import {
  alreadyNotified,
  bumpNoteCounters,
  findPublishedNote,
  notify,
  readNoteCounts,
} from './note-engagement.repository';

export interface LikeOutcome {
  liked: boolean;
  likeCount: number;
}

@Injectable()
export class LikesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Likes a published note; undefined when there is none. The counter moves only when the insert
   * did, and in the same transaction, so a repeated or concurrent like never counts twice.
   */
  async like(customerId: string, noteId: string): Promise<LikeOutcome | undefined> {
    return this.db.transaction(async (tx) => {
      const note = await findPublishedNote(tx, noteId);
      if (!note) return undefined;
      const inserted = await tx
        .insert(likes)
        .values({ noteId, customerId })
        .onConflictDoNothing()
        .returning({ noteId: likes.noteId });
      if (inserted.length === 0) {
        const counts = await readNoteCounts(tx, noteId);
        return { liked: true, likeCount: counts?.likeCount ?? 0 };
      }
      const counts = await bumpNoteCounters(tx, noteId, { likes: 1 });
      const notification = {
        recipientCustomerId: note.creatorCustomerId,
        actorCustomerId: customerId,
        type: 'like' as const,
        noteId,
      };
      // Like, unlike, like again tells the creator once, not every time.
      if (!(await alreadyNotified(tx, notification))) await notify(tx, [notification]);
      return { liked: true, likeCount: counts?.likeCount ?? 0 };
    });
  }

  async unlike(customerId: string, noteId: string): Promise<LikeOutcome | undefined> {
    return this.db.transaction(async (tx) => {
      const note = await findPublishedNote(tx, noteId);
      if (!note) return undefined;
      const deleted = await tx
        .delete(likes)
        .where(and(eq(likes.noteId, noteId), eq(likes.customerId, customerId)))
        .returning({ noteId: likes.noteId });
      const counts =
        deleted.length > 0
          ? await bumpNoteCounters(tx, noteId, { likes: -1 })
          : await readNoteCounts(tx, noteId);
      return { liked: false, likeCount: counts?.likeCount ?? 0 };
    });
  }
}
