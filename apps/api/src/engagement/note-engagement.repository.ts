import { and, eq, sql } from 'drizzle-orm';
import { creators } from '../creators/creators.schema';
import type { Database } from '../database/database.tokens';
import { notes } from '../notes/notes.schema';
import { notifications } from '../notifications/notifications.schema';
import { hotScoreSql } from './hot-score';

// Helpers the engagement repositories share; each runs inside the caller's transaction.

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export interface PublishedNote {
  id: string;
  creatorCustomerId: string;
}

export interface NoteCounts {
  likeCount: number;
  saveCount: number;
  commentCount: number;
}

export type NotificationRow = typeof notifications.$inferInsert;

/** The note when it is published (the only state anyone may engage with), with its creator. */
export async function findPublishedNote(
  db: Executor,
  noteId: string,
): Promise<PublishedNote | undefined> {
  const [row] = await db
    .select({ id: notes.id, creatorCustomerId: creators.customerId })
    .from(notes)
    .innerJoin(creators, eq(creators.id, notes.creatorId))
    .where(and(eq(notes.id, noteId), eq(notes.status, 'published')));
  return row;
}

/**
 * Adds the deltas to the note's counters and recomputes its hot score in the same statement.
 * `x = x + d` reads the row version it locks, so concurrent callers never lose an update.
 */
export async function bumpNoteCounters(
  db: Executor,
  noteId: string,
  delta: { likes?: number; saves?: number; comments?: number },
): Promise<NoteCounts | undefined> {
  // Nothing to add: read, rather than lock the row and rewrite it for nothing.
  if (!delta.likes && !delta.saves && !delta.comments) return readNoteCounts(db, noteId);
  const likes = sql`(${notes.likeCount} + ${delta.likes ?? 0})`;
  const saves = sql`(${notes.saveCount} + ${delta.saves ?? 0})`;
  const comments = sql`(${notes.commentCount} + ${delta.comments ?? 0})`;
  const [row] = await db
    .update(notes)
    .set({
      likeCount: likes,
      saveCount: saves,
      commentCount: comments,
      hotScore: hotScoreSql({ likes, saves, comments, publishedAt: sql`${notes.publishedAt}` }),
    })
    .where(eq(notes.id, noteId))
    .returning({
      likeCount: notes.likeCount,
      saveCount: notes.saveCount,
      commentCount: notes.commentCount,
    });
  return row;
}

export async function readNoteCounts(
  db: Executor,
  noteId: string,
): Promise<NoteCounts | undefined> {
  const [row] = await db
    .select({
      likeCount: notes.likeCount,
      saveCount: notes.saveCount,
      commentCount: notes.commentCount,
    })
    .from(notes)
    .where(eq(notes.id, noteId));
  return row;
}

/** True when the actor already told the recipient this about the note (e.g. a like before). */
export async function alreadyNotified(db: Executor, row: NotificationRow): Promise<boolean> {
  const [found] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientCustomerId, row.recipientCustomerId),
        eq(notifications.actorCustomerId, row.actorCustomerId),
        eq(notifications.type, row.type),
        row.noteId ? eq(notifications.noteId, row.noteId) : undefined,
      ),
    )
    .limit(1);
  return found !== undefined;
}

/** Writes notifications, skipping any addressed to the person who acted. */
export async function notify(db: Executor, rows: NotificationRow[]): Promise<void> {
  const wanted = rows.filter((row) => row.recipientCustomerId !== row.actorCustomerId);
  if (wanted.length > 0) await db.insert(notifications).values(wanted);
}
