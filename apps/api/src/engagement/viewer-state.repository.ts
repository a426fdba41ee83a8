import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray } from 'drizzle-orm';
import { DATABASE, type Database } from '../database/database.tokens';
import { boardSaves, likes } from './engagement.schema';

/**
 * What one viewer did to many notes, in one query each: for hydrating feeds and lists without
 * N+1 queries. Exported by EngagementModule for the feed and notes domains.
 */
@Injectable()
export class ViewerStateRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The ids among `noteIds` that the customer likes. */
  async likedNoteIds(customerId: string, noteIds: readonly string[]): Promise<Set<string>> {
    if (noteIds.length === 0) return new Set();
    const rows = await this.db
      .select({ noteId: likes.noteId })
      .from(likes)
      .where(and(eq(likes.customerId, customerId), inArray(likes.noteId, [...noteIds])));
    return new Set(rows.map((row) => row.noteId));
  }

  /** The ids among `noteIds` that the customer saved into at least one of their boards. */
  async savedNoteIds(customerId: string, noteIds: readonly string[]): Promise<Set<string>> {
    if (noteIds.length === 0) return new Set();
    const rows = await this.db
      .selectDistinct({ noteId: boardSaves.noteId })
      .from(boardSaves)
      .where(and(eq(boardSaves.customerId, customerId), inArray(boardSaves.noteId, [...noteIds])));
    return new Set(rows.map((row) => row.noteId));
  }
}
